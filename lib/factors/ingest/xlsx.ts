import ExcelJS from "exceljs";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { IngestError } from "./ingest-error";

// Streaming xlsx access shared by the ADEME and DESNZ readers: rows come out as text cells, numbers
// already rendered as the decimals the publisher typed (see numberToDecimal).

export type SheetRow = { row: number; cells: (string | null)[] };

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

export function cellToText(value: ExcelJS.CellValue): string | null {
  if (value == null) return null;
  if (typeof value === "number") return numberToDecimal(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return String(value.error); // e.g. "#N/A" (two Base Carbone 23.6 location cells)
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return result == null ? null : cellToText(result as ExcelJS.CellValue);
  }
  return null;
}

/** Every row of one sheet, 1-based row numbers as Excel shows them; fails if the sheet is absent. */
export async function* readSheetRows(file: string, sheetName: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache", // needed so date cells come back as dates, not serial numbers
    worksheets: "emit",
  });
  const seen: string[] = [];
  let found = false;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? "";
    seen.push(name);
    if (name === sheetName) found = true;
    for await (const row of sheet) {
      if (name !== sheetName) continue; // other sheets must still be drained for the stream to advance
      const values = (row.values as ExcelJS.CellValue[]).slice(1); // exceljs rows are 1-based
      yield { row: row.number, cells: Array.from(values, (v) => cellToText(v)) };
    }
  }
  if (!found) throw new IngestError(file, `sheet "${sheetName}" not found (sheets: ${seen.join(", ") || "none"})`);
}
