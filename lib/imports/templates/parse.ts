// parseTemplateFile: a filled-in import template (CSV or XLSX) → activity rows for saveActivitiesBulk and
// every problem found, by row and column as the file wrote them. The header row tells the template and
// the language; the rows are read by lib/imports/templates/row.ts. A file that cannot be read at all
// (empty, binary, damaged, unknown header) gives one file error and no rows.
import { FileReadError } from "@/lib/files/errors";
import type { TImportFormat, TParsedImport } from "@/lib/imports/types";
import { mapHeaders } from "./headers";
import { CsvTemplateError, readCsvTemplate } from "./read-csv";
import { readXlsxTemplate, XlsxTemplateError } from "./read-xlsx";
import { readRow, type TRowContext } from "./row";
import type { TCell } from "./cells";

export type TTemplateParseContext = TRowContext & {
  locale: string; // the uploader's language (the header row's decides how numbers read)
};

/** Past this many errors the file is clearly not the template: stop listing (memory stays bounded). */
export const MAX_ERRORS = 1000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SNIFF_BYTES = 8192;

/** XLSX by its zip signature; text only if the first bytes hold no NUL and few control characters. */
function sniff(bytes: Buffer): "xlsx" | "csv" | "binary" | "utf16" {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return "xlsx";
  // Excel's "Unicode text" is UTF-16: readable, but not an encoding templates are read in.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "utf16";
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return "binary";
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls += 1;
  }
  return controls > head.length / 100 ? "binary" : "csv";
}

const fileError = (format: TImportFormat | null, message: string, row: number | null = null): TParsedImport => ({
  format: format ?? "template-csv",
  template: null,
  language: null,
  rows: [],
  errors: [{ row, column: null, message }],
});

async function parseRows(
  format: TImportFormat,
  records: AsyncGenerator<{ row: number; cells: TCell[] }>,
  ctx: TTemplateParseContext,
): Promise<TParsedImport> {
  const result: TParsedImport = { format, template: null, language: null, rows: [], errors: [] };
  let map: Parameters<typeof readRow>[2] | null = null;
  for await (const { row, cells } of records) {
    if (!map) {
      if (cells.every((c) => c === null || String(c).trim() === "")) continue;
      const headers = mapHeaders(row, cells);
      if (!headers.ok) return { ...result, errors: headers.errors }; // stop: the rest cannot be read
      map = headers.map;
      result.template = map.template.id;
      result.language = map.language;
      continue;
    }
    const read = readRow(row, cells, map, ctx);
    if (!read) continue;
    if (read.input) result.rows.push({ row, input: read.input });
    result.errors.push(...read.errors);
    if (result.errors.length >= MAX_ERRORS) {
      result.errors.push({ row, column: null, message: "imports.errors.tooManyErrors", values: { count: MAX_ERRORS } });
      return { ...result, rows: [] };
    }
  }
  if (!map) return fileError(format, "imports.errors.emptyFile");
  if (result.rows.length === 0 && result.errors.length === 0)
    result.errors.push({ row: null, column: null, message: "imports.errors.noRows" });
  return result;
}

export async function parseTemplateFile(
  file: { name: string; bytes: Buffer },
  ctx: TTemplateParseContext,
): Promise<TParsedImport> {
  if (file.bytes.length === 0) return fileError(null, "imports.errors.emptyFile");
  const kind = sniff(file.bytes);
  if (kind === "binary") return fileError(null, "imports.errors.notATemplate");
  if (kind === "utf16") return fileError("template-csv", "imports.errors.invalidEncoding");
  const format: TImportFormat = kind === "xlsx" ? "template-xlsx" : "template-csv";
  try {
    const records = kind === "xlsx" ? readXlsxTemplate(file.bytes) : readCsvTemplate(file.bytes, file.name);
    return await parseRows(format, records, ctx);
  } catch (err) {
    if (err instanceof CsvTemplateError || err instanceof XlsxTemplateError)
      return fileError(format, err.key, err instanceof CsvTemplateError ? err.row : null);
    if (err instanceof FileReadError && err.code === "invalid_encoding")
      return fileError(format, "imports.errors.invalidEncoding");
    throw err;
  }
}
