// Activity data writes. Each one computes the activity's lines with the engine through the organisation's
// factor index and replaces them, with the activity and an audit row, in one transaction. Every predicate
// carries the organisation; a locked period refuses every change (PERIOD_LOCKED).
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { activityColumns, prismaColumns, type TActivityColumns } from "@/lib/activity/columns";
import {
  assertPeriodOpen,
  calcContextOf,
  loadOrgRefs,
  lockOrganization,
  periodContextOf,
  referenceErrors,
  throwReferenceErrors,
  type TOrgRefs,
} from "@/lib/activity/context";
import { carriedItems, lockedCarryYears, type TCarriedItem } from "@/lib/activity/carried";
import { computeStoredActivities, type TActivityForCalc, type TPeriodContext } from "@/lib/activity/engine-input";
import { ActivityRowsError, validationError } from "@/lib/activity/errors";
import type { TRoundedLines } from "@/lib/activity/lines";
import { recomputeInChunks, type TChunkOptions } from "@/lib/activity/chunked";
import { loadOpenActivities, ownerOf } from "@/lib/activity/recompute";
import type { TActivityCreate, TActivitySourceKind, TActivityUpdate } from "@/lib/activity/schemas";
import { assertWithinAssignedRequest, lineFitsRequest, requestOfNewLine } from "@/lib/activity/request-scope";
import { statusAfterEdit } from "@/lib/activity/status-rules";
import { deleteLinesOf, insertLines, replaceLines } from "@/lib/activity/write";
import { sumDecimals } from "@/lib/numbers/decimal";
import { activityTotals } from "@/lib/reporting/activity-totals";

const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

function columnsOf(input: TActivityUpdate): TActivityColumns {
  const built = activityColumns(input);
  if (!built.ok) throw validationError([built.error]);
  return built.columns;
}

async function computeOne(
  tx: Tx,
  scope: TenantScope,
  refs: TOrgRefs,
  id: string,
  columns: Omit<TActivityForCalc, "id">,
) {
  const orgIndex = await buildOrganizationFactorIndex(tx, scope.organizationId);
  const ctx = calcContextOf(refs, orgIndex);
  const [outcome] = computeStoredActivities([{ id, ...columns }], ctx);
  if (!outcome?.ok) throw validationError(outcome ? [outcome.error] : []);
  return { ...outcome, ctx };
}

/**
 * Amortised equipment carried into a locked later period (as stored, or as it would be) cannot change:
 * that period's figures are frozen, so the edit is refused like an edit in a locked period.
 */
function assertCarriedPeriodsOpen(ctx: TPeriodContext, ...versions: TActivityForCalc[]) {
  if (versions.some((v) => lockedCarryYears(v, ctx).length > 0)) throw new AppError("CARRIED_PERIOD_LOCKED");
}

// The activity's own lines (its period) as lib/reporting adds them up, for the audit row of the write that
// changes them; carried lines are listed by year beside them.
const storedLineTotals = (tx: Tx, organizationId: string, activityId: string) =>
  activityTotals(tx, organizationId, [activityId], { ownPeriodOnly: true });

// What the audit row says of the carried lines: kgCO2e per later year.
const carriedSummary = (carried: readonly TCarriedItem[]) =>
  carried.map((c) => ({ year: c.year, periodId: c.owner.periodId, kgCO2e: c.rounded.kgCO2e }));

const derived = (rounded: TRoundedLines, customFactorId: string | null, now: Date) => ({
  kgCO2e: rounded.kgCO2e,
  linesDigest: rounded.digest,
  customFactorId,
  computedAt: now,
});

async function refsFor(tx: Tx, organizationId: string) {
  const { country } = await lockOrganization(tx, organizationId, "share");
  return loadOrgRefs(tx, organizationId, country);
}

async function findOwn(tx: Tx, scope: TenantScope, activityId: string) {
  const activity = await tx.activityData.findFirst({ where: { id: activityId, organizationId: scope.organizationId } });
  if (!activity) throw new AppError("NOT_FOUND");
  return activity;
}

export type TCreateOptions = {
  sourceKind?: TActivitySourceKind;
  sourceRef?: string | null;
  /** People who cannot manage requests (contributors): only within an open request assigned to them. */
  limitToAssignedRequests?: boolean;
};

/** Keeps the line's request link while the edited line still falls within that request. */
async function keptRequestId(tx: Tx, organizationId: string, requestId: string | null, columns: TActivityColumns) {
  if (requestId === null) return null;
  const request = await tx.dataRequest.findFirst({ where: { id: requestId, organizationId } });
  return request && lineFitsRequest(columns, request) ? requestId : null;
}

export async function createActivity(db: Db, scope: TenantScope, input: TActivityCreate, source: TCreateOptions = {}) {
  return db.$transaction(async (tx) => {
    const refs = await refsFor(tx, scope.organizationId);
    throwReferenceErrors(referenceErrors(input, refs));
    const columns = columnsOf(input);
    const line = { ...columns, requestId: input.requestId };
    const requestId = source.limitToAssignedRequests
      ? await assertWithinAssignedRequest(tx, scope, line)
      : ((await requestOfNewLine(tx, scope, line))?.id ?? null);
    const { rounded, customFactorId, ctx } = await computeOne(tx, scope, refs, "new", columns);
    assertCarriedPeriodsOpen(ctx, { id: "new", ...columns });
    const now = new Date();
    const created = await tx.activityData.create({
      data: {
        ...prismaColumns(columns),
        ...derived(rounded, customFactorId, now),
        organizationId: scope.organizationId,
        sourceKind: source.sourceKind ?? "MANUAL",
        sourceRef: source.sourceRef ?? null,
        requestId,
        createdById: scope.actor.id,
        updatedById: scope.actor.id,
      },
    });
    const carried = carriedItems(scope.organizationId, [created], ctx);
    await insertLines(tx, [{ owner: ownerOf(scope.organizationId, created), rounded }, ...carried], now);
    await recordAudit(tx, {
      ...scope,
      action: "activity.create",
      entityType: "ActivityData",
      entityId: created.id,
      after: {
        ...created,
        totals: await storedLineTotals(tx, scope.organizationId, created.id),
        carried: carriedSummary(carried),
      },
    });
    return created;
  }, TX_OPTIONS);
}

/** Replaces the activity's inputs; the period may change to another open period of the same organisation. */
export async function updateActivity(db: Db, scope: TenantScope, activityId: string, input: TActivityUpdate) {
  return db.$transaction(async (tx) => {
    const refs = await refsFor(tx, scope.organizationId);
    const before = await findOwn(tx, scope, activityId);
    assertPeriodOpen(refs, before.periodId);
    throwReferenceErrors(referenceErrors(input, refs));
    const columns = columnsOf(input);
    const { rounded, customFactorId, ctx } = await computeOne(tx, scope, refs, activityId, columns);
    assertCarriedPeriodsOpen(ctx, before, { id: activityId, ...columns });
    const beforeTotals = await storedLineTotals(tx, scope.organizationId, activityId);
    const now = new Date();
    // Editing a validated line sends it back for review (lib/activity/status-rules.ts).
    const status = statusAfterEdit(before.status);
    const statusChange =
      status === before.status
        ? {}
        : { status, statusComment: null, statusChangedAt: now, statusChangedById: scope.actor.id };
    const { count } = await tx.activityData.updateMany({
      where: { id: activityId, organizationId: scope.organizationId },
      data: {
        ...prismaColumns(columns),
        ...derived(rounded, customFactorId, now),
        ...statusChange,
        requestId: await keptRequestId(tx, scope.organizationId, before.requestId, columns),
        updatedById: scope.actor.id,
      },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.activityData.findFirstOrThrow({
      where: { id: activityId, organizationId: scope.organizationId },
    });
    const carried = carriedItems(scope.organizationId, [after], ctx);
    const owner = ownerOf(scope.organizationId, after);
    await replaceLines(tx, scope.organizationId, [{ owner, rounded }], now, carried);
    await recordAudit(tx, {
      ...scope,
      action: "activity.update",
      entityType: "ActivityData",
      entityId: activityId,
      before: { ...before, totals: beforeTotals },
      after: {
        ...after,
        totals: await storedLineTotals(tx, scope.organizationId, activityId),
        carried: carriedSummary(carried),
      },
    });
    return after;
  }, TX_OPTIONS);
}

export async function deleteActivity(db: Db, scope: TenantScope, activityId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const refs = await refsFor(tx, scope.organizationId);
    const before = await findOwn(tx, scope, activityId);
    assertPeriodOpen(refs, before.periodId);
    assertCarriedPeriodsOpen(periodContextOf(refs), before);
    const totals = await storedLineTotals(tx, scope.organizationId, activityId);
    await deleteLinesOf(tx, scope.organizationId, [activityId]);
    const { count } = await tx.activityData.deleteMany({
      where: { id: activityId, organizationId: scope.organizationId },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "activity.delete",
      entityType: "ActivityData",
      entityId: activityId,
      before: { ...before, totals },
    });
  }, TX_OPTIONS);
}

/** Computes one activity again with the organisation's current factors and replaces its lines. */
export async function recomputeActivity(db: Db, scope: TenantScope, activityId: string) {
  return db.$transaction(async (tx) => {
    const refs = await refsFor(tx, scope.organizationId);
    const before = await findOwn(tx, scope, activityId);
    assertPeriodOpen(refs, before.periodId);
    const { rounded, customFactorId, ctx } = await computeOne(tx, scope, refs, activityId, before);
    assertCarriedPeriodsOpen(ctx, before);
    const beforeTotals = await storedLineTotals(tx, scope.organizationId, activityId);
    const now = new Date();
    const { count } = await tx.activityData.updateMany({
      where: { id: activityId, organizationId: scope.organizationId },
      data: derived(rounded, customFactorId, now),
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const carried = carriedItems(scope.organizationId, [before], ctx);
    await replaceLines(
      tx,
      scope.organizationId,
      [{ owner: ownerOf(scope.organizationId, before), rounded }],
      now,
      carried,
    );
    const after = await tx.activityData.findFirstOrThrow({
      where: { id: activityId, organizationId: scope.organizationId },
    });
    await recordAudit(tx, {
      ...scope,
      action: "activity.recompute",
      entityType: "ActivityData",
      entityId: activityId,
      before: { kgCO2e: before.kgCO2e, customFactorId: before.customFactorId, totals: beforeTotals },
      after: {
        kgCO2e: after.kgCO2e,
        customFactorId: after.customFactorId,
        totals: await storedLineTotals(tx, scope.organizationId, activityId),
      },
    });
    return after;
  }, TX_OPTIONS);
}

/**
 * Recomputes every activity of the organisation's open periods (or of one open period) and replaces the
 * lines that change, all or nothing: an activity that no longer computes is reported (ActivityRowsError)
 * and nothing is written. One summary audit row when something changed. Run as a background job
 * (lib/jobs, "period.recompute"), which passes `chunks` to report progress.
 */
export async function recomputeActivities(
  db: Db,
  scope: TenantScope,
  { periodId }: { periodId?: string } = {},
  chunks: TChunkOptions = {},
) {
  const { organizationId } = scope;
  return db.$transaction(
    async (tx) => {
      const { country } = await lockOrganization(tx, organizationId, "exclusive");
      const refs = await loadOrgRefs(tx, organizationId, country);
      if (periodId !== undefined) {
        if (!refs.periods.has(periodId)) throw new AppError("NOT_FOUND");
        assertPeriodOpen(refs, periodId);
      }
      const activities = await loadOpenActivities(tx, organizationId, periodId === undefined ? undefined : [periodId]);
      const orgIndex = await buildOrganizationFactorIndex(tx, organizationId);
      const ctx = calcContextOf(refs, orgIndex);
      const { plan, lines } = await recomputeInChunks(tx, organizationId, activities, ctx, new Date(), chunks);
      if (plan.failures.length > 0) throw new ActivityRowsError(plan.failures);
      const period = periodId === undefined ? undefined : refs.periods.get(periodId);
      const summary = {
        // The period's calculation settings this run used (the job runs again if they changed meanwhile).
        ...(period
          ? {
              settings: {
                gwpSet: period.gwpSet,
                includeContrails: period.includeContrails,
                capitalGoodsMethod: period.capitalGoodsMethod,
              },
            }
          : {}),
        activities: plan.total,
        changed: plan.changes.length,
        lines,
        // The changed activities' own totals (ActivityData.kgCO2e, the sum of their lines) before and after.
        kgCO2eBefore: sumDecimals(plan.changes.map((c) => c.activity.kgCO2e)),
        kgCO2eAfter: sumDecimals(plan.changes.map((c) => c.rounded.kgCO2e)),
      };
      if (plan.changes.length > 0) {
        await recordAudit(tx, {
          ...scope,
          action: "activity.recompute",
          entityType: periodId === undefined ? "Organization" : "ReportingPeriod",
          entityId: periodId ?? organizationId,
          before: { kgCO2e: summary.kgCO2eBefore },
          after: { ...summary, activityIds: plan.changes.slice(0, 200).map((c) => c.activity.id) },
        });
      }
      return summary;
    },
    // Off the request path (a background job): long is fine, it is one transaction all the same.
    { maxWait: 15_000, timeout: 60 * 60_000 },
  );
}
