import { readCsvRows, type CsvOptions } from "@/lib/files/csv";
import { FileReadError } from "@/lib/files/errors";
import { readXlsxRows, type XlsxCell } from "@/lib/files/xlsx";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { IngestError } from "./ingest-error";

// The publishers' files (xlsx, CSV) as rows of text cells for the factor readers: numbers rendered as
// the decimals the publisher typed (numberToDecimal), dates as ISO text, empty cells as null, and any
// unreadable file turned into an IngestError naming the file (and row).

export type SheetRow = { row: number; cells: (string | null)[] };

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

export function cellToText(value: XlsxCell): string | null {
  if (value == null) return null;
  if (typeof value === "number") return numberToDecimal(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  return value;
}

async function* asIngestRows<T>(
  rows: AsyncGenerator<{ row: number; cells: T[] }>,
  toText: (cell: T) => string | null,
): AsyncGenerator<SheetRow> {
  try {
    for await (const r of rows) yield { row: r.row, cells: r.cells.map(toText) };
  } catch (err) {
    if (err instanceof FileReadError) throw new IngestError(err.file, err.problem, err.row);
    throw err;
  }
}

export function readXlsxTextRows(file: string, sheetName: string): AsyncGenerator<SheetRow> {
  return asIngestRows(readXlsxRows(file, sheetName), cellToText);
}

export function readCsvTextRows(file: string, options: CsvOptions): AsyncGenerator<SheetRow> {
  return asIngestRows(readCsvRows(file, options), (c) => (c === "" ? null : c));
}
