import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import unzipper from "unzipper";
import { beforeAll, describe, expect, it } from "vitest";
import { FileReadError } from "./errors";
import { readXlsxRows, type XlsxRow } from "./xlsx";

const dir = mkdtempSync(path.join(os.tmpdir(), "albedo-files-xlsx-"));
let book: string;

async function rows(file: string, sheet: string): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of readXlsxRows(file, sheet)) out.push(r);
  return out;
}
async function failure(file: string, sheet = "Data"): Promise<FileReadError> {
  const err = await rows(file, sheet).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(FileReadError);
  return err as FileReadError;
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["not this sheet"]);
  const ws = wb.addWorksheet("Data");
  ws.addRow(["id", "value", "date", "total", "label", "missing"]);
  ws.addRow([43642, 0.0519, new Date(Date.UTC(2025, 6, 3)), { formula: "B2*2", result: 0.1038 }, "Électricité", null]);
  ws.addRow([
    12895,
    9.56e-7,
    null,
    { error: "#N/A" },
    { richText: [{ text: "Fioul " }, { text: "domestique", font: { bold: true } }] },
  ]);
  ws.getCell("A5").value = true;
  book = path.join(dir, "book.xlsx");
  await wb.xlsx.writeFile(book);
});

describe("xlsx reader", () => {
  it("reads one sheet's cells as plain values, with Excel's row numbers", async () => {
    expect(await rows(book, "Data")).toEqual([
      { row: 1, cells: ["id", "value", "date", "total", "label", "missing"] },
      { row: 2, cells: [43642, 0.0519, new Date(Date.UTC(2025, 6, 3)), 0.1038, "Électricité"] },
      { row: 3, cells: [12895, 9.56e-7, null, "#N/A", "Fioul domestique"] },
      { row: 5, cells: [true] },
    ]);
    expect(await rows(book, "Notes")).toEqual([{ row: 1, cells: ["not this sheet"] }]);
  });

  // exceljs stores xl/workbook.xml after the worksheets; its own single-pass streaming reader then
  // sometimes parses a worksheet before the workbook part (exceljs issue #3064, the cause of a flaky
  // ingestion test). Reading through the zip directory has no such race.
  it("reads workbooks that store the workbook part last, every time", async () => {
    const stored = (await unzipper.Open.file(book)).files.map((f) => f.path);
    expect(stored.indexOf("xl/workbook.xml")).toBeGreaterThan(stored.indexOf("xl/worksheets/sheet2.xml"));
    const reads = await Promise.all(Array.from({ length: 20 }, () => rows(book, "Data")));
    expect(reads.every((r) => r.length === 4 && r[1]!.cells[0] === 43642)).toBe(true);
  });

  it("names the sheets it has when the one asked for is absent", async () => {
    const err = await failure(book, "Base_Carbone_V23.6");
    expect(err).toMatchObject({ code: "sheet_not_found" });
    expect(err.message).toBe('book.xlsx: sheet "Base_Carbone_V23.6" not found (sheets: Notes, Data)');
  });

  it("rejects a truncated (partly written) file with a clear error", async () => {
    const bytes = readFileSync(book);
    for (const keep of [0, 0.1, 0.5, 0.9, 0.999]) {
      const file = path.join(dir, `truncated-${keep}.xlsx`);
      writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * keep)));
      const err = await failure(file);
      expect(err.code).toBe("corrupt");
      expect(err.message).toBe(
        `truncated-${keep}.xlsx: not a complete xlsx file: its zip directory is missing (truncated, still being written, or not an xlsx)`,
      );
    }
  });

  it("rejects damaged bytes inside a part it reads instead of hanging or returning partial rows", async () => {
    const bytes = readFileSync(book);
    const entries = (await unzipper.Open.file(book)).files as unknown as {
      path: string;
      offsetToLocalFileHeader: number;
      compressedSize: number;
      fileNameLength: number;
    }[];
    for (const part of ["xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]) {
      const e = entries.find((f) => f.path === part)!;
      const middle = e.offsetToLocalFileHeader + 30 + e.fileNameLength + Math.floor(e.compressedSize / 2);
      const damaged = Buffer.from(bytes);
      for (let i = 0; i < 8; i++) damaged[middle + i]! ^= 0x5a;
      const file = path.join(dir, `damaged-${path.basename(part)}.xlsx`);
      writeFileSync(file, damaged);
      const err = await failure(file);
      expect(err.code).toBe("corrupt");
      expect(err.message).toMatch(new RegExp(`^damaged-${path.basename(part)}\\.xlsx: damaged xlsx file: `));
    }
  });

  it("rejects a file that is not an xlsx, and a missing file", async () => {
    const csv = path.join(dir, "renamed.xlsx");
    writeFileSync(csv, "id;value\n1;2\n");
    expect(await failure(csv)).toMatchObject({ code: "corrupt" });
    expect(await failure(path.join(dir, "absent.xlsx"))).toMatchObject({
      code: "unreadable",
      message: "absent.xlsx: file not found",
    });
  });
});
