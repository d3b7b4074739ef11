import activityTypesJson from "@/emission-factors/mappings/activity-types.json";
import begesPostesJson from "@/emission-factors/mappings/beges-postes.json";
import ghgCategoriesJson from "@/emission-factors/mappings/ghg-categories.json";
import gwpJson from "@/emission-factors/mappings/gwp.json";
import spendRatiosJson from "@/emission-factors/mappings/spend-ratios.json";
import stageProfilesJson from "@/emission-factors/mappings/stage-profiles.json";
import { CalcError } from "@/lib/calc/errors";
import {
  type TActivityType,
  type TFactorCandidate,
  type TGwpTable,
  type TSpendCategory,
  type TSpendPurpose,
  type TSpendRatios,
  type TStageProfile,
  ZActivityTypes,
  ZBegesPostes,
  ZGhgCategories,
  ZGwpTable,
  ZSpendRatios,
  ZStageProfiles,
} from "@/lib/calc/mapping-schemas";
import { dimensionOf, isKnownUnit, type TUnit, UNITS } from "@/lib/calc/units";

export interface TCalcMappings {
  readonly activityTypes: ReadonlyMap<string, TActivityType>;
  readonly profiles: ReadonlyMap<string, TStageProfile>;
  readonly begesPostes: ReadonlyMap<string, { category: number; labelFr: string; labelEn: string }>;
  readonly ghgCategories: ReadonlyMap<number, { labelFr: string; labelEn: string }>;
  readonly gwp: TGwpTable;
  readonly spendCategories: ReadonlyMap<string, TSpendCategory>; // ADEME's 56 monetary-ratio categories
  readonly spendPurposes: ReadonlyMap<TSpendPurpose, TSpendRatios["purposes"][TSpendPurpose]>;
}

// Raw inputs as read from disk; tests pass edited copies to check the cross-table validation.
export interface TRawMappings {
  activityTypes: unknown;
  stageProfiles: unknown;
  begesPostes: unknown;
  ghgCategories: unknown;
  gwp: unknown;
  spendRatios: unknown;
}

export const SHIPPED_MAPPINGS: TRawMappings = {
  activityTypes: activityTypesJson,
  stageProfiles: stageProfilesJson,
  begesPostes: begesPostesJson,
  ghgCategories: ghgCategoriesJson,
  gwp: gwpJson,
  spendRatios: spendRatiosJson,
};

function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new CalcError("INVALID_MAPPING", message, details);
}

export function parseCalcMappings(raw: TRawMappings): TCalcMappings {
  const types = ZActivityTypes.parse(raw.activityTypes).activityTypes;
  const profiles = new Map(Object.entries(ZStageProfiles.parse(raw.stageProfiles).profiles));
  const begesPostes = new Map(ZBegesPostes.parse(raw.begesPostes).postes.map(({ poste, ...rest }) => [poste, rest]));
  const ghgCategories = new Map(
    ZGhgCategories.parse(raw.ghgCategories).categories.map(({ category, ...rest }) => [category, rest]),
  );
  const gwp = ZGwpTable.parse(raw.gwp);
  const spend = ZSpendRatios.parse(raw.spendRatios);
  const spendCategories = new Map<string, TSpendCategory>();
  for (const category of spend.categories) {
    if (spendCategories.has(category.id)) invalid(`duplicate spend ratio category ${category.id}`);
    spendCategories.set(category.id, category);
  }
  const spendPurposes = new Map(
    Object.entries(spend.purposes) as [TSpendPurpose, TSpendRatios["purposes"][TSpendPurpose]][],
  );
  for (const [purpose, { profile }] of spendPurposes) {
    if (!profiles.has(profile)) invalid(`spend purpose ${purpose} uses unknown profile ${profile}`);
  }

  for (const [name, profile] of profiles) {
    for (const target of [profile.undecomposed, ...Object.values(profile.stages)]) {
      if (target && !begesPostes.has(target.begesPoste))
        invalid(`profile ${name} uses unknown BEGES poste ${target.begesPoste}`);
    }
  }
  const activityTypes = new Map<string, TActivityType>();
  for (const type of types) {
    if (activityTypes.has(type.id)) invalid(`duplicate activity type ${type.id}`);
    const expanded = type.spendRatio ? withSpendCandidates(type, spend, spendCategories, spendPurposes) : type;
    if (expanded.candidates.length === 0) invalid(`${type.id}: no candidate factor`);
    activityTypes.set(type.id, expanded);
    checkActivityType(expanded, profiles, gwp);
  }
  return { activityTypes, profiles, begesPostes, ghgCategories, gwp, spendCategories, spendPurposes };
}

// A spend type's candidates: one per (category, published year) of spend-ratios.json, so the year rules of
// resolve.ts apply unchanged. A type bound to one category needs no option; the generic one matches
// options.ratioCategory. Its profile must be its default purpose's (the purpose decides the classification).
function withSpendCandidates(
  type: TActivityType,
  spend: TSpendRatios,
  categories: ReadonlyMap<string, TSpendCategory>,
  purposes: ReadonlyMap<TSpendPurpose, TSpendRatios["purposes"][TSpendPurpose]>,
): TActivityType {
  if (type.candidates.length > 0) invalid(`${type.id}: spend candidates come from spend-ratios.json`);
  if (type.dimension !== "money") invalid(`${type.id}: a spend type is a money type`);
  const defaultPurpose = type.optionDefaults?.purpose;
  const profile = defaultPurpose ? purposes.get(defaultPurpose)?.profile : undefined;
  if (profile !== undefined && profile !== type.profile)
    invalid(`${type.id}: profile ${type.profile} is not the one of its default purpose ${defaultPurpose}`);
  const fixed = type.spendRatio?.category;
  if (fixed !== undefined && !categories.has(fixed)) invalid(`${type.id}: unknown spend ratio category ${fixed}`);
  const chosen = fixed === undefined ? [...categories.values()] : [categories.get(fixed) as TSpendCategory];
  const candidates: TFactorCandidate[] = chosen.flatMap((category) =>
    Object.entries(category.elements).map(([year, element]) => ({
      factor: `${spend.source}:${element}`,
      region: spend.region,
      year: Number(year),
      ...(fixed === undefined ? { when: { ratioCategory: category.id } } : {}),
    })),
  );
  return { ...type, candidates };
}

function checkActivityType(type: TActivityType, profiles: ReadonlyMap<string, TStageProfile>, gwp: TGwpTable): void {
  const profile = profiles.get(type.profile) ?? invalid(`${type.id}: unknown profile ${type.profile}`);
  for (const [from, to] of Object.entries(type.unitAliases ?? {})) {
    if (!isKnownUnit(from) || !isKnownUnit(to)) invalid(`${type.id}: alias ${from} → ${to} uses an unknown unit`);
    if (dimensionOf(to) !== type.dimension) invalid(`${type.id}: alias target ${to} is not a ${type.dimension} unit`);
  }
  for (const [direction, name] of Object.entries(type.directions?.profiles ?? {})) {
    if (!profiles.has(name)) invalid(`${type.id}: direction ${direction} uses unknown profile ${name}`);
  }
  if (type.directions && type.profile !== type.directions.profiles[type.directions.default])
    invalid(`${type.id}: profile ${type.profile} is not the one of its default direction`);
  const country = type.optionDefaults?.country;
  if (country && !type.candidates.some((c) => "when" in c && c.when?.country === country))
    invalid(`${type.id}: default country ${country} has no candidate`);
  for (const candidate of type.candidates) {
    if ("select" in candidate) continue;
    if (candidate.when?.purpose !== undefined) invalid(`${type.id}: a purpose classifies, it never picks a factor`);
    const stages = [candidate.stage, ...(candidate.extras ?? []).map((extra) => extra.stage)];
    for (const stage of stages) {
      if (stage && !profile.stages[stage])
        invalid(`${type.id}: profile ${type.profile} does not classify stage ${stage}`);
    }
    const [min, max] = candidate.legKm ?? [0, null];
    if (max !== null && max <= min) invalid(`${type.id}: empty legKm band ${min}-${max}`);
    if (
      candidate.factor.startsWith("assessed:") &&
      (candidate.factor !== "assessed:kgCO2e" || type.dimension !== "emissions")
    )
      invalid(`${type.id}: the assessed identity factor is assessed:kgCO2e, for emissions types only`);
    if (candidate.factor.startsWith("gwp:")) {
      const [, set, gas] = candidate.factor.split(":");
      if (!gas || !(gas in gwp.refrigerants) || (set !== "AR5" && set !== "AR6"))
        invalid(`${type.id}: unknown GWP ref ${candidate.factor}`);
    }
  }
}

let shipped: TCalcMappings | undefined;

// The shipped tables, parsed and cross-checked once per process.
export function loadCalcMappings(): TCalcMappings {
  shipped ??= parseCalcMappings(SHIPPED_MAPPINGS);
  return shipped;
}

// Units a form may offer for an activity type: every unit of its dimension that converts to its factors
// (fuel-energy units only for types that read plain kWh as PCS or PCI).
export function acceptedUnits(type: TActivityType): TUnit[] {
  const aliases = type.unitAliases ?? {};
  const aliasTargets = new Set(Object.values(aliases));
  return UNITS.filter((unit) => {
    if (dimensionOf(unit) !== type.dimension) return false;
    if (type.dimension !== "energy") return true;
    const fuelBasis = unit.endsWith("_PCS") || unit.endsWith("_PCI");
    return aliasTargets.size === 0 ? !fuelBasis : fuelBasis || unit in aliases;
  });
}
