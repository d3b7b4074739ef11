import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { denominatorsByPeriod, postKgsByPeriod, targetValueOf } from "@/lib/targets/measure";
import { coveredKg } from "@/lib/targets/posts";
import type { TTargetCreate } from "@/lib/targets/schemas";

type TCoverage = Pick<TTargetCreate, "kind" | "posts" | "siteIds" | "basePeriodId">;

/** The base year's covered value now: kg (or kg per unit), 0 when nothing is covered, null with no denominator. */
export async function measureBaseValue(db: Db, organizationId: string, t: TCoverage): Promise<number | null> {
  const byPost = (await postKgsByPeriod(db, organizationId, [t.basePeriodId], t.siteIds)).get(t.basePeriodId) ?? {};
  const kg = coveredKg(byPost, t.posts);
  if (kg <= 0) return 0;
  return targetValueOf(
    t.kind,
    kg,
    (await denominatorsByPeriod(db, organizationId, [t.basePeriodId])).get(t.basePeriodId),
  );
}

const invalid = (field: string, key: string) => new AppError("VALIDATION", { [field]: `trajectory.validation.${key}` });

/**
 * A new target. Its base period and sites must be the organisation's; the target year after the base
 * year; a custom path's years inside (base year, target year]. The base year's covered value is measured
 * now and stored, so a later change of the base-year inventory shows as before / after.
 */
export async function createTarget(db: Db, scope: TenantScope, input: TTargetCreate) {
  const { organizationId } = scope;
  const base = await db.reportingPeriod.findFirst({ where: { id: input.basePeriodId, organizationId } });
  if (!base) throw new AppError("NOT_FOUND");
  const sites = await db.site.count({ where: { organizationId, id: { in: input.siteIds } } });
  if (sites !== new Set(input.siteIds).size) throw new AppError("NOT_FOUND");
  if (input.targetYear <= base.year) throw invalid("targetYear", "targetYear");
  const points = input.preset === "CUSTOM_PATH" ? pathWithTarget(input, base.year) : null;
  const baseValue = await measureBaseValue(db, organizationId, { ...input, basePeriodId: base.id });
  if (baseValue === 0) throw invalid("basePeriodId", "baseEmpty");
  if (baseValue === null) throw invalid("kind", "noDenominator");
  return db.$transaction(async (tx) => {
    const target = await tx.reductionTarget.create({
      data: {
        organizationId,
        name: input.name,
        kind: input.kind,
        preset: input.preset,
        basePeriodId: base.id,
        targetYear: input.targetYear,
        reductionPct: input.reductionPct,
        posts: input.posts,
        siteIds: input.siteIds,
        ...(points ? { pathPoints: points } : {}),
        baseValueAtCreation: baseValue.toFixed(6),
        createdById: scope.actor.id,
      },
    });
    await recordAudit(tx, {
      ...scope,
      action: "target.create",
      entityType: "ReductionTarget",
      entityId: target.id,
      after: target,
    });
    return target;
  });
}

// The entered points, checked against the years, with the target year's reduction as the last point.
function pathWithTarget(input: TTargetCreate, baseYear: number) {
  const points = input.pathText ?? [];
  if (points.length === 0) throw invalid("pathText", "pathRequired");
  const years = points.map((p) => p.year);
  if (new Set(years).size !== years.length || years.some((y) => y <= baseYear || y > input.targetYear))
    throw invalid("pathText", "pathYears");
  const rest = points.filter((p) => p.year !== input.targetYear);
  return [...rest, { year: input.targetYear, reductionPct: Number(input.reductionPct) }].sort(
    (a, b) => a.year - b.year,
  );
}

/** Accepts the base year's current value as the target's base (after a recalculation was reviewed). */
export async function rebaseTarget(db: Db, scope: TenantScope, targetId: string) {
  const target = await db.reductionTarget.findFirst({ where: { id: targetId, organizationId: scope.organizationId } });
  if (!target) throw new AppError("NOT_FOUND");
  const value = await measureBaseValue(db, scope.organizationId, target);
  if (!value) throw new AppError("CONFLICT");
  const baseValue = value.toFixed(6);
  return db.$transaction(async (tx) => {
    const before = await tx.reductionTarget.findFirst({
      where: { id: targetId, organizationId: scope.organizationId },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.reductionTarget.updateMany({
      where: { id: targetId, organizationId: scope.organizationId },
      data: { baseValueAtCreation: baseValue },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.reductionTarget.findFirstOrThrow({
      where: { id: targetId, organizationId: scope.organizationId },
    });
    await recordAudit(tx, {
      ...scope,
      action: "target.rebase",
      entityType: "ReductionTarget",
      entityId: targetId,
      before,
      after,
    });
  });
}

export async function deleteTarget(db: Db, scope: TenantScope, targetId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.reductionTarget.findFirst({
      where: { id: targetId, organizationId: scope.organizationId },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.reductionTarget.deleteMany({
      where: { id: targetId, organizationId: scope.organizationId },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "target.delete",
      entityType: "ReductionTarget",
      entityId: targetId,
      before,
    });
  });
}
