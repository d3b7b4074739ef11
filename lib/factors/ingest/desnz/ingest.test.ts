import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tempDir } from "../ademe/__fixtures__/fixture";
import { IngestError } from "../ingest-error";
import { desnzHeader } from "./rows";
import { ingestDesnz } from "./ingest";

// The DESNZ flat-file reader on small workbooks laid out like the official one (header on row 6).

type Row = (string | number | null)[];
const HOTEL_FR: Row[] = [
  ["29_600_4016_13_1", "Scope 3", "Hotel stay", "Hotel stay", "France", null, null, "Room per night", "kg CO2e", 6.7],
];
const ELEC: Row[] = [
  [
    "7_400_4000_5_1",
    "Scope 2",
    "UK electricity",
    "Electricity generated",
    "Electricity: UK",
    "kWh",
    null,
    "kWh",
    "kg CO2e",
    0.177,
  ],
  [
    "7_400_4000_5_2",
    "Scope 2",
    "UK electricity",
    "Electricity generated",
    "Electricity: UK",
    "kWh",
    null,
    "kWh",
    "kg CO2e of CO2 per unit",
    0.17489,
  ],
  [
    "7_400_4000_5_3",
    "Scope 2",
    "UK electricity",
    "Electricity generated",
    "Electricity: UK",
    "kWh",
    null,
    "kWh",
    "kg CO2e of CH4 per unit",
    0.0009,
  ],
  [
    "7_400_4000_5_4",
    "Scope 2",
    "UK electricity",
    "Electricity generated",
    "Electricity: UK",
    "kWh",
    null,
    "kWh",
    "kg CO2e of N2O per unit",
    0.00122,
  ],
];
const NO_VALUE: Row[] = [
  [
    "29_600_4002_13_1",
    "Scope 3",
    "Hotel stay",
    "Hotel stay",
    "Argentina",
    null,
    null,
    "Room per night",
    "kg CO2e",
    null,
  ],
];

async function workbook(rows: Row[], header: readonly string[] = desnzHeader("2025")): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Factors by Category");
  ws.addRow(["UK Government GHG Conversion Factors for Company Reporting"]);
  ws.addRows([["Factors by Category"], [], [], [null, null, "Category"]]);
  ws.addRow([...header]);
  ws.addRows(rows);
  ws.addRows([[], [null, "END"]]);
  const file = path.join(tempDir(), "flat.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

async function rejection(file: string): Promise<IngestError> {
  const err = await ingestDesnz(file, "2025").then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe("DESNZ flat file", { timeout: 30_000 }, () => {
  it("groups the _1.._4 rows of each factor and skips factors without a value", async () => {
    const { factors, stats } = await ingestDesnz(await workbook([...ELEC, ...HOTEL_FR, ...NO_VALUE]), "2025");
    expect(stats).toMatchObject({ included: 2, noValue: 1 });
    expect(factors.map((f) => f.id)).toEqual(["desnz:7_400_4000_5@2025", "desnz:29_600_4016_13@2025"]);
    expect(factors[0]).toMatchObject({
      value: "0.177",
      gases: { co2f: "0.17489", ch4f: "0.0009", n2o: "0.00122", co2b: null },
      region: "GB",
    });
    expect(factors[1]).toMatchObject({ value: "6.7", region: "FR", unit: "room.night", gases: null });
  });

  it("rejects a wrong header", async () => {
    const header = [...desnzHeader("2025")];
    header[9] = "GHG Conversion Factor 2024";
    const err = await rejection(await workbook(ELEC, header));
    expect(err).toMatchObject({ row: 6, column: "GHG Conversion Factor 2025" });
  });

  it("rejects an unknown unit, a non-numeric value and a mismatched gas row, naming row and column", async () => {
    const unit = ELEC.map((r, i) => (i === 0 ? [...r.slice(0, 7), "furlongs", ...r.slice(8)] : r));
    expect(await rejection(await workbook(unit))).toMatchObject({ row: 7, column: "UOM" });
    const nan = [...ELEC, [...HOTEL_FR[0]!.slice(0, 9), "n/a"]];
    const err = await rejection(await workbook(nan));
    expect(err).toMatchObject({ row: 11, column: "GHG Conversion Factor 2025" });
    expect(err.message).toMatch(/^flat\.xlsx, row 11, column "GHG Conversion Factor 2025": not a number/);
    const gas = ELEC.map((r, i) => (i === 2 ? [...r.slice(0, 8), "kg CO2e of N2O per unit", r[9]!] : r));
    expect(await rejection(await workbook(gas))).toMatchObject({ row: 9, column: "GHG/Unit" });
  });

  it("rejects a hotel country it cannot map to an ISO code", async () => {
    const atlantis = [
      [
        "29_600_4999_13_1",
        "Scope 3",
        "Hotel stay",
        "Hotel stay",
        "Atlantis",
        null,
        null,
        "Room per night",
        "kg CO2e",
        1,
      ],
    ];
    expect(await rejection(await workbook(atlantis))).toMatchObject({ column: "Level 3" });
  });
});
