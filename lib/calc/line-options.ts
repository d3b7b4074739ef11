import { CalcError } from "@/lib/calc/errors";
import type { TTypeIndex } from "@/lib/calc/factor-index";
import type { TStageProfile } from "@/lib/calc/mapping-schemas";
import type { TActivityOptions, TCalcSettings, TCapitalGoodsShare, TResolvedVariant } from "@/lib/calc/types";

// Options that classify or scale a line without picking its factor: the freight direction (picks the
// stage profile), the hosting PUE (multiplies the energy), and the capital-goods method and lifetime
// (spread an equipment's footprint over the reporting years). They are part of the resolution's variant,
// so they are recorded with the factor that was used.

type TMutableVariant = { -readonly [K in keyof TResolvedVariant]: TResolvedVariant[K] };

export interface TLineOptions {
  readonly key: string;
  readonly when: Readonly<TResolvedVariant>;
  readonly profile: TStageProfile | undefined; // freight: the direction's profile
}

export const NO_LINE_OPTIONS: TLineOptions = Object.freeze({ key: "", when: Object.freeze({}), profile: undefined });

// An option the type does not take is refused rather than ignored: it would change nothing, silently.
function refuseForeign(typeIdx: TTypeIndex, options: TActivityOptions | undefined): void {
  const { type } = typeIdx;
  const foreign =
    options?.direction !== undefined && !type.directions
      ? "direction"
      : options?.pue !== undefined && !type.acceptsPue
        ? "pue"
        : options?.lifetimeYears !== undefined && !type.capitalGoods
          ? "lifetimeYears"
          : null;
  if (foreign !== null)
    throw new CalcError("UNKNOWN_OPTION", `${type.id} takes no ${foreign} option`, {
      typeId: type.id,
      option: foreign,
      value: String(options?.[foreign]),
      allowed: [],
    });
}

export function lineOptionsOf(
  typeIdx: TTypeIndex,
  options: TActivityOptions | undefined,
  settings: TCalcSettings,
): TLineOptions {
  if (options !== undefined) refuseForeign(typeIdx, options);
  const { type } = typeIdx;
  if (!type.directions && !type.capitalGoods && !type.acceptsPue) return NO_LINE_OPTIONS;
  const when: TMutableVariant = {};
  let key = "";
  let profile: TStageProfile | undefined;
  if (type.directions) {
    const direction = options?.direction ?? type.directions.default;
    when.direction = direction;
    profile = typeIdx.directionProfiles?.get(direction);
    key += `d:${direction}|`;
  }
  if (type.acceptsPue) {
    when.pue = options?.pue ?? 1;
    key += `p:${when.pue}|`;
  }
  if (type.capitalGoods) {
    const method = settings.capitalGoodsMethod;
    const lifetime = options?.lifetimeYears ?? type.capitalGoods.lifetimeYears;
    if (method === "amortised" && lifetime === null)
      throw new CalcError("MISSING_OPTION", `${type.id} publishes no default lifetime: state options.lifetimeYears`, {
        typeId: type.id,
        option: "lifetimeYears",
      });
    when.capitalGoodsMethod = method;
    when.lifetimeYears = lifetime;
    key += `c:${method}:${lifetime}|`;
  }
  return { key, when, profile };
}

/**
 * The share of an equipment's footprint a reporting year carries. Whole: all of it in the acquisition
 * year, nothing in the others. Amortised over L years: 1/L in each full year from the acquisition year,
 * the fraction left in the last one when L is not whole (6.6 years: six years of 1/6.6, then 0.6/6.6).
 */
export function capitalGoodsShare(
  method: TCapitalGoodsShare["method"],
  lifetimeYears: number | null,
  acquisitionYear: number,
  reportingYear: number,
): TCapitalGoodsShare {
  const k = reportingYear - acquisitionYear;
  let share: number;
  if (method === "whole") share = k === 0 ? 1 : 0;
  else {
    const lifetime = lifetimeYears as number;
    share = k < 0 ? 0 : Math.max(0, Math.min(1, lifetime - k)) / lifetime;
  }
  return { method, lifetimeYears, acquisitionYear, reportingYear, share };
}
