import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { dateOfIso, findOverlappingPeriod, isEndAfterStart, isoDateOf, type DateRange } from "@/lib/periods/dates";
import { resolveNewPeriod } from "@/lib/periods/defaults";
import type { TPeriodCreate, TPeriodUpdate } from "@/lib/periods/schemas";

// Overlap is checked by reading the other periods, so two concurrent writes could both pass; locking the
// organisation row serialises period writes of one organisation (and only of that one). FOR NO KEY UPDATE,
// like lib/activity/context.ts's exclusive lock: a file import's foreign-key checks do not hold it up.
async function lockOrganization(tx: Tx, organizationId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ fiscalYearStartMonth: number }[]>`
    SELECT "fiscalYearStartMonth" FROM "Organization" WHERE "id" = ${organizationId} FOR NO KEY UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0].fiscalYearStartMonth;
}

async function assertNoOverlap(tx: Tx, organizationId: string, range: DateRange, ignoreId?: string) {
  if (!isEndAfterStart(range)) throw new AppError("VALIDATION", { endDate: "validation.dateOrder" });
  const periods = await tx.reportingPeriod.findMany({
    where: { organizationId },
    select: { id: true, startDate: true, endDate: true },
  });
  const existing = periods.map((p) => ({ id: p.id, startDate: isoDateOf(p.startDate), endDate: isoDateOf(p.endDate) }));
  if (findOverlappingPeriod(range, existing, ignoreId))
    throw new AppError("PERIOD_OVERLAP", { startDate: "errors.PERIOD_OVERLAP" });
}

async function findOwnPeriod(tx: Tx, scope: TenantScope, periodId: string) {
  const period = await tx.reportingPeriod.findFirst({ where: { id: periodId, organizationId: scope.organizationId } });
  if (!period) throw new AppError("NOT_FOUND");
  return period;
}

export async function createPeriod(db: Db, scope: TenantScope, input: TPeriodCreate) {
  try {
    return await db.$transaction(async (tx) => {
      const fiscalYearStartMonth = await lockOrganization(tx, scope.organizationId);
      const period = resolveNewPeriod(input, fiscalYearStartMonth);
      const sameYear = await tx.reportingPeriod.findFirst({
        where: { organizationId: scope.organizationId, year: period.year },
        select: { id: true },
      });
      if (sameYear) throw new AppError("CONFLICT", { year: "validation.periodYearTaken" });
      await assertNoOverlap(tx, scope.organizationId, period);
      const created = await tx.reportingPeriod.create({
        data: {
          ...period,
          startDate: dateOfIso(period.startDate),
          endDate: dateOfIso(period.endDate),
          organizationId: scope.organizationId,
        },
      });
      await recordAudit(tx, {
        ...scope,
        action: "period.create",
        entityType: "ReportingPeriod",
        entityId: created.id,
        after: created,
      });
      return created;
    });
  } catch (error) {
    // The row lock makes this unlikely, but the unique index stays the last word.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { year: "validation.periodYearTaken" });
    throw error;
  }
}

export async function updatePeriod(db: Db, scope: TenantScope, periodId: string, input: TPeriodUpdate) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId);
    const before = await findOwnPeriod(tx, scope, periodId);
    if (before.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
    await assertNoOverlap(tx, scope.organizationId, input, periodId);
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: periodId, organizationId: scope.organizationId, status: "OPEN" },
      data: { label: input.label, startDate: dateOfIso(input.startDate), endDate: dateOfIso(input.endDate) },
    });
    if (count !== 1) throw new AppError("PERIOD_LOCKED");
    const after = await tx.reportingPeriod.findFirstOrThrow({
      where: { id: periodId, organizationId: scope.organizationId },
    });
    await recordAudit(tx, {
      ...scope,
      action: "period.update",
      entityType: "ReportingPeriod",
      entityId: periodId,
      before,
      after,
    });
    return after;
  });
}

export async function deletePeriod(db: Db, scope: TenantScope, periodId: string) {
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId);
    const before = await findOwnPeriod(tx, scope, periodId);
    if (before.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
    // Activity data is never deleted as a side effect: the user empties the period first.
    const activities = await tx.activityData.count({ where: { organizationId: scope.organizationId, periodId } });
    if (activities > 0) throw new AppError("PERIOD_HAS_DATA");
    // A reduction target measures from its base period: the target goes first.
    if (
      (await tx.reductionTarget.count({ where: { organizationId: scope.organizationId, basePeriodId: periodId } })) > 0
    )
      throw new AppError("TARGET_BASE_PERIOD");
    // Lines left here are amortised equipment carried from earlier periods (derived; they go with the period).
    await tx.emissionLine.deleteMany({ where: { organizationId: scope.organizationId, periodId } });
    const { count } = await tx.reportingPeriod.deleteMany({
      where: { id: periodId, organizationId: scope.organizationId, status: "OPEN" },
    });
    if (count !== 1) throw new AppError("PERIOD_LOCKED");
    await recordAudit(tx, {
      ...scope,
      action: "period.delete",
      entityType: "ReportingPeriod",
      entityId: periodId,
      before,
    });
  });
}

// Locking freezes a period's data for reporting; who locked it and when is kept on the row and in the trail.
// Asking for the state the period is already in changes nothing and records nothing.
export async function setPeriodLocked(db: Db, scope: TenantScope, periodId: string, locked: boolean) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId);
    const before = await findOwnPeriod(tx, scope, periodId);
    if ((before.status === "LOCKED") === locked) return before;
    const data = locked
      ? { status: "LOCKED" as const, lockedAt: new Date(), lockedById: scope.actor.id }
      : { status: "OPEN" as const, lockedAt: null, lockedById: null };
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: periodId, organizationId: scope.organizationId },
      data,
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.reportingPeriod.findFirstOrThrow({
      where: { id: periodId, organizationId: scope.organizationId },
    });
    const action = locked ? "period.lock" : "period.unlock";
    await recordAudit(tx, { ...scope, action, entityType: "ReportingPeriod", entityId: periodId, before, after });
    return after;
  });
}
