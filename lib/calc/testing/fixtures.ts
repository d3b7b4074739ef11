import { type TFactorRecord, ZFactorRecord } from "@/lib/calc/factor-record";
import { buildFactorIndex, type TFactorIndex } from "@/lib/calc/factor-index";
import type { TCustomFactor } from "@/lib/calc/types";
import fixtureJson from "@/lib/calc/testing/fixture-factors.json";

// Factor records for tests and the bench when no curated release is installed: the real published
// values of every factor the activity types reference (see the $comment of fixture-factors.json).

interface TCompactFactor {
  id: string;
  name: string;
  unit: string;
  value: string;
  stages: [string, string][];
  gases: (string | null)[] | null;
  u: number | null;
  region: string;
  year: number | null;
  status: string;
}

const SOURCE_NAMES: Record<string, { contributor: string; gwpSet: TFactorRecord["gwpSet"] }> = {
  ademe: { contributor: "ADEME", gwpSet: "unknown" }, // as ingested: Base Carbone does not state the set per element
  desnz: { contributor: "DESNZ", gwpSet: "AR5" },
  ember: { contributor: "Ember", gwpSet: "unknown" },
};

function expand(f: TCompactFactor): TFactorRecord {
  const [, source = "", sourceId = "", version = ""] = /^([a-z-]+):([^@]+)@(.+)$/.exec(f.id) ?? [];
  const meta = SOURCE_NAMES[source] ?? { contributor: source, gwpSet: "unknown" as const };
  const [co2f, ch4f, ch4b, n2o, other, co2b] = f.gases ?? [];
  return ZFactorRecord.parse({
    id: f.id,
    source,
    sourceId,
    version,
    nameFr: f.name,
    nameEn: null,
    categoryPath: [source],
    unit: f.unit,
    unitLabel: `kgCO2e/${f.unit}`,
    value: f.value,
    gases: f.gases && { co2f, ch4f, ch4b, n2o, other, co2b },
    stages: f.stages.map(([stage, value]) => ({ stage, labelFr: stage, labelEn: null, value })),
    uncertaintyPct: f.u,
    region: f.region,
    regionLabel: null,
    referenceYear: f.year,
    validity: null,
    status: f.status,
    reviewNote: null,
    gwpSet: meta.gwpSet,
    contributor: meta.contributor,
    sourceText: null,
    tags: source === "ember" ? ["electricity", "grid-average"] : [],
  });
}

let records: TFactorRecord[] | undefined;

export function fixtureRecords(): TFactorRecord[] {
  records ??= (fixtureJson.factors as TCompactFactor[]).map(expand);
  return records;
}

// Only the records whose source:sourceId is listed, e.g. to test a fallback when a factor is missing.
export function fixtureRecordsWithout(...refs: string[]): TFactorRecord[] {
  return fixtureRecords().filter((r) => !refs.includes(`${r.source}:${r.sourceId}`));
}

export function fixtureIndex(
  customFactors: readonly TCustomFactor[] = [],
  recordList = fixtureRecords(),
): TFactorIndex {
  return buildFactorIndex(recordList, customFactors);
}
