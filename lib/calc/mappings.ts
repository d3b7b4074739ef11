import activityTypesJson from "@/emission-factors/mappings/activity-types.json";
import begesPostesJson from "@/emission-factors/mappings/beges-postes.json";
import ghgCategoriesJson from "@/emission-factors/mappings/ghg-categories.json";
import gwpJson from "@/emission-factors/mappings/gwp.json";
import stageProfilesJson from "@/emission-factors/mappings/stage-profiles.json";
import { CalcError } from "@/lib/calc/errors";
import {
  type TActivityType,
  type TGwpTable,
  type TStageProfile,
  ZActivityTypes,
  ZBegesPostes,
  ZGhgCategories,
  ZGwpTable,
  ZStageProfiles,
} from "@/lib/calc/mapping-schemas";
import { dimensionOf, isKnownUnit, type TUnit, UNITS } from "@/lib/calc/units";

export interface TCalcMappings {
  readonly activityTypes: ReadonlyMap<string, TActivityType>;
  readonly profiles: ReadonlyMap<string, TStageProfile>;
  readonly begesPostes: ReadonlyMap<string, { category: number; labelFr: string; labelEn: string }>;
  readonly ghgCategories: ReadonlyMap<number, { labelFr: string; labelEn: string }>;
  readonly gwp: TGwpTable;
}

// Raw inputs as read from disk; tests pass edited copies to check the cross-table validation.
export interface TRawMappings {
  activityTypes: unknown;
  stageProfiles: unknown;
  begesPostes: unknown;
  ghgCategories: unknown;
  gwp: unknown;
}

export const SHIPPED_MAPPINGS: TRawMappings = {
  activityTypes: activityTypesJson,
  stageProfiles: stageProfilesJson,
  begesPostes: begesPostesJson,
  ghgCategories: ghgCategoriesJson,
  gwp: gwpJson,
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

  for (const [name, profile] of profiles) {
    for (const target of [profile.undecomposed, ...Object.values(profile.stages)]) {
      if (target && !begesPostes.has(target.begesPoste))
        invalid(`profile ${name} uses unknown BEGES poste ${target.begesPoste}`);
    }
  }
  const activityTypes = new Map<string, TActivityType>();
  for (const type of types) {
    if (activityTypes.has(type.id)) invalid(`duplicate activity type ${type.id}`);
    activityTypes.set(type.id, type);
    checkActivityType(type, profiles, gwp);
  }
  return { activityTypes, profiles, begesPostes, ghgCategories, gwp };
}

function checkActivityType(type: TActivityType, profiles: ReadonlyMap<string, TStageProfile>, gwp: TGwpTable): void {
  const profile = profiles.get(type.profile) ?? invalid(`${type.id}: unknown profile ${type.profile}`);
  for (const [from, to] of Object.entries(type.unitAliases ?? {})) {
    if (!isKnownUnit(from) || !isKnownUnit(to)) invalid(`${type.id}: alias ${from} → ${to} uses an unknown unit`);
    if (dimensionOf(to) !== type.dimension) invalid(`${type.id}: alias target ${to} is not a ${type.dimension} unit`);
  }
  const country = type.optionDefaults?.country;
  if (country && !type.candidates.some((c) => "when" in c && c.when?.country === country))
    invalid(`${type.id}: default country ${country} has no candidate`);
  for (const candidate of type.candidates) {
    if ("select" in candidate) continue;
    const stages = [candidate.stage, ...(candidate.extras ?? []).map((extra) => extra.stage)];
    for (const stage of stages) {
      if (stage && !profile.stages[stage])
        invalid(`${type.id}: profile ${type.profile} does not classify stage ${stage}`);
    }
    const [min, max] = candidate.legKm ?? [0, null];
    if (max !== null && max <= min) invalid(`${type.id}: empty legKm band ${min}-${max}`);
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
