import { CalcError } from "@/lib/calc/errors";
import type { TExpandedCandidate, TFactorIndex, TSpendIndex, TTypeIndex } from "@/lib/calc/factor-index";
import { defaultSeatClass } from "@/lib/calc/flights";
import { lineOptionsOf, NO_LINE_OPTIONS } from "@/lib/calc/line-options";
import { buildLinePlan, type TLinePlan } from "@/lib/calc/line-plan";
import { type TStageProfile, type TVariantWhen, VARIANT_KEYS } from "@/lib/calc/mapping-schemas";
import {
  type TActivityOptions,
  type TCalcSettings,
  DEFAULT_CALC_SETTINGS,
  type TResolution,
  type TResolvedVariant,
} from "@/lib/calc/types";

// Factor resolution: (activity type, region, year, options) → exactly one factor, or an explicit error.
// Fallbacks, in order, each recorded in the resolution rule:
//   region: the activity's country → '*' (a factor valid everywhere) → EU (European countries) → WORLD;
//   year, within a region: exact → undated → nearest earlier (ratio-year-fallback for spend after the
//   latest published ratio) → nearest later.
// An explicit choice (activity.factorId, or the organisation's override for the type) wins: rule
// 'custom' for an organisation factor, 'selected' for a library one.
// Spend: the ratio category is a variant like a fuel; the purpose never picks a factor, only the profile.
// Freight direction, hosting PUE and the capital-goods method never pick a factor either (line-options.ts).

export interface TResolveQuery {
  readonly activityTypeId: string;
  readonly region: string;
  readonly year: number;
  readonly options?: TActivityOptions;
  readonly factorId?: string;
}

// EU27 + EEA + Switzerland and the UK: countries for which an EU-wide factor is a closer proxy than WORLD.
const EUROPEAN = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB".split(" "),
);
const chains = new Map<string, readonly string[]>();

export function regionChain(region: string): readonly string[] {
  let chain = chains.get(region);
  if (!chain) {
    const list = [region, "*"];
    if (EUROPEAN.has(region)) list.push("EU");
    if (region !== "WORLD") list.push("WORLD");
    chain = Object.freeze(list);
    chains.set(region, chain);
  }
  return chain;
}

interface TVariant {
  readonly key: string;
  readonly when: TResolvedVariant;
  readonly legKm?: number;
  readonly profile?: TStageProfile; // spend: the purpose's profile, instead of the type's
}
const NO_VARIANT: TVariant = Object.freeze({ key: "", when: Object.freeze({}) });

// Spend lines: the purpose (stated, else the type's default) picks the profile; an unknown or missing
// purpose or ratio category is refused, never guessed.
function spendPurpose(typeIdx: TTypeIndex, options: TActivityOptions | undefined) {
  const { type, spend } = typeIdx;
  if (spend === null) return null;
  const purpose = options?.purpose ?? type.optionDefaults?.purpose;
  if (purpose === undefined)
    throw new CalcError("MISSING_OPTION", `${type.id} needs the spend purpose (options.purpose)`, {
      typeId: type.id,
      option: "purpose",
    });
  const profile = spend.profiles.get(purpose);
  if (!profile) throw unknownOption(type.id, "purpose", purpose, [...spend.profiles.keys()]);
  return { purpose, profile };
}

function spendCategory(typeIdx: TTypeIndex, options: TActivityOptions | undefined): string {
  const { type, spend } = typeIdx;
  const stated = options?.ratioCategory;
  const fixed = spend?.fixedCategory ?? null;
  if (fixed !== null) {
    if (stated !== undefined && stated !== fixed) throw unknownOption(type.id, "ratioCategory", stated, [fixed]);
    return fixed;
  }
  if (stated === undefined)
    throw new CalcError("MISSING_OPTION", `${type.id} needs the monetary-ratio category (options.ratioCategory)`, {
      typeId: type.id,
      option: "ratioCategory",
    });
  if (!spend?.categories.has(stated))
    throw unknownOption(type.id, "ratioCategory", stated, [...(spend?.categories ?? [])]);
  return stated;
}

function unknownOption(typeId: string, option: string, value: string, allowed: readonly string[]): CalcError {
  return new CalcError("UNKNOWN_OPTION", `${typeId}: unknown ${option} ${value}`, { typeId, option, value, allowed });
}

function spendVariant(typeIdx: TTypeIndex, spend: TSpendIndex, options: TActivityOptions | undefined): TVariant {
  const stated = options?.ratioCategory ?? "";
  let byPurpose = spend.variants.get(stated);
  if (!byPurpose) spend.variants.set(stated, (byPurpose = new Map()));
  const statedPurpose = options?.purpose ?? "";
  let variant = byPurpose.get(statedPurpose);
  if (!variant) {
    const ratioCategory = spendCategory(typeIdx, options);
    const { purpose, profile } = spendPurpose(typeIdx, options) as NonNullable<ReturnType<typeof spendPurpose>>;
    variant = Object.freeze({
      key: `${ratioCategory}|${purpose}`,
      when: Object.freeze({ ratioCategory, purpose }),
      profile,
    });
    byPurpose.set(statedPurpose, variant);
  }
  return variant;
}

const ISO_COUNTRY = /^[A-Z]{2}$/;

function variantOf(
  typeIdx: TTypeIndex,
  region: string,
  options: TActivityOptions | undefined,
  settings: TCalcSettings,
): TVariant {
  const { variantKeys, bandEdges, type } = typeIdx;
  if (typeIdx.spend !== null) return spendVariant(typeIdx, typeIdx.spend, options);
  if (variantKeys.length === 0 && bandEdges === null) return NO_VARIANT;
  const legKm = options?.legKm;
  if (bandEdges !== null && legKm === undefined) {
    throw new CalcError("MISSING_OPTION", `${type.id} needs the one-way leg distance (options.legKm)`, {
      typeId: type.id,
    });
  }
  const defaults = type.optionDefaults ?? {};
  const when: { -readonly [K in keyof TVariantWhen]: TVariantWhen[K] } = {};
  let key = "";
  for (const name of variantKeys) {
    if (name === "contrails") when.contrails = options?.includeContrails ?? settings.includeContrails;
    else if (name === "gwpSet") when.gwpSet = settings.gwpSet;
    else if (name === "seatClass")
      when.seatClass =
        options?.seatClass ?? defaults.seatClass ?? (legKm === undefined ? undefined : defaultSeatClass(legKm));
    else if (name === "fuel") when.fuel = options?.fuel ?? defaults.fuel;
    else if (name === "country")
      // The hotel's country: stated, else where the activity happens, else the type's default (FR).
      when.country = options?.country ?? (ISO_COUNTRY.test(region) && region !== "EU" ? region : defaults.country);
    else if (name === "network") when.network = options?.network ?? defaults.network;
    else if (name === "treatment") when.treatment = options?.treatment ?? defaults.treatment;
    key += `${String(when[name])}|`;
  }
  if (bandEdges !== null && legKm !== undefined) key += bandEdges.filter((edge) => edge < legKm).length; // (min, max] bands
  return { key, when, legKm };
}

function withLineOptions(variant: TVariant, extra: ReturnType<typeof lineOptionsOf>): TVariant {
  if (extra === NO_LINE_OPTIONS) return variant;
  return {
    key: `${variant.key}#${extra.key}`,
    when: { ...variant.when, ...extra.when },
    ...(variant.legKm === undefined ? {} : { legKm: variant.legKm }),
    profile: extra.profile ?? variant.profile,
  };
}

function matches(candidate: TExpandedCandidate, variant: TVariant): boolean {
  for (const name of VARIANT_KEYS) {
    const required = candidate.when[name];
    if (required !== undefined && required !== variant.when[name]) return false;
  }
  const band = candidate.legKm;
  if (band === null) return true;
  const km = variant.legKm;
  return km !== undefined && km > band[0] && (band[1] === null || km <= band[1]);
}

function pickYear(candidates: readonly TExpandedCandidate[], year: number, isMoney: boolean) {
  let exact, undated, earlier, later;
  for (const c of candidates) {
    if (c.year === null) undated ??= c;
    else if (c.year === year) exact = c;
    else if (c.year < year) earlier = earlier && (earlier.year as number) >= c.year ? earlier : c;
    else later = later && (later.year as number) <= c.year ? later : c;
  }
  if (exact) return { candidate: exact, yearRule: "exact" };
  if (undated) return { candidate: undated, yearRule: "undated" };
  // Spend after the latest published monetary ratio uses that ratio, undeflated (methodology.md).
  if (earlier) return { candidate: earlier, yearRule: isMoney && !later ? "ratio-year-fallback" : "earlier-year" };
  return later ? { candidate: later, yearRule: "later-year" } : undefined;
}

function resolveDefault(typeIdx: TTypeIndex, region: string, year: number, variant: TVariant): TLinePlan {
  const matching = typeIdx.candidates.filter((c) => matches(c, variant));
  for (const served of regionChain(region)) {
    const picked = pickYear(
      matching.filter((c) => c.region === served),
      year,
      typeIdx.type.dimension === "money",
    );
    if (!picked) continue;
    const regionRule = served === region || served === "*" ? null : `region-fallback:${served}`;
    const rule =
      regionRule === null
        ? picked.yearRule
        : picked.yearRule === "exact"
          ? regionRule
          : `${regionRule}+${picked.yearRule}`;
    const { candidate } = picked;
    const resolution: TResolution = Object.freeze({
      activityTypeId: typeIdx.type.id,
      rule,
      factorIds: candidate.components.map((c) => c.factor.id),
      factorRegion: served,
      factorYear: candidate.year,
      variant: variant.when,
      legKmBand: candidate.legKm,
    });
    return buildLinePlan(candidate, variant.profile ?? typeIdx.profile, resolution);
  }
  const country = variant.when.country;
  if (country !== undefined && !typeIdx.candidates.some((c) => c.when.country === country)) {
    const countries = [...new Set(typeIdx.candidates.map((c) => c.when.country).filter((c) => c !== undefined))];
    throw new CalcError(
      "NO_FACTOR",
      `no ${typeIdx.type.id} factor for country ${country}; published for ${countries.sort().join(", ")}`,
      { typeId: typeIdx.type.id, option: "country", country, countries },
    );
  }
  const treatment = variant.when.treatment;
  if (treatment !== undefined && !typeIdx.candidates.some((c) => c.when.treatment === treatment)) {
    const treatments = [...new Set(typeIdx.candidates.map((c) => c.when.treatment).filter((t) => t !== undefined))];
    throw new CalcError("NO_FACTOR", `ADEME publishes no ${treatment} factor for ${typeIdx.type.id}`, {
      typeId: typeIdx.type.id,
      option: "treatment",
      treatment,
      treatments,
    });
  }
  throw new CalcError("NO_FACTOR", `no factor for ${typeIdx.type.id} in ${region} ${year}`, {
    typeId: typeIdx.type.id,
    region,
    year,
    variant: variant.when,
    legKm: variant.legKm,
  });
}

function resolveChosen(
  index: TFactorIndex,
  typeIdx: TTypeIndex,
  factorId: string,
  options: TActivityOptions | undefined,
  settings: TCalcSettings,
): TLinePlan {
  // A chosen factor replaces the value, never the classification: a spend line keeps its purpose's, a
  // freight line its direction's, equipment its capital-goods method.
  const spend = spendPurpose(typeIdx, options);
  const extra = lineOptionsOf(typeIdx, options, settings);
  const key = `${spend === null ? factorId : `${factorId}|${spend.purpose}`}#${extra.key}`;
  let plan = typeIdx.chosenPlans.get(key);
  if (!plan) {
    const factor = index.byId.get(factorId) ?? index.byRef.get(factorId);
    if (!factor) throw new CalcError("UNKNOWN_FACTOR", `factor ${factorId} is not loaded`, { factorId });
    const candidate: TExpandedCandidate = {
      region: factor.region,
      year: factor.referenceYear,
      when: {},
      legKm: null,
      components: [{ factor, stage: null }],
      flags: [],
    };
    const resolution: TResolution = Object.freeze({
      activityTypeId: typeIdx.type.id,
      rule: factor.custom ? "custom" : "selected",
      factorIds: [factor.id],
      factorRegion: factor.region,
      factorYear: factor.referenceYear,
      variant: spend === null ? extra.when : { purpose: spend.purpose, ...extra.when },
      legKmBand: null,
    });
    plan = buildLinePlan(candidate, spend?.profile ?? extra.profile ?? typeIdx.profile, resolution);
    typeIdx.chosenPlans.set(key, plan);
  }
  return plan;
}

export function typeIndexOf(index: TFactorIndex, activityTypeId: string): TTypeIndex {
  const typeIdx = index.types.get(activityTypeId);
  if (!typeIdx)
    throw new CalcError("UNKNOWN_ACTIVITY_TYPE", `unknown activity type ${activityTypeId}`, { activityTypeId });
  return typeIdx;
}

// The resolved plan (factor + precomputed line split); memoised per distinct query on the index.
export function resolvePlan(
  index: TFactorIndex,
  query: TResolveQuery,
  settings: TCalcSettings = DEFAULT_CALC_SETTINGS,
): TLinePlan {
  return resolvePlanOf(index, typeIndexOf(index, query.activityTypeId), query, settings);
}

export function resolvePlanOf(
  index: TFactorIndex,
  typeIdx: TTypeIndex,
  query: TResolveQuery,
  settings: TCalcSettings,
): TLinePlan {
  const chosen = query.factorId ?? settings.factorOverrides[query.activityTypeId];
  if (chosen !== undefined) return resolveChosen(index, typeIdx, chosen, query.options, settings);
  const variant = withLineOptions(
    variantOf(typeIdx, query.region, query.options, settings),
    lineOptionsOf(typeIdx, query.options, settings),
  );
  let byYear = typeIdx.plans.get(query.region);
  if (!byYear) typeIdx.plans.set(query.region, (byYear = new Map()));
  let byVariant = byYear.get(query.year);
  if (!byVariant) byYear.set(query.year, (byVariant = new Map()));
  let plan = byVariant.get(variant.key);
  if (!plan) byVariant.set(variant.key, (plan = resolveDefault(typeIdx, query.region, query.year, variant)));
  return plan;
}

export function resolveFactor(index: TFactorIndex, query: TResolveQuery, settings?: TCalcSettings): TResolution {
  return resolvePlan(index, query, settings).resolution;
}
