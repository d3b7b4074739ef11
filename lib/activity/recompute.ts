import type { Prisma, Tx } from "@/lib/db/client";
import { carriedItems } from "@/lib/activity/carried";
import { computeStoredActivities, type TCalcContext } from "@/lib/activity/engine-input";
import type { TRowError } from "@/lib/activity/errors";
import type { TLineOwner, TRoundedLines } from "@/lib/activity/lines";
import { replaceLines, updateDerived } from "@/lib/activity/write";
import type { DbClient } from "@/lib/factors/org-index";

// Recalculating stored activities: compute them all in memory, keep the ones whose lines would not
// change, and replace the lines of the others in the caller's transaction. Used by recomputeActivities
// and by the acceptance of a new factor release.

export const CALC_SELECT = {
  id: true,
  periodId: true,
  siteId: true,
  productId: true,
  activityTypeId: true,
  quantity: true,
  unit: true,
  region: true,
  activityDate: true,
  activityYear: true,
  options: true,
  uncertaintyPct: true,
  customFactorId: true,
  libraryFactorId: true,
  dataQuality: true,
  marketInstrument: true,
  kgCO2e: true,
  linesDigest: true,
} as const satisfies Prisma.ActivityDataSelect;

export type TStoredActivity = Prisma.ActivityDataGetPayload<{ select: typeof CALC_SELECT }>;

/** The organisation's activities in its OPEN periods (or in the given ones), oldest first. */
export async function loadOpenActivities(tx: DbClient, organizationId: string, periodIds?: readonly string[]) {
  return tx.activityData.findMany({
    where: {
      organizationId,
      period: { organizationId, status: "OPEN" },
      ...(periodIds ? { periodId: { in: [...periodIds] } } : {}),
    },
    select: CALC_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export const ownerOf = (
  organizationId: string,
  a: Pick<TStoredActivity, "id" | "periodId" | "siteId" | "productId" | "activityTypeId">,
): TLineOwner => ({
  organizationId,
  activityId: a.id,
  periodId: a.periodId,
  siteId: a.siteId,
  productId: a.productId,
  activityTypeId: a.activityTypeId,
});

export type TRecomputeChange = {
  readonly activity: TStoredActivity;
  readonly rounded: TRoundedLines;
  readonly customFactorId: string | null;
  readonly emissionsChanged: boolean; // kgCO2e differs (else only the factor references or metadata moved)
};

export type TRecomputePlan = {
  readonly total: number;
  readonly changes: readonly TRecomputeChange[];
  readonly failures: readonly TRowError[];
};

export function planRecompute(activities: readonly TStoredActivity[], ctx: TCalcContext): TRecomputePlan {
  const outcomes = computeStoredActivities(activities, ctx);
  const changes: TRecomputeChange[] = [];
  const failures: TRowError[] = [];
  for (const [row, outcome] of outcomes.entries()) {
    const activity = activities[row] as TStoredActivity;
    if (!outcome.ok) {
      failures.push({ ...outcome.error, row, activityId: activity.id });
      continue;
    }
    const { rounded, customFactorId } = outcome;
    if (rounded.digest === activity.linesDigest && customFactorId === activity.customFactorId) continue;
    changes.push({
      activity,
      rounded,
      customFactorId,
      emissionsChanged: rounded.kgCO2e !== activity.kgCO2e.toFixed(6),
    });
  }
  return { total: activities.length, changes, failures };
}

/**
 * Writes a plan's changes: new lines (with those amortised equipment carries into later open periods,
 * computed with the same context) and the activities' derived columns. Returns the lines written.
 */
export async function applyRecomputePlan(
  tx: Tx,
  organizationId: string,
  changes: readonly TRecomputeChange[],
  computedAt: Date,
  ctx: TCalcContext,
): Promise<number> {
  if (changes.length === 0) return 0;
  const written = await replaceLines(
    tx,
    organizationId,
    changes.map((c) => ({ owner: ownerOf(organizationId, c.activity), rounded: c.rounded })),
    computedAt,
    carriedItems(
      organizationId,
      changes.map((c) => c.activity),
      ctx,
    ),
  );
  await updateDerived(
    tx,
    organizationId,
    changes.map((c) => ({
      id: c.activity.id,
      kgCO2e: c.rounded.kgCO2e,
      linesDigest: c.rounded.digest,
      customFactorId: c.customFactorId,
    })),
    computedAt,
  );
  return written;
}
