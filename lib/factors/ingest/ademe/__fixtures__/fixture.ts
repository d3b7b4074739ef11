import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { encodeText } from "@/lib/files/encoding";
import { readAdemeCsv } from "../read-csv";
import { ADEME_COLUMNS, ADEME_NUMERIC_COLUMNS } from "../columns";

// Test helpers around the committed sample: real Base Carbone 23.6 rows (see
// scripts/factors/fixtures/make-ademe-csv-fixture.ts), re-written as variants in a temp folder.

export const SAMPLE_CSV = fileURLToPath(new URL("base-carbone-sample.csv", import.meta.url));

export async function sampleRows(): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of readAdemeCsv(SAMPLE_CSV)) rows.push(r.cells.map((c) => c ?? ""));
  return rows;
}

export const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "albedo-factors-"));

const quote = (v: string) => (/[;"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function writeCsv(dir: string, name: string, rows: string[][], encoding: "windows-1252" | "utf-8-bom" = "windows-1252"): string {
  const text = `${rows.map((r) => r.map(quote).join(";")).join("\r\n")}\r\n`;
  const file = path.join(dir, name);
  writeFileSync(file, encoding === "utf-8-bom" ? encodeText(text, "utf-8", { bom: true }) : encodeText(text, "windows-1252"));
  return file;
}

/** The same rows as an xlsx laid out like ADEME's: numbers as numbers, in sheet Base_Carbone_V<version>. */
export async function writeXlsx(dir: string, name: string, rows: string[][], version = "23.6"): Promise<string> {
  const header = rows[0]!;
  const numeric = new Set(ADEME_NUMERIC_COLUMNS.map((k) => header.indexOf(ADEME_COLUMNS[k])));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`Base_Carbone_V${version}`);
  ws.addRow(header);
  for (const r of rows.slice(1)) {
    ws.addRow(r.map((v, i) => (v === "" ? null : numeric.has(i) && /^-?[\d,]+$/.test(v) ? Number(v.replace(",", ".")) : v)));
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export const column = (rows: string[][], name: string) => rows[0]!.indexOf(name);
/** 1-based row number (header = 1) of the `Elément` row of an id. */
export const elementRow = (rows: string[][], id: string) => rows.findIndex((r) => r[0] === "Elément" && r[1] === id) + 1;
