import { CalcError } from "@/lib/calc/errors";
import type { TFactorIndex } from "@/lib/calc/factor-index";
import { capitalGoodsShare } from "@/lib/calc/line-options";
import type { TLinePlan } from "@/lib/calc/line-plan";
import type { TActivityType } from "@/lib/calc/mapping-schemas";
import { resolvePlanOf, typeIndexOf } from "@/lib/calc/resolve";
import {
  type TActivityInput,
  type TCalcSettings,
  type TCapitalGoodsShare,
  type TComputeResult,
  type TEmissionLineDraft,
  type TExcludedStage,
  type TMarketInstrument,
  DEFAULT_CALC_SETTINGS,
} from "@/lib/calc/types";
import { conversion, normalizeUnit, type TConversion } from "@/lib/calc/units";

// activity × resolved factor → emission lines. The published element total is authoritative: the
// activity's total is quantity (in the factor unit) × element value, and stage rows only split it pro rata.

let anonymousActivities = 0;

// The input unit as this activity type reads it (kWh on a gas bill = kWh PCS), then to the factor unit.
function inputUnitOf(type: TActivityType, unit: string): string {
  const normalized = normalizeUnit(unit);
  return type.unitAliases?.[normalized] ?? normalized;
}

function toFactorUnit(plan: TLinePlan, type: TActivityType, unit: string): TConversion {
  let found = plan.conversions.get(unit);
  if (!found) {
    found = conversion(inputUnitOf(type, unit), plan.unit, { pcsPerPci: type.pcsPerPci });
    plan.conversions.set(unit, found);
  }
  return found;
}

// Market-based scope 2 for this activity: quantity × the contractual / residual-mix factor, or null.
function marketTotal(
  activity: TActivityInput,
  type: TActivityType,
  instrument: TMarketInstrument | undefined,
  scale: number,
): number | null {
  if (!instrument) return null;
  const { mul, div } = conversion(inputUnitOf(type, activity.unit), instrument.unit, { pcsPerPci: type.pcsPerPci });
  return ((activity.quantity * mul) / div) * scale * instrument.kgCO2ePerUnit;
}

export function computeActivity(
  activity: TActivityInput,
  index: TFactorIndex,
  settings: TCalcSettings = DEFAULT_CALC_SETTINGS,
): TComputeResult {
  if (!Number.isFinite(activity.quantity)) {
    throw new CalcError("INVALID_QUANTITY", `quantity ${activity.quantity} is not a finite number`, {
      quantity: activity.quantity,
    });
  }
  const typeIdx = typeIndexOf(index, activity.activityTypeId);
  const { type } = typeIdx;
  const plan = resolvePlanOf(index, typeIdx, activity, settings);
  const { mul, div } = toFactorUnit(plan, type, activity.unit);
  // PUE scales hosting energy; capital goods carry this reporting year's share of their footprint.
  const { pue, capitalGoodsMethod, lifetimeYears } = plan.resolution.variant;
  let capitalGoods: TCapitalGoodsShare | undefined;
  let scale = pue ?? 1;
  if (capitalGoodsMethod !== undefined) {
    const reportingYear = activity.reportingYear ?? activity.year;
    capitalGoods = capitalGoodsShare(capitalGoodsMethod, lifetimeYears ?? null, activity.year, reportingYear);
    scale *= capitalGoods.share;
  }
  const quantity = ((activity.quantity * mul) / div) * scale;
  const activityUncertainty = activity.uncertaintyPct ?? 0;
  const activityId = activity.id ?? null;
  const correlationKey = activityId ?? `#${++anonymousActivities}`;
  const instrument = plan.hasScope2 ? (activity.marketInstrument ?? settings.marketInstruments[type.id]) : undefined;
  const market = plan.hasScope2 ? marketTotal(activity, type, instrument, scale) : null;
  const { resolution, contrailsIncluded } = plan;

  const lines: TEmissionLineDraft[] = [];
  let excluded: TExcludedStage[] | undefined;
  for (const { factor, templates, bookedShare, excluded: left } of plan.components) {
    const full = quantity * factor.value;
    const total = bookedShare === 1 ? full : full * bookedShare; // what the lines add up to
    for (const e of left)
      (excluded ??= []).push({
        factorId: factor.id,
        stage: e.stage,
        share: e.share,
        kgCO2e: full * e.share,
        reason: e.reason,
      });
    const factorUncertainty = factor.uncertaintyPct;
    const uncertaintyPct =
      factorUncertainty === null
        ? activityUncertainty
        : Math.sqrt(activityUncertainty * activityUncertainty + factorUncertainty * factorUncertainty);
    let assigned = 0;
    for (const t of templates) {
      const kgCO2e = t.last ? total - assigned : full * t.share;
      assigned += kgCO2e;
      const isScope2 = t.scope === 2;
      lines.push({
        activityId,
        activityTypeId: type.id,
        stage: t.stage,
        scope: t.scope,
        ghgCategory: t.ghgCategory,
        begesPoste: t.begesPoste,
        kgCO2e,
        marketKgCO2e: !isScope2 ? null : market === null ? kgCO2e : market * t.scope2Share,
        marketBasis: !isScope2 ? null : market === null ? "location-fallback" : (instrument as TMarketInstrument).basis,
        co2f: t.co2f === null ? null : quantity * t.co2f,
        ch4f: t.ch4f === null ? null : quantity * t.ch4f,
        ch4b: t.ch4b === null ? null : quantity * t.ch4b,
        n2o: t.n2o === null ? null : quantity * t.n2o,
        otherGases: t.other === null ? null : quantity * t.other,
        co2b: t.co2b === null ? null : quantity * t.co2b,
        quantity,
        factorUnit: plan.unit,
        factorId: factor.id,
        factorValue: factor.value,
        stageShare: t.share,
        resolutionRule: resolution.rule,
        gwpSet: factor.gwpSet,
        uncertaintyPct,
        factorUncertaintyKnown: factorUncertainty !== null,
        contrailsIncluded,
        flags: t.flags,
        correlationKey,
      });
    }
  }
  return {
    lines,
    resolution,
    ...(capitalGoods === undefined ? {} : { capitalGoods }),
    ...(excluded === undefined ? {} : { excluded }),
  };
}

export type TBatchOutcome =
  | { readonly activity: TActivityInput; readonly ok: true; readonly result: TComputeResult }
  | { readonly activity: TActivityInput; readonly ok: false; readonly error: CalcError };

// For recalculation jobs: one outcome per activity, so one bad row (unknown unit, no factor) is reported
// against that row instead of aborting the batch. Errors other than CalcError are bugs and still throw.
export function computeActivities(
  activities: readonly TActivityInput[],
  index: TFactorIndex,
  settings: TCalcSettings = DEFAULT_CALC_SETTINGS,
): TBatchOutcome[] {
  return activities.map((activity) => {
    try {
      return { activity, ok: true, result: computeActivity(activity, index, settings) };
    } catch (error) {
      if (error instanceof CalcError) return { activity, ok: false, error };
      throw error;
    }
  });
}
