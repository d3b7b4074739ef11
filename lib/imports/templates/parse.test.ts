import { randomFillSync } from "node:crypto";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseTemplateFile } from "./parse";
import { templateXlsx } from "./xlsx-file";

const ctx = {
  periodId: "period-2025",
  locale: "fr",
  period: { startDate: "2025-01-01", endDate: "2025-12-31" },
  sites: [{ id: "site-1", name: "Entrepôt Rezé" }],
};
const FR_ENERGY = "Type d'énergie;Quantité;Unité;Date;Site;Libellé";
const EN_ENERGY = "Energy type,Quantity,Unit,Date,Site,Label";

const csv = (text: string) => ({ name: "file.csv", bytes: Buffer.from(text, "utf8") });
const parse = (text: string) => parseTemplateFile(csv(text), ctx);
const messages = (r: Awaited<ReturnType<typeof parse>>) => r.errors.map((e) => [e.row, e.column, e.message]);

describe("parseTemplateFile: CSV conventions", () => {
  it("reads a French file: ';', decimal comma with spaces, DD/MM/YYYY, a site by name, a type by its label", async () => {
    const r = await parse(
      `${FR_ENERGY}\r\nenergy.electricity.grid;1 250,5;kWh;31/03/2025;entrepot reze;Siège\r\nÉlectricité du réseau;12 000;MWh;2025-06-30;;\r\n`,
    );
    expect(r).toMatchObject({ format: "template-csv", template: "energy", language: "fr", errors: [] });
    expect(r.rows).toEqual([
      {
        row: 2,
        input: {
          periodId: "period-2025",
          activityTypeId: "energy.electricity.grid",
          quantity: "1250.5",
          unit: "kWh",
          activityDate: "2025-03-31",
          siteId: "site-1",
          label: "Siège",
          options: {},
        },
      },
      {
        row: 3,
        input: {
          periodId: "period-2025",
          activityTypeId: "energy.electricity.grid",
          quantity: "12000",
          unit: "MWh",
          activityDate: "2025-06-30",
          options: {},
        },
      },
    ]);
  });

  it("reads an English file: ',' with a quoted thousands comma, and a tab-separated one", async () => {
    const comma = await parse(`${EN_ENERGY}\nenergy.heating_oil,"1,250.5",L,2025-02-01,,Boiler\n`);
    expect(comma).toMatchObject({ template: "energy", language: "en", errors: [] });
    expect(comma.rows[0]?.input).toMatchObject({ quantity: "1250.5", unit: "L", label: "Boiler" });
    const tab = await parse(`${EN_ENERGY.replaceAll(",", "\t")}\nenergy.heating_oil\t980.25\tL\t\t\t\n`);
    expect(tab.rows[0]?.input).toMatchObject({ quantity: "980.25", unit: "L" });
    // "1,250" is a thousands group in English and a decimal comma in French.
    const en = await parse(`${EN_ENERGY}\nenergy.heating_oil,"1,250",L,,,\n`);
    const fr = await parse(`${FR_ENERGY}\nenergy.heating_oil;1,250;L;;;\n`);
    expect([en.rows[0]?.input.quantity, fr.rows[0]?.input.quantity]).toEqual(["1250", "1.250"]);
  });

  it("reads Windows-1252 and UTF-8 with a BOM alike", async () => {
    const text = `${FR_ENERGY}\r\nenergy.natural_gas;18 400,75;kWh_PCS;;;Chaufferie été\r\n`;
    const cp1252 = await parseTemplateFile({ name: "f.csv", bytes: iconv.encode(text, "windows-1252") }, ctx);
    const bom = await parseTemplateFile({ name: "f.csv", bytes: Buffer.from(`\ufeff${text}`, "utf8") }, ctx);
    for (const r of [cp1252, bom]) {
      expect(r.errors).toEqual([]);
      expect(r.rows[0]?.input).toMatchObject({ quantity: "18400.75", unit: "kWh_PCS", label: "Chaufferie été" });
    }
  });

  it("skips blank lines and keeps the file's line numbers", async () => {
    const r = await parse(`${EN_ENERGY}\n\nenergy.heating_oil,10,L,,,\n,,\nenergy.heating_oil,-3,L,,,\n`);
    expect(r.rows.map((x) => x.row)).toEqual([3]);
    expect(messages(r)).toEqual([[5, "Quantity", "imports.errors.negative"]]);
  });
});

describe("parseTemplateFile: bad files", () => {
  it("refuses a 0-byte file, a file of blank lines, and a header without rows", async () => {
    expect(messages(await parseTemplateFile({ name: "a.csv", bytes: Buffer.alloc(0) }, ctx))).toEqual([
      [null, null, "imports.errors.emptyFile"],
    ]);
    expect(messages(await parse("\r\n\r\n;;;\r\n"))).toEqual([[null, null, "imports.errors.emptyFile"]]);
    expect(messages(await parse(`${FR_ENERGY}\r\n`))).toEqual([[null, null, "imports.errors.noRows"]]);
  });

  it("refuses 50 MB of random bytes at once, without reading them through", async () => {
    const bytes = randomFillSync(Buffer.alloc(50 * 1024 * 1024));
    const started = performance.now();
    const r = await parseTemplateFile({ name: "data.csv", bytes }, ctx);
    expect(performance.now() - started).toBeLessThan(200);
    expect(messages(r)).toEqual([[null, null, "imports.errors.notATemplate"]]);
    // The same bytes behind a zip signature: the XLSX reader finds no zip directory and stops.
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const zip = await parseTemplateFile({ name: "data.xlsx", bytes }, ctx);
    expect(messages(zip)).toEqual([[null, null, "imports.errors.corruptXlsx"]]);
  });

  it("refuses a UTF-16 text file (a wrong encoding) with a message naming the fix", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${FR_ENERGY}\r\n`, "utf16le")]);
    expect(messages(await parseTemplateFile({ name: "u.csv", bytes }, ctx))).toEqual([
      [null, null, "imports.errors.invalidEncoding"],
    ]);
  });

  it("refuses a truncated XLSX and one without the template's sheet", async () => {
    const full = await templateXlsx("waste", "en");
    const cut = await parseTemplateFile({ name: "w.xlsx", bytes: full.subarray(0, full.length / 2) }, ctx);
    expect(messages(cut)).toEqual([[null, null, "imports.errors.corruptXlsx"]]);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget").addRow(["Waste type"]);
    const bytes = Buffer.from(await other.xlsx.writeBuffer());
    expect(messages(await parseTemplateFile({ name: "b.xlsx", bytes }, ctx))).toEqual([
      [null, null, "imports.errors.sheetNotFound"],
    ]);
  });

  it("names a missing required column, an unknown one, a repeated one and an unknown header row", async () => {
    const r = await parse("Type d'énergie;Quantité;Couleur;Quantity\r\nenergy.heating_oil;3;bleu;4\r\n");
    expect(r.errors).toEqual([
      { row: 1, column: "Couleur", message: "imports.errors.unknownColumn", values: { column: "Couleur" } },
      { row: 1, column: "Quantity", message: "imports.errors.duplicateColumn", values: { column: "Quantity" } },
      { row: 1, column: null, message: "imports.errors.missingColumn", values: { column: "Unité" } },
    ]);
    expect(r.rows).toEqual([]);
    expect(messages(await parse("Date;Montant\r\n01/01/2025;3\r\n"))).toEqual([
      [1, null, "imports.errors.unknownTemplate"],
    ]);
  });

  it("reports a value under a column without header", async () => {
    const r = await parse(`${EN_ENERGY},\nenergy.heating_oil,3,L,,,,surprise\n`);
    expect(r.errors).toEqual([
      { row: 2, column: null, message: "imports.errors.cellWithoutHeader", values: { value: "surprise", position: 7 } },
    ]);
  });
});

describe("parseTemplateFile: bad rows", () => {
  it("keeps formulas as text, never evaluated", async () => {
    const r = await parse(`${EN_ENERGY}\nenergy.heating_oil,=1+1,L,,,"=HYPERLINK(""http://x.test"",""go"")"\n`);
    expect(messages(r)).toEqual([[2, "Quantity", "imports.errors.invalidNumber"]]);
    const ok = await parse(`${EN_ENERGY}\nenergy.heating_oil,2,L,,,"=HYPERLINK(""http://x.test"",""go"")"\n`);
    expect(ok.rows[0]?.input.label).toBe('=HYPERLINK("http://x.test","go")');
  });

  it("keeps formula text in XLSX cells as text too", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["Energy type", "Quantity", "Unit", "Label"]);
    sheet.addRow(["energy.heating_oil", "=2*3", "L", '=HYPERLINK("http://x.test")']);
    sheet.addRow(["energy.heating_oil", 7.5, "L", "=SUM(A1)"]);
    const r = await parseTemplateFile({ name: "f.xlsx", bytes: Buffer.from(await workbook.xlsx.writeBuffer()) }, ctx);
    expect(messages(r)).toEqual([[2, "Quantity", "imports.errors.invalidNumber"]]);
    expect(r.rows).toEqual([{ row: 3, input: expect.objectContaining({ quantity: "7.5", label: "=SUM(A1)" }) }]);
  });

  it("reports negative quantities, unknown units, types, categories and airports, and bad dates", async () => {
    const energy = await parse(
      [
        FR_ENERGY,
        "energy.heating_oil;-12,5;L;;;",
        "energy.heating_oil;12;litres;;;",
        "energy.nuclear;12;kWh;;;",
        "energy.heating_oil;12;L;2024-12-31;;",
        "energy.heating_oil;12;L;31/02/2025;;",
        "energy.heating_oil;12;L;;Usine Lyon;",
        "energy.heating_oil;;L;;;",
      ].join("\r\n"),
    );
    expect(energy.errors).toEqual([
      {
        row: 2,
        column: "Quantité",
        message: "imports.errors.negative",
        values: { value: "-12,5", column: "Quantité" },
      },
      {
        row: 3,
        column: "Unité",
        message: "imports.errors.unknownValue.unit",
        values: { value: "litres", column: "Unité" },
      },
      {
        row: 4,
        column: "Type d'énergie",
        message: "imports.errors.unknownValue.activityType",
        values: { value: "energy.nuclear", column: "Type d'énergie" },
      },
      {
        row: 5,
        column: "Date",
        message: "imports.errors.dateOutsidePeriod",
        values: { value: "2024-12-31", start: "2025-01-01", end: "2025-12-31" },
      },
      {
        row: 6,
        column: "Date",
        message: "imports.errors.invalidDate",
        values: { value: "31/02/2025", column: "Date" },
      },
      {
        row: 7,
        column: "Site",
        message: "imports.errors.unknownSite",
        values: { value: "Usine Lyon", column: "Site" },
      },
      { row: 8, column: "Quantité", message: "imports.errors.required", values: { column: "Quantité" } },
    ]);
    expect(energy.rows).toEqual([]);

    const spend = await parse(
      "Spend type,Amount excl. VAT,Unit,Spend category (ADEME ratio),What the money paid for\nspend.ratio,100,EUR,rockets,purchased_goods\nspend.consulting,100,EUR,other_transport_equipment,\n",
    );
    expect(messages(spend)).toEqual([
      [2, "Spend category (ADEME ratio)", "imports.errors.unknownValue.ratioCategory"],
      [3, "Spend category (ADEME ratio)", "imports.errors.optionNotForType"],
    ]);

    const flights = await parse(
      "Travel type,From airport (IATA),To airport (IATA),Return trip,Travellers\ntravel.plane,CDG,ZZZ,yes,1\ntravel.plane,cdg,lis,maybe,1\ntravel.plane,CDG,,no,1\n",
    );
    expect(messages(flights)).toEqual([
      [2, "To airport (IATA)", "imports.errors.unknownValue.airport"],
      [3, "Return trip", "imports.errors.invalidBoolean"],
      [4, null, "imports.errors.airportsIncomplete"],
    ]);
  });
});
