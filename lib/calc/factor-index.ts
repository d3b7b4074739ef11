import { compareNatural } from "@/lib/calc/natural-sort";
import type { TFactorRecord } from "@/lib/calc/factor-record";
import { CalcError } from "@/lib/calc/errors";
import type { TLinePlan } from "@/lib/calc/line-plan";
import {
  type CANDIDATE_FLAGS,
  type TActivityType,
  type TFreightDirection,
  type TSpendPurpose,
  type TStageProfile,
  type TVariantWhen,
  VARIANT_KEYS,
} from "@/lib/calc/mapping-schemas";
import { loadCalcMappings, type TCalcMappings } from "@/lib/calc/mappings";
import { type TCustomFactor, ZCustomFactor } from "@/lib/calc/types";
import { normalizeUnit, type TUnit } from "@/lib/calc/units";

type TStage = TFactorRecord["stages"][number]["stage"];
type TGasKey = "co2f" | "ch4f" | "ch4b" | "n2o" | "other" | "co2b";
export type TGasesPerUnit = Readonly<Record<TGasKey, number | null>>;

// A factor with its decimal strings parsed once, so the hot path multiplies plain numbers.
export interface TIndexedFactor {
  readonly id: string; // versioned: ademe:43642@23.6, custom:…, gwp:AR5:R-410A
  readonly ref: string; // source:sourceId, how the mapping tables point at it
  readonly source: string;
  readonly unit: TUnit;
  readonly value: number;
  readonly stages: readonly { readonly stage: TStage; readonly value: number }[];
  readonly gases: TGasesPerUnit | null;
  readonly uncertaintyPct: number | null;
  readonly region: string;
  readonly referenceYear: number | null;
  readonly gwpSet: string;
  readonly status: TFactorRecord["status"];
  readonly custom: boolean;
  readonly tags: readonly string[];
}

export interface TCandidateComponent {
  readonly factor: TIndexedFactor;
  readonly stage: TStage | null; // classify an undecomposed row as this stage
}

// One usable default for an activity type: a region, a year and the option values it needs.
export interface TExpandedCandidate {
  readonly region: string;
  readonly year: number | null;
  readonly when: TVariantWhen;
  readonly legKm: readonly [number, number | null] | null;
  readonly components: readonly TCandidateComponent[];
  readonly flags: readonly (typeof CANDIDATE_FLAGS)[number][];
}

export interface TTypeIndex {
  readonly type: TActivityType;
  readonly profile: TStageProfile;
  readonly candidates: readonly TExpandedCandidate[];
  readonly variantKeys: readonly (typeof VARIANT_KEYS)[number][]; // options some candidate depends on
  readonly bandEdges: readonly number[] | null; // sorted leg-km band edges (flights)
  // Memo of resolved plans: region → year → variant key. Resolution runs once per distinct key.
  readonly plans: Map<string, Map<number, Map<string, TLinePlan>>>;
  readonly chosenPlans: Map<string, TLinePlan>; // explicit factor choices, by factor id (and purpose)
  readonly spend: TSpendIndex | null; // spend types: purpose → profile, category rules
  readonly directionProfiles: ReadonlyMap<TFreightDirection, TStageProfile> | null; // freight types
}

export interface TSpendIndex {
  readonly fixedCategory: string | null; // an alias type bound to one ratio category (spend.it_services…)
  readonly categories: ReadonlySet<string>; // every known ratio category id
  readonly profiles: ReadonlyMap<TSpendPurpose, TStageProfile>; // the purpose decides the classification
  // Resolved (category, purpose) variants by stated category → stated purpose ("" = not stated): validated
  // once, then reused, so a spend line costs two map lookups on the hot path.
  readonly variants: Map<string, Map<string, TSpendVariant>>;
}

export interface TSpendVariant {
  readonly key: string;
  readonly when: Readonly<{ ratioCategory: string; purpose: TSpendPurpose }>;
  readonly profile: TStageProfile;
}

export interface TFactorIndex {
  readonly byId: ReadonlyMap<string, TIndexedFactor>;
  readonly byRef: ReadonlyMap<string, TIndexedFactor>; // latest loaded version of each source:sourceId
  readonly types: ReadonlyMap<string, TTypeIndex>;
  readonly mappings: TCalcMappings;
}

const num = (decimal: string | null | undefined): number | null => (decimal == null ? null : Number(decimal));

type TFactorFields = Pick<
  TFactorRecord,
  "stages" | "gases" | "uncertaintyPct" | "region" | "referenceYear" | "gwpSet" | "status" | "tags"
> & {
  id: string;
  ref: string;
  source: string;
  unit: string;
  value: string;
  custom: boolean;
};

function parseFactor(f: TFactorFields): TIndexedFactor {
  const g = f.gases;
  return {
    id: f.id,
    ref: f.ref,
    source: f.source,
    unit: normalizeUnit(f.unit),
    value: Number(f.value),
    stages: f.stages.map((s) => ({ stage: s.stage, value: Number(s.value) })),
    gases: g && {
      co2f: num(g.co2f),
      ch4f: num(g.ch4f),
      ch4b: num(g.ch4b),
      n2o: num(g.n2o),
      other: num(g.other),
      co2b: num(g.co2b),
    },
    uncertaintyPct: f.uncertaintyPct,
    region: f.region,
    referenceYear: f.referenceYear,
    gwpSet: f.gwpSet,
    status: f.status,
    custom: f.custom,
    tags: f.tags,
  };
}

const indexRecord = (record: TFactorRecord) =>
  parseFactor({ ...record, ref: `${record.source}:${record.sourceId}`, custom: false });

function indexCustom(input: TCustomFactor): TIndexedFactor {
  const c = ZCustomFactor.parse(input);
  return parseFactor({ ...c, ref: c.id, source: "custom", status: "valid", tags: [], custom: true });
}

// GWP table rows as factors (kgCO2e per kg leaked), so refrigerants resolve like any other activity.
// Built through parseFactor like every other factor: one object shape keeps the hot path monomorphic.
function gwpFactors(mappings: TCalcMappings): TIndexedFactor[] {
  const { sets, refrigerants } = mappings.gwp;
  return Object.entries(refrigerants).flatMap(([gas, row]) =>
    (["AR5", "AR6"] as const).map((set) => {
      const value = String(row.gwp[set]);
      return parseFactor({
        id: `gwp:${set}:${gas}`,
        ref: `gwp:${set}:${gas}`,
        source: "gwp",
        unit: "kg",
        value,
        stages: [],
        gases: { co2f: "0", ch4f: "0", ch4b: "0", n2o: "0", other: value, co2b: "0" },
        uncertaintyPct: sets[set].uncertaintyPct,
        region: "WORLD",
        referenceYear: null,
        gwpSet: set,
        status: "valid",
        custom: false,
        tags: ["refrigerant"],
      });
    }),
  );
}

/** The identity factor of tool-assessed footprints: 1 kgCO2e per kgCO2e given (see ASSESSED_FACTOR_REF). */
export const ASSESSED_FACTOR_REF = "assessed:kgCO2e";

// A footprint another tool computed (Boavizta's GWP) enters as a quantity in kgCO2e: this factor passes it
// through unchanged, so it still takes the one engine's path — classification by the type's stage profile,
// PUE, capital-goods method, uncertainty (the activity's own, from the tool's min/max; the factor adds none).
function assessedFactor(): TIndexedFactor {
  return parseFactor({
    id: ASSESSED_FACTOR_REF,
    ref: ASSESSED_FACTOR_REF,
    source: "assessed",
    unit: "kgCO2e",
    value: "1",
    stages: [],
    gases: null,
    uncertaintyPct: 0,
    region: "WORLD",
    referenceYear: null,
    gwpSet: "unknown",
    status: "valid",
    custom: false,
    tags: ["assessed"],
  });
}

const newerVersion = (a: string, b: string) => compareNatural(a, b) > 0; // "23.10" after "23.6"

export function buildFactorIndex(
  records: readonly TFactorRecord[],
  customFactors: readonly TCustomFactor[] = [],
  mappings: TCalcMappings = loadCalcMappings(),
): TFactorIndex {
  const byId = new Map<string, TIndexedFactor>();
  const byRef = new Map<string, TIndexedFactor>();
  const versions = new Map<string, string>();
  const add = (factor: TIndexedFactor, version: string) => {
    byId.set(factor.id, factor);
    const current = versions.get(factor.ref);
    if (current === undefined || newerVersion(version, current)) {
      byRef.set(factor.ref, factor);
      versions.set(factor.ref, version);
    }
  };
  for (const record of records) add(indexRecord(record), record.version);
  for (const factor of gwpFactors(mappings)) add(factor, "0");
  add(assessedFactor(), "0");
  for (const custom of customFactors) add(indexCustom(custom), "0");

  const types = new Map<string, TTypeIndex>();
  const spendProfiles = new Map(
    [...mappings.spendPurposes].map(([purpose, p]) => [purpose, mappings.profiles.get(p.profile) as TStageProfile]),
  );
  const spendCategories = new Set(mappings.spendCategories.keys());
  for (const type of mappings.activityTypes.values()) {
    const spend = type.spendRatio
      ? {
          fixedCategory: type.spendRatio.category ?? null,
          categories: spendCategories,
          profiles: spendProfiles,
          variants: new Map(),
        }
      : null;
    const directions = type.directions
      ? new Map(
          Object.entries(type.directions.profiles).map(([d, p]) => [
            d as TFreightDirection,
            mappings.profiles.get(p) as TStageProfile,
          ]),
        )
      : null;
    types.set(type.id, indexType(type, mappings.profiles.get(type.profile) as TStageProfile, byRef, spend, directions));
  }
  return { byId, byRef, types, mappings };
}

function indexType(
  type: TActivityType,
  profile: TStageProfile,
  byRef: ReadonlyMap<string, TIndexedFactor>,
  spend: TSpendIndex | null,
  directionProfiles: ReadonlyMap<TFreightDirection, TStageProfile> | null,
): TTypeIndex {
  const explicit: TExpandedCandidate[] = [];
  const selected: TExpandedCandidate[] = [];
  for (const candidate of type.candidates) {
    if ("select" in candidate) {
      const { source, tag } = candidate.select;
      for (const factor of byRef.values()) {
        if (factor.source !== source || (tag !== undefined && !factor.tags.includes(tag))) continue;
        selected.push({
          region: factor.region,
          year: factor.referenceYear,
          when: {},
          legKm: null,
          components: [{ factor, stage: null }],
          flags: [],
        });
      }
      continue;
    }
    const refs = [{ factor: candidate.factor, stage: candidate.stage ?? null }, ...(candidate.extras ?? [])];
    const components = refs.map((r) => ({ factor: byRef.get(r.factor), stage: r.stage }));
    // A release that is not loaded simply offers no candidate; a partial DESNZ set (no WTT row) is not used.
    if (components.some((c) => c.factor === undefined)) continue;
    const main = components[0]?.factor as TIndexedFactor;
    explicit.push({
      region: candidate.region,
      year: candidate.year ?? main.referenceYear,
      when: candidate.when ?? {},
      legKm: candidate.legKm ?? null,
      components: components as TCandidateComponent[],
      flags: candidate.flags ?? [],
    });
  }
  // Selected records never override a region the table names explicitly (ADEME France over Ember France).
  const explicitRegions = new Set(explicit.map((c) => c.region));
  const candidates = [...explicit, ...selected.filter((c) => !explicitRegions.has(c.region))];
  checkUnambiguous(type.id, candidates);
  const variantKeys = VARIANT_KEYS.filter((key) => candidates.some((c) => c.when[key] !== undefined));
  const edges = new Set(
    candidates.flatMap((c) => (c.legKm ? [c.legKm[0], ...(c.legKm[1] === null ? [] : [c.legKm[1]])] : [])),
  );
  const bandEdges = edges.size > 0 ? [...edges].sort((a, b) => a - b) : null;
  return {
    type,
    profile,
    candidates,
    variantKeys,
    bandEdges,
    plans: new Map(),
    chosenPlans: new Map(),
    spend,
    directionProfiles,
  };
}

function checkUnambiguous(typeId: string, candidates: readonly TExpandedCandidate[]): void {
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = JSON.stringify([c.region, c.year, c.when, c.legKm]);
    if (seen.has(key)) {
      throw new CalcError("INVALID_MAPPING", `${typeId}: two candidate factors for ${key}`, { typeId, key });
    }
    seen.add(key);
  }
}
