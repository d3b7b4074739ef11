import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { activityTypesOf } from "@/lib/activity/categories";
import { lockOrganization } from "@/lib/activity/context";
import { loadCalcMappings } from "@/lib/calc";
import { KINDS_WITHOUT_LINES, type TNotationKeySet, type TNotationKeyTarget } from "@/lib/notation-keys/schemas";

// Setting or clearing a notation key changes what the inventory says about a category, so both are
// audited in the same transaction and refused in a locked period. Every predicate carries the organisation.

const siteScopeOf = (siteId: string | null) => siteId ?? "all";

async function checkTarget(tx: Tx, scope: TenantScope, target: { periodId: string; siteId: string | null }) {
  await lockOrganization(tx, scope.organizationId, "share");
  const period = await tx.reportingPeriod.findFirst({
    where: { id: target.periodId, organizationId: scope.organizationId },
    select: { status: true },
  });
  if (!period) throw new AppError("VALIDATION", { periodId: "activity.validation.unknownPeriod" });
  if (period.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
  if (target.siteId) {
    const site = await tx.site.count({ where: { id: target.siteId, organizationId: scope.organizationId } });
    if (site !== 1) throw new AppError("VALIDATION", { siteId: "activity.validation.unknownSite" });
  }
}

/** Lines of the category in the period (and site, when the key is for one site). */
async function linesInCategory(tx: Tx, organizationId: string, target: TNotationKeyTarget) {
  const types = activityTypesOf(target.category, loadCalcMappings().activityTypes.keys());
  return tx.activityData.count({
    where: {
      organizationId,
      periodId: target.periodId,
      activityTypeId: { in: types },
      ...(target.siteId ? { siteId: target.siteId } : {}),
    },
  });
}

export async function setNotationKey(db: Db, scope: TenantScope, input: TNotationKeySet) {
  return db.$transaction(async (tx) => {
    await checkTarget(tx, scope, input);
    if (KINDS_WITHOUT_LINES.includes(input.kind) && (await linesInCategory(tx, scope.organizationId, input)) > 0)
      throw new AppError("VALIDATION", { kind: "notationKeys.errors.hasLines" });
    const where = {
      organizationId_periodId_category_siteScope: {
        organizationId: scope.organizationId,
        periodId: input.periodId,
        category: input.category,
        siteScope: siteScopeOf(input.siteId),
      },
    };
    const before = await tx.notationKey.findUnique({ where, select: { id: true, kind: true, explanation: true } });
    const values = { kind: input.kind, explanation: input.explanation, updatedById: scope.actor.id };
    const saved = await tx.notationKey.upsert({
      where,
      create: {
        organizationId: scope.organizationId,
        periodId: input.periodId,
        category: input.category,
        siteId: input.siteId,
        siteScope: siteScopeOf(input.siteId),
        ...values,
      },
      update: values,
      select: { id: true, kind: true, explanation: true },
    });
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: "notationKey.set",
      entityType: "NotationKey",
      entityId: saved.id,
      before: before ?? undefined,
      after: { ...saved, periodId: input.periodId, category: input.category, siteId: input.siteId },
    });
    return saved;
  });
}

export async function clearNotationKey(db: Db, scope: TenantScope, id: string) {
  await db.$transaction(async (tx) => {
    const key = await tx.notationKey.findFirst({
      where: { id, organizationId: scope.organizationId },
      select: { id: true, periodId: true, category: true, siteId: true, kind: true, explanation: true },
    });
    if (!key) throw new AppError("NOT_FOUND");
    await checkTarget(tx, scope, key);
    const { count } = await tx.notationKey.deleteMany({ where: { id: key.id, organizationId: scope.organizationId } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: "notationKey.clear",
      entityType: "NotationKey",
      entityId: key.id,
      before: key,
    });
  });
}
