import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "../ingest-error";
import { column, elementRow, sampleRows, SAMPLE_CSV, tempDir, writeCsv, writeXlsx } from "./__fixtures__/fixture";
import { ingestAdeme } from "./ingest";
import type { TextEncoding } from "@/lib/files/encoding";
import { readAdemeCsv } from "./read-csv";

// The parser on a committed sample of real Base Carbone 23.6 rows (windows-1252, `;`, decimal commas).

const byId = <T extends { sourceId: string }>(factors: T[], id: string) => factors.find((f) => f.sourceId === id);

async function rejection(file: string): Promise<IngestError> {
  const err = await ingestAdeme(file, "23.6").then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe("ADEME CSV reader", { timeout: 30_000 }, () => {
  it("detects windows-1252 and reads the sample's published decimals", async () => {
    let encoding: TextEncoding | null = null;
    for await (const _ of readAdemeCsv(SAMPLE_CSV, (e) => (encoding = e))) break;
    expect(encoding).toBe("windows-1252");

    const { factors, stats } = await ingestAdeme(SAMPLE_CSV, "23.6");
    expect(stats.required).toBe(51);
    const el = byId(factors, "43642")!;
    expect(el.value).toBe("0.0519");
    expect(el.nameFr).toBe("Electricité - 2024 - mix moyen - consommation");
    expect(el.stages.map((s) => [s.stage, s.value])).toEqual([
      ["combustion", "0.035"],
      ["upstream", "0.0131"],
      ["td_losses", "0.0038"],
    ]);
    expect(byId(factors, "43445")?.nameFr).toContain("Services d'information – 2023"); // en dash survived windows-1252
  });

  it("applies the selection rules", async () => {
    const { factors } = await ingestAdeme(SAMPLE_CSV, "23.6");
    expect(byId(factors, "21595")).toBeUndefined(); // archived, not required
    expect(byId(factors, "12895")).toBeUndefined(); // kgCO2e/GJ PCI: no canonical unit
    expect(byId(factors, "34052")).toBeUndefined(); // food: outside the curated categories
    expect(byId(factors, "15576")).toMatchObject({ region: "CA", regionLabel: "Autre pays du monde / Canada" });
    expect(byId(factors, "27030")?.tags).toContain("it-equipment");
    expect(factors.map((f) => f.sourceId)).toEqual(
      [...factors.map((f) => f.sourceId)].sort((a, b) => Number(a) - Number(b)),
    );
  });

  it("reads exponents and decimal commas without float noise", async () => {
    const rows = await sampleRows();
    const row = elementRow(rows, "43651");
    rows[row - 1]![column(rows, "CH4f")] = "9,56E-07";
    const { factors } = await ingestAdeme(writeCsv(tempDir(), "exp.csv", rows), "23.6");
    expect(byId(factors, "43651")?.gases?.ch4f).toBe("0.000000956");
  });

  it("gives the same records from UTF-8 with BOM and from xlsx", async () => {
    const rows = await sampleRows();
    const dir = tempDir();
    const expected = (await ingestAdeme(SAMPLE_CSV, "23.6")).factors;
    expect((await ingestAdeme(writeCsv(dir, "utf8.csv", rows, "utf-8-bom"), "23.6")).factors).toEqual(expected);
    expect((await ingestAdeme(await writeXlsx(dir, "sample.xlsx", rows), "23.6")).factors).toEqual(expected);
  });

  it("excludes ecoinvent-derived elements, and refuses a required one", async () => {
    const rows = await sampleRows();
    const source = column(rows, "Source");
    const dir = tempDir();
    rows[elementRow(rows, "27030") - 1]![source] = "ecoinvent 3.9.1";
    const { factors, stats } = await ingestAdeme(writeCsv(dir, "eco.csv", rows), "23.6");
    expect(byId(factors, "27030")).toBeUndefined();
    expect(stats.excludedEcoinvent).toBe(1);

    rows[elementRow(rows, "43642") - 1]![column(rows, "Contributeur")] = "Ecoinvent";
    const err = await rejection(writeCsv(dir, "eco-required.csv", rows));
    expect(err.message).toMatch(/43642.*ecoinvent/i);
  });
});

describe("ADEME bad input rejects the whole file, naming file, row and column", { timeout: 30_000 }, () => {
  it("wrong header", async () => {
    const rows = await sampleRows();
    rows[0]![column(rows, "Unité français")] = "Unite francais";
    const err = await rejection(writeCsv(tempDir(), "bad-header.csv", rows));
    expect(err).toMatchObject({ row: 1, column: "Unité français" });
    expect(err.message).toBe(
      'bad-header.csv, row 1, column "Unité français": missing column "Unité français" in the header row',
    );
  });

  it("missing column", async () => {
    const rows = await sampleRows();
    const at = column(rows, "Total poste non décomposé");
    const err = await rejection(
      writeCsv(
        tempDir(),
        "missing.csv",
        rows.map((r) => r.filter((_, i) => i !== at)),
      ),
    );
    expect(err).toMatchObject({ row: 1, column: "Total poste non décomposé" });
    expect(err.message).toContain("missing.csv");
  });

  it("non-numeric value in a numeric column (CSV and xlsx)", async () => {
    const rows = await sampleRows();
    const row = elementRow(rows, "43642");
    rows[row - 1]![column(rows, "Total poste non décomposé")] = "0,05 env.";
    const dir = tempDir();
    for (const file of [writeCsv(dir, "nan.csv", rows), await writeXlsx(dir, "nan.xlsx", rows)]) {
      const err = await rejection(file);
      expect(err).toMatchObject({ file, row, column: "Total poste non décomposé" });
      expect(err.message).toMatch(
        new RegExp(`^nan\\.(csv|xlsx), row ${row}, column "Total poste non décomposé": not a number`),
      );
    }
  });

  it("a truncated (partly written) xlsx", async () => {
    const dir = tempDir();
    const bytes = readFileSync(await writeXlsx(dir, "whole.xlsx", await sampleRows()));
    const truncated = path.join(dir, "half-written.xlsx");
    writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    const err = await rejection(truncated);
    expect(err).toMatchObject({ file: truncated, row: null, column: null });
    expect(err.message).toBe(
      "half-written.xlsx: not a complete xlsx file: its zip directory is missing (truncated, still being written, or not an xlsx)",
    );
  });

  it("unknown unit", async () => {
    const rows = await sampleRows();
    const row = elementRow(rows, "15576");
    rows[row - 1]![column(rows, "Unité français")] = "kgCO2e/furlong";
    const err = await rejection(writeCsv(tempDir(), "unit.csv", rows));
    expect(err).toMatchObject({ row, column: "Unité français" });
    expect(err.message).toContain('unknown unit "kgCO2e/furlong"');
  });

  it("a stage row whose element is absent", async () => {
    const rows = await sampleRows();
    const orphan = rows.findIndex((r) => r[0] === "Poste");
    rows[orphan]![1] = "99999999";
    const err = await rejection(writeCsv(tempDir(), "orphan.csv", rows));
    expect(err).toMatchObject({ row: orphan + 1, column: "Identifiant de l'élément" });
  });
});
