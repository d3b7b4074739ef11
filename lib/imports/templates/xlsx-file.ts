// A template as XLSX: the data sheet (header, example row, a drop-down list or a number check on every
// column a list or a kind constrains, the column's note as the cell prompt), a hidden sheet holding the
// long lists (ids and labels: units, types, categories, purposes, airports by IATA…) and a Notes sheet
// explaining every column in French and English. The data sheet's name is part of the file format
// (read-xlsx.ts looks for it).
import ExcelJS from "exceljs";
import type { TActivityCategory } from "@/lib/activity/categories";
import { exportCell } from "@/lib/exports/cells";
import { exportTranslator, type TExportT } from "@/lib/exports/messages";
import { sheetName } from "@/lib/exports/table";
import type { TImportLanguage } from "@/lib/imports/types";
import type { TTemplateColumnDef } from "./definitions";
import { booleanWords, templateRows } from "./example";
import { DATA_SHEETS } from "./read-xlsx";
import { valueList, type TListValue } from "./values";

export const TEMPLATE_ROWS = 5000; // rows the drop-downs and checks cover
const PROMPT_MAX = 255; // Excel's limit for an input message

type TValidations = { add(address: string, validation: ExcelJS.DataValidation): void };
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: TValidations }).dataValidations;

const letter = (index: number) => {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Writes each list as two columns (id, label) of the lists sheet; returns each list's id range. */
function addLists(sheet: ExcelJS.Worksheet, lists: Array<[string, string, TListValue[]]>, language: TImportLanguage) {
  const ranges = new Map<string, string>();
  lists.forEach(([key, title, values], i) => {
    const col = i * 2;
    sheet.getCell(1, col + 1).value = exportCell(title);
    sheet.getCell(1, col + 1).font = { bold: true };
    values.forEach((v, r) => {
      sheet.getCell(r + 2, col + 1).value = exportCell(v.id);
      const label = language === "fr" ? v.labelFr : v.labelEn;
      if (label !== v.id) sheet.getCell(r + 2, col + 2).value = exportCell(label);
    });
    sheet.getColumn(col + 1).width = 24;
    sheet.getColumn(col + 2).width = 40;
    ranges.set(key, `${sheetRef(sheet.name)}!$${letter(col)}$2:$${letter(col)}$${values.length + 1}`);
  });
  return ranges;
}

function columnValidation(
  def: TTemplateColumnDef,
  language: TImportLanguage,
  ranges: Map<string, string>,
): ExcelJS.DataValidation | null {
  const listKey = def.kind === "enum" ? (def.list ?? null) : def.id === "site" ? "site" : null;
  if (listKey && ranges.has(listKey)) return { type: "list", allowBlank: true, formulae: [ranges.get(listKey)] };
  if (def.kind === "boolean")
    return { type: "list", allowBlank: true, formulae: [`"${booleanWords(language).join(",")}"`] };
  if (def.kind === "number")
    return { type: "decimal", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
  if (def.kind === "integer") return { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
  return null;
}

function addNotes(workbook: ExcelJS.Workbook, columns: TTemplateColumnDef[], t: TExportT) {
  const sheet = workbook.addWorksheet(sheetName(t("imports.templates.sheets.notes")));
  const header = ["columnFr", "columnEn", "required", "kind", "notesFr", "notesEn"].map((k) =>
    t(`imports.templates.notes.${k}`),
  );
  sheet.addRow(header).font = { bold: true };
  for (const c of columns)
    sheet.addRow(
      [
        c.headerFr,
        c.headerEn,
        t(c.required ? "imports.templates.yes" : "imports.templates.no"),
        t(`imports.templates.kinds.${c.kind}`),
        c.notesFr,
        c.notesEn,
      ].map((v) => exportCell(v)),
    );
  sheet.columns = [{ width: 30 }, { width: 30 }, { width: 12 }, { width: 16 }, { width: 70 }, { width: 70 }];
  for (const col of [5, 6]) sheet.getColumn(col).alignment = { wrapText: true, vertical: "top" };
}

export async function templateXlsx(
  category: TActivityCategory,
  language: TImportLanguage,
  { sites = [] as readonly string[] } = {},
): Promise<Buffer> {
  const t = exportTranslator(language);
  const { columns, header, example } = templateRows(category, language, { typed: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Albedo";
  const data = workbook.addWorksheet(DATA_SHEETS[language], { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = workbook.addWorksheet(sheetName(t("imports.templates.sheets.lists")), { state: "hidden" });
  addNotes(workbook, columns, t);

  const used = [...new Set(columns.flatMap((c) => (c.kind === "enum" && c.list ? [c.list] : [])))];
  const entries: Array<[string, string, TListValue[]]> = used.map((list) => [
    list,
    t(`imports.templates.lists.${list}`),
    valueList(category, list).values,
  ]);
  if (sites.length > 0 && columns.some((c) => c.id === "site"))
    entries.push(["site", t("imports.templates.lists.site"), sites.map((s) => ({ id: s, labelFr: s, labelEn: s }))]);
  const ranges = addLists(lists, entries, language);

  data.columns = columns.map((c, i) => ({
    header: header[i],
    width: Math.min(40, Math.max(14, (header[i] ?? "").length + 4)),
    ...(c.kind === "date" ? { style: { numFmt: language === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd" } } : {}),
  }));
  data.getRow(1).font = { bold: true };
  data.addRow(example.map((v) => exportCell(v)));
  columns.forEach((c, i) => {
    const validation = columnValidation(c, language, ranges);
    const notes = language === "fr" ? c.notesFr : c.notesEn;
    const prompt = {
      showInputMessage: true,
      promptTitle: (header[i] ?? "").slice(0, 32),
      prompt: notes.slice(0, PROMPT_MAX),
    };
    const address = `${letter(i)}2:${letter(i)}${TEMPLATE_ROWS + 1}`;
    validations(data).add(
      address,
      validation
        ? {
            ...validation,
            ...prompt,
            showErrorMessage: true,
            errorTitle: (header[i] ?? "").slice(0, 32),
            error: notes.slice(0, PROMPT_MAX),
          }
        : { type: "custom", allowBlank: true, formulae: ["TRUE"], ...prompt },
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
