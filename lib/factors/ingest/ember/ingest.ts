import { readFileSync } from "node:fs";
import path from "node:path";
import { averageIntensity } from "@tgwf/co2/data";
import { z } from "zod";
import type { TFactorRecord } from "@/lib/factors/record";
import { iso2FromIso3 } from "../countries";
import { numberToDecimal, shiftDecimal } from "@/lib/numbers/decimal";
import { IngestError } from "../ingest-error";
import { compareNatural } from "@/lib/calc/natural-sort";
import { packageRoot, packageVersion, sha256 } from "../package-file";
import yearsRaw from "./co2js-average-intensity-years.json";

// Ember annual grid intensities as bundled in CO2.js (gCO2e/kWh, keyed by ISO3) → kgCO2e/kWh records
// per ISO2 country, plus the WORLD and EU aggregates. CO2.js bundles values only: the data year of each
// entry comes from a snapshot of CO2.js's own data export, checked value by value against the package.

const ZYears = z.object({
  $comment: z.string(),
  co2jsVersion: z.string(),
  snapshotDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  entries: z.record(z.string(), z.object({ name: z.string().min(1), year: z.number().int(), gco2PerKwh: z.number() })),
});
const YEARS = ZYears.parse(yearsRaw);
const AGGREGATES: Record<string, string> = { WORLD: "WORLD", EU: "EU" };
const DATA_FILE = "dist/esm/data/average-intensities.min.js";

export type EmberInput = {
  co2jsVersion: string;
  dataYear: number;
  snapshotDate: string;
  rawFile: { name: string; sha256: string };
};

export function emberInput(): EmberInput {
  const root = packageRoot("@tgwf/co2", "data");
  const co2jsVersion = packageVersion(root);
  const file = path.join(root, DATA_FILE);
  if (co2jsVersion !== YEARS.co2jsVersion)
    throw new IngestError(
      file,
      `installed CO2.js is ${co2jsVersion} but the data-year snapshot is for ${YEARS.co2jsVersion}: refresh lib/factors/ingest/ember/co2js-average-intensity-years.json`,
    );
  const dataYear = Math.max(...Object.values(YEARS.entries).map((e) => e.year));
  return {
    co2jsVersion,
    dataYear,
    snapshotDate: YEARS.snapshotDate,
    rawFile: { name: `@tgwf/co2@${co2jsVersion}/${DATA_FILE}`, sha256: sha256(readFileSync(file)) },
  };
}

export function ingestEmber(version: string, input: EmberInput = emberInput()): TFactorRecord[] {
  const factors: TFactorRecord[] = [];
  for (const [key, gPerKwh] of Object.entries(averageIntensity.data)) {
    const region = AGGREGATES[key] ?? iso2FromIso3(key);
    if (!region) continue; // other aggregates (ASIA, G20, OECD…) have no region code
    const meta = YEARS.entries[key];
    if (!meta || meta.gco2PerKwh !== gPerKwh)
      throw new IngestError(
        input.rawFile.name,
        `CO2.js value for ${key} (${gPerKwh}) does not match the data-year snapshot (${meta?.gco2PerKwh})`,
        null,
        key,
      );
    const name = meta.name;
    factors.push({
      id: `ember:${key}@${version}`,
      source: "ember",
      sourceId: key,
      version,
      nameFr: `Électricité, intensité carbone annuelle moyenne du réseau (Ember) - ${name}`,
      nameEn: `Electricity, annual average grid carbon intensity (Ember) - ${name}`,
      categoryPath: ["Electricity", "Grid carbon intensity, annual average"],
      unit: "kWh",
      unitLabel: "kgCO2e/kWh (published as gCO2e/kWh)",
      value: shiftDecimal(numberToDecimal(gPerKwh), -3),
      gases: null,
      stages: [],
      uncertaintyPct: null,
      region,
      regionLabel: meta.name,
      referenceYear: meta.year,
      validity: `Ember yearly data, ${meta.year}`,
      status: "valid",
      reviewNote: null,
      gwpSet: "unknown",
      contributor: "Ember",
      sourceText: `Ember yearly electricity data via CO2.js ${input.co2jsVersion} (averageIntensity.${key})`,
      tags: ["electricity", "grid-average"],
    });
  }
  return factors.sort((a, b) => compareNatural(a.sourceId, b.sourceId));
}
