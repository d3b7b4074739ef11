// An XLSX template file's rows, through the checked streaming reader (lib/files/xlsx.ts: a truncated or
// damaged workbook is reported, never half read). The reader works on a file, so the bytes go to a
// private temporary folder removed afterwards. The data sheet is the one the downloaded template names
// ("Données" or "Data"), else the workbook's single sheet named like a spreadsheet's default.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FileReadError } from "@/lib/files/errors";
import { readXlsxRows } from "@/lib/files/xlsx";
import type { TCell } from "./cells";

export const DATA_SHEETS = { fr: "Données", en: "Data" } as const;
const SHEET_NAMES = [DATA_SHEETS.fr, DATA_SHEETS.en, "Sheet1", "Feuil1"];

export class XlsxTemplateError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export async function* readXlsxTemplate(bytes: Buffer): AsyncGenerator<{ row: number; cells: TCell[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "albedo-import-"));
  const file = path.join(dir, "upload.xlsx");
  try {
    await writeFile(file, bytes, { mode: 0o600 });
    for (const sheet of SHEET_NAMES) {
      try {
        yield* readXlsxRows(file, sheet);
        return;
      } catch (err) {
        if (err instanceof FileReadError && err.code === "sheet_not_found") continue;
        if (err instanceof FileReadError) throw new XlsxTemplateError("imports.errors.corruptXlsx");
        throw err;
      }
    }
    throw new XlsxTemplateError("imports.errors.sheetNotFound");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
