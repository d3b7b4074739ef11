import path from "node:path";
import { Transform, type Readable } from "node:stream";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import unzipper, { type CentralDirectoryEntry } from "unzipper";
import { FileReadError, unreadable } from "./errors";

// Streaming xlsx reader: one sheet's rows, one at a time, cells as plain values.
//
// exceljs's own streaming reader reads the zip in a single pass, in stored order. That pass has a race
// (exceljs issue #3064): when xl/workbook.xml is stored after the worksheets, as exceljs itself writes
// it, a worksheet is sometimes parsed before the workbook part and the read fails with "TypeError: Cannot
// read properties of undefined (reading 'sheets')". The single pass also hangs on a damaged part and
// reports a truncated file as a bare "FILE_ENDED". So the zip is opened through its central directory
// (a truncated or partly written file has none), every part is checked against its CRC-32 and size, and
// the parts are handed to exceljs's part parsers in dependency order: relationships, workbook, shared
// strings, styles, then the one worksheet asked for. Those parsers are exceljs 4.4.0 internals (pinned
// exactly in package.json); xlsx.test.ts fails if an upgrade changes them.

export type XlsxCell = string | number | boolean | Date | null;
export type XlsxRow = { row: number; cells: XlsxCell[] };

type ReaderInternals = {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: AsyncIterable<ExcelJS.Row> }>;
};

/** A cell as a plain value: formulas give their cached result, rich text its text, errors e.g. "#N/A". */
export function cellValue(value: ExcelJS.CellValue | undefined): XlsxCell {
  if (value == null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return String(value.error);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : null;
  if ("formula" in value || "sharedFormula" in value)
    return cellValue((value as { result?: ExcelJS.CellValue }).result);
  return null;
}

const corrupt = (file: string, problem: string) => new FileReadError("corrupt", file, problem);

function asFileReadError(file: string, err: unknown): unknown {
  if (err instanceof FileReadError) return err;
  return (
    unreadable(file, err) ?? corrupt(file, `damaged xlsx file: ${err instanceof Error ? err.message : String(err)}`)
  );
}

async function openZip(file: string): Promise<Map<string, CentralDirectoryEntry>> {
  try {
    const dir = await unzipper.Open.file(file);
    return new Map(dir.files.filter((f) => f.type === "File").map((f) => [f.path.replace(/^\//, ""), f]));
  } catch (err) {
    throw (
      unreadable(file, err) ??
      corrupt(
        file,
        "not a complete xlsx file: its zip directory is missing (truncated, still being written, or not an xlsx)",
      )
    );
  }
}

/** The part's bytes, failing if they do not match the CRC-32 and size the zip directory records. */
function checkedPart(file: string, entry: CentralDirectoryEntry): Readable {
  let crc = 0;
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const intact = crc >>> 0 === entry.crc32 >>> 0 && size === entry.uncompressedSize;
      done(intact ? null : corrupt(file, `damaged xlsx file: part ${entry.path} fails its checksum`));
    },
  });
  const source = entry.stream();
  source.on("error", (err) => check.destroy(asFileReadError(file, err) as Error));
  check.on("close", () => source.destroy());
  return source.pipe(check);
}

async function drain(items: AsyncIterable<unknown>): Promise<void> {
  const it = items[Symbol.asyncIterator]();
  while (!(await it.next()).done);
}

function worksheetPath(target: string): string {
  return path.posix.normalize(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

/**
 * Every row of one sheet (1-based row numbers as Excel shows them); fails if the sheet is absent. A part
 * whose checksum fails is reported when its last byte is read, after the rows it held: like every file
 * reader here, act on the rows only once the iteration has completed.
 */
export async function* readXlsxRows(file: string, sheetName: string): AsyncGenerator<XlsxRow> {
  const opened: Readable[] = [];
  try {
    const parts = await openZip(file);
    const part = (name: string, required: boolean): Readable | null => {
      const entry = parts.get(name);
      if (!entry) {
        if (required) throw corrupt(file, `not an xlsx workbook: no ${name}`);
        return null;
      }
      const stream = checkedPart(file, entry);
      opened.push(stream);
      return stream;
    };
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache", // needed so date cells come back as dates, not serial numbers
      worksheets: "emit",
      entries: "ignore",
    }) as unknown as ReaderInternals;
    await reader._parseRels(part("xl/_rels/workbook.xml.rels", true)!);
    await reader._parseWorkbook(part("xl/workbook.xml", true)!);
    const sharedStrings = part("xl/sharedStrings.xml", false);
    if (sharedStrings) await drain(reader._parseSharedStrings(sharedStrings)); // "cache" mode: fills the table
    const styles = part("xl/styles.xml", false);
    if (styles) await reader._parseStyles(styles);

    const sheets = reader.model?.sheets ?? [];
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) {
      const names = sheets.map((s) => s.name).join(", ") || "none";
      throw new FileReadError("sheet_not_found", file, `sheet "${sheetName}" not found (sheets: ${names})`);
    }
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    const partName = target ? worksheetPath(target) : `(sheet ${sheetName})`;
    const stream = part(partName, true)!;
    const [event] = reader._parseWorksheet(stream, /sheet(\d+)\.xml$/.exec(partName)?.[1] ?? "1");
    if (!event) throw new Error("exceljs did not emit the worksheet");
    for await (const row of event.value) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1); // exceljs rows are 1-based
      yield { row: row.number, cells: Array.from(values, (v) => cellValue(v)) };
    }
  } catch (err) {
    throw asFileReadError(file, err);
  } finally {
    for (const s of opened) s.destroy(); // the caller may stop early: release the file
  }
}
