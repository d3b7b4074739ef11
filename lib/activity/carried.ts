import { capitalGoodsShare, loadCalcMappings } from "@/lib/calc";
import { ZActivityDataOptions } from "@/lib/activity/schemas";
import {
  computeStoredActivities,
  settingsOf,
  yearOf,
  type TActivityForCalc,
  type TCalcContext,
  type TPeriodContext,
} from "@/lib/activity/engine-input";
import type { TLineOwner, TRoundedLines } from "@/lib/activity/lines";

// Amortised equipment carried into later periods. A laptop bought in 2024 and amortised over 4 years
// (its acquisition period's capitalGoodsMethod governs) reports 1/4 of its footprint in 2024, and also
// in 2025, 2026 and 2027 when the organisation has those periods: the same activity, computed with
// reportingYear = the later period's year, stored as lines whose periodId is the later period (the period
// the emission is reported in). Locked periods are frozen: their carried lines are never rewritten here.

export type TCarryTarget = { readonly periodId: string; readonly year: number; readonly share: number };
export type TCarriedItem = { readonly owner: TLineOwner; readonly rounded: TRoundedLines; readonly year: number };

type TCarrySource = TActivityForCalc & { productId: string | null };

/** The later periods (with the share each carries) an activity reaches; none unless it is amortised equipment. */
export function carryTargets(activity: TActivityForCalc, ctx: TPeriodContext): TCarryTarget[] {
  const type = loadCalcMappings().activityTypes.get(activity.activityTypeId);
  if (!type?.capitalGoods || !ctx.periods) return [];
  if (settingsOf(ctx, activity.periodId).capitalGoodsMethod !== "amortised") return [];
  const periodYear = ctx.periodYear.get(activity.periodId);
  if (periodYear === undefined) return [];
  const parsed = ZActivityDataOptions.safeParse(activity.options ?? {});
  const lifetime = (parsed.success ? parsed.data.lifetimeYears : undefined) ?? type.capitalGoods.lifetimeYears;
  if (lifetime === null) return [];
  const acquisitionYear = yearOf(activity, periodYear);
  return ctx.periods
    .filter((p) => p.id !== activity.periodId && p.year > periodYear)
    .map((p) => ({
      periodId: p.id,
      year: p.year,
      share: capitalGoodsShare("amortised", lifetime, acquisitionYear, p.year).share,
    }))
    .filter((t) => t.share > 0)
    .sort((a, b) => a.year - b.year);
}

const isOpen = (ctx: TPeriodContext, periodId: string) =>
  ctx.periods?.find((p) => p.id === periodId)?.status === "OPEN";

/** Years of locked periods the activity carries into: a single edit of it is refused (CARRIED_PERIOD_LOCKED). */
export function lockedCarryYears(activity: TActivityForCalc, ctx: TPeriodContext): number[] {
  return carryTargets(activity, ctx)
    .filter((t) => !isOpen(ctx, t.periodId))
    .map((t) => t.year);
}

/**
 * The carried lines of these (already computed) activities, one item per later period. Open periods only,
 * unless `includeLocked` (the demo seed, which writes locked periods on purpose). An activity the engine
 * cannot compute carries nothing (its own computation already failed and refused the write).
 */
export function carriedItems(
  organizationId: string,
  activities: readonly TCarrySource[],
  ctx: TCalcContext,
  { includeLocked = false, onlyPeriodId }: { includeLocked?: boolean; onlyPeriodId?: string } = {},
): TCarriedItem[] {
  const jobs: { activity: TCarrySource; target: TCarryTarget }[] = [];
  for (const activity of activities)
    for (const target of carryTargets(activity, ctx))
      if ((includeLocked || isOpen(ctx, target.periodId)) && (!onlyPeriodId || onlyPeriodId === target.periodId))
        jobs.push({ activity, target });
  if (jobs.length === 0) return [];
  // The acquisition period's settings govern (settingsOf reads activity.periodId, left unchanged here).
  const outcomes = computeStoredActivities(
    jobs.map(({ activity, target }) => ({ ...activity, reportingYear: target.year })),
    ctx,
  );
  const items: TCarriedItem[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const { activity, target } = jobs[i] as (typeof jobs)[number];
    if (!outcome.ok) continue;
    const owner: TLineOwner = {
      organizationId,
      activityId: activity.id,
      periodId: target.periodId,
      siteId: activity.siteId,
      productId: activity.productId,
      activityTypeId: activity.activityTypeId,
    };
    items.push({ owner, rounded: outcome.rounded, year: target.year });
  }
  return items;
}
