import ExcelJS from "exceljs";
import { exportCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportT } from "@/lib/exports/messages";
import { notesRows, type TExportNotes } from "@/lib/exports/notes";
import { sheetName, type TExportTable } from "@/lib/exports/table";

// XLSX with exceljs: a bold header row, frozen below it, column widths, numbers as numbers with a number
// format, every text cell neutralised (lib/exports/cells.ts). Small tables use the in-memory Workbook;
// the evidence pack streams through WorkbookWriter with the same sheet helpers.

type TSheetHost = { addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet };

export function addRow(sheet: ExcelJS.Worksheet, values: TExportValue[]): ExcelJS.Row {
  return sheet.addRow(values.map((v) => exportCell(v)));
}

/** A sheet for `table` with its header; rows are added by the caller (or all of `table.rows`). */
export function addTableSheet(host: TSheetHost, table: TExportTable): ExcelJS.Worksheet {
  const sheet = host.addWorksheet(sheetName(table.sheet), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
    ...(c.kind === "number" && c.format ? { style: { numFmt: c.format } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) addRow(sheet, row);
  return sheet;
}

export function addNotesSheet(host: TSheetHost, notes: TExportNotes, t: TExportT): ExcelJS.Worksheet {
  const sheet = host.addWorksheet(sheetName(t("exports.sheets.notes")));
  sheet.columns = [{ width: 34 }, { width: 40 }, { width: 28 }, { width: 36 }, { width: 24 }, { width: 60 }, {}];
  for (const row of notesRows(notes, t)) addRow(sheet, row);
  sheet.getColumn(1).font = { bold: true };
  return sheet;
}

/** One table and its notes sheet, as the bytes of an .xlsx file. */
export async function tableToXlsx(table: TExportTable, notes: TExportNotes, t: TExportT): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Albedo";
  workbook.created = notes.generatedAt;
  addTableSheet(workbook, table);
  addNotesSheet(workbook, notes, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
