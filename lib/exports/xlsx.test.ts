import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportTranslator } from "@/lib/exports/messages";
import type { TExportNotes } from "@/lib/exports/notes";
import { KG_FORMAT, type TExportTable } from "@/lib/exports/table";
import { tableToXlsx } from "@/lib/exports/xlsx";

const table: TExportTable = {
  sheet: "Catégories: scope/3",
  columns: [
    { header: "Catégorie", kind: "text", width: 30 },
    { header: "kgCO2e", kind: "number", format: KG_FORMAT },
  ],
  rows: [
    ["@SUM(1+1)", -250.75],
    ["Achats", 1000],
  ],
};
const notes: TExportNotes = {
  organization: "=Nuage",
  period: "2024",
  basis: "validated",
  scope2: "market",
  view: "beges",
  filters: null,
  generatedAt: new Date("2026-12-05T10:00:00Z"),
  generatedBy: "manager@nuage.example",
  attributions: [
    {
      source: "ademe",
      version: "23.6",
      publisher: "ADEME",
      title: "Base Empreinte",
      licence: "Licence Ouverte 2.0",
      attribution: "Source : ADEME",
      lines: 12,
    },
  ],
};

describe("XLSX table export", () => {
  it("numbers as numbers with their format, header frozen, text neutralised, notes sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table, notes, exportTranslator("fr"))) as unknown as ArrayBuffer);
    const [sheet, notesSheet] = workbook.worksheets;
    expect(sheet!.name).toBe("Catégories  scope 3");
    expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet!.getRow(1).values).toEqual([undefined, "Catégorie", "kgCO2e"]);
    expect(sheet!.getCell("A2").value).toBe("'@SUM(1+1)");
    expect(sheet!.getCell("B2").value).toBe(-250.75);
    expect(sheet!.getCell("B2").numFmt).toBe(KG_FORMAT);
    expect(sheet!.getColumn(1).width).toBe(30);
    expect(notesSheet!.name).toBe("Notes");
    const rows = notesSheet!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toEqual([undefined, "Organisation", "'=Nuage"]);
    expect(rows).toContainEqual([undefined, "Méthode du scope 2", "Marché (market-based)"]);
    expect(rows).toContainEqual([undefined, "Classification", "BEGES v5 (6 catégories, 22 postes)"]);
    expect(rows).toContainEqual([
      undefined,
      "ademe",
      "23.6",
      "ADEME",
      "Base Empreinte",
      "Licence Ouverte 2.0",
      "Source : ADEME",
      12,
    ]);
  });
});
