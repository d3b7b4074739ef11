// Assigning many activities to a product or a site at once (the hosting view's "resources tagged … belong
// to …"): all or nothing. An id that is not the organisation's, a product or site that is not, or a locked
// period (the activity's own or one its amortised equipment reaches) refuses the whole call and changes
// nothing. One audit row lists the changes.
// - A product is a reporting dimension, not an input of the calculation: the activities and their emission
//   lines (carried years included) change their product and nothing is recomputed.
// - A site is an input (its country and energy contracts can choose the factor): the moved activities go
//   through the engine again and their lines are replaced where the result changes; the lines of the others
//   take the new site. An activity that no longer computes refuses the call (ActivityRowsError).
import { randomUUID } from "node:crypto";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  assertPeriodOpen,
  calcContextOf,
  loadOrgRefs,
  lockOrganization,
  periodContextOf,
} from "@/lib/activity/context";
import { lockedCarryYears } from "@/lib/activity/carried";
import { ActivityRowsError } from "@/lib/activity/errors";
import { applyRecomputePlan, CALC_SELECT, planRecompute } from "@/lib/activity/recompute";
import { chunks } from "@/lib/activity/write";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";

const TX_OPTIONS = { maxWait: 15_000, timeout: 5 * 60_000 };
const SELECT = { ...CALC_SELECT, sourceRef: true } as const;

type TDimension = { kind: "product"; productId: string | null } | { kind: "site"; siteId: string | null };

export async function setActivitiesProduct(
  db: Db,
  scope: TenantScope,
  ids: readonly string[],
  productId: string | null,
): Promise<{ changed: number }> {
  return setActivitiesDimension(db, scope, ids, { kind: "product", productId });
}

export async function setActivitiesSite(
  db: Db,
  scope: TenantScope,
  ids: readonly string[],
  siteId: string | null,
): Promise<{ changed: number; recomputed: number }> {
  return setActivitiesDimension(db, scope, ids, { kind: "site", siteId });
}

async function setActivitiesDimension(
  db: Db,
  scope: TenantScope,
  ids: readonly string[],
  target: TDimension,
): Promise<{ changed: number; recomputed: number }> {
  const { organizationId } = scope;
  const unique = [...new Set(ids)];
  const value = target.kind === "product" ? target.productId : target.siteId;
  const field = target.kind === "product" ? "productId" : "siteId";
  return db.$transaction(async (tx) => {
    const { country } = await lockOrganization(tx, organizationId, "exclusive");
    const refs = await loadOrgRefs(tx, organizationId, country);
    const known = target.kind === "product" ? refs.products : refs.sites;
    if (value !== null && !known.has(value)) throw new AppError("NOT_FOUND");
    const found = [];
    for (const part of chunks(unique, 5000))
      found.push(...(await tx.activityData.findMany({ where: { organizationId, id: { in: part } }, select: SELECT })));
    if (found.length !== unique.length) throw new AppError("NOT_FOUND");
    const changing = found.filter((a) => a[field] !== value);
    const periodCtx = periodContextOf(refs);
    for (const activity of changing) {
      assertPeriodOpen(refs, activity.periodId);
      if (lockedCarryYears(activity, periodCtx).length > 0) throw new AppError("CARRIED_PERIOD_LOCKED");
    }
    const changed = await moveRows(
      tx,
      scope,
      changing.map((a) => a.id),
      { [field]: value },
    );
    let recomputed = 0;
    if (target.kind === "site" && changing.length > 0) {
      const ctx = calcContextOf(refs, await buildOrganizationFactorIndex(tx, organizationId));
      const plan = planRecompute(
        changing.map((a) => ({ ...a, siteId: target.siteId })),
        ctx,
      );
      if (plan.failures.length > 0) throw new ActivityRowsError(plan.failures);
      await applyRecomputePlan(tx, organizationId, plan.changes, new Date(), ctx);
      recomputed = plan.changes.length;
    }
    if (changed > 0) {
      await recordAudit(tx, {
        ...scope,
        action: target.kind === "product" ? "activity.bulkSetProduct" : "activity.bulkSetSite",
        entityType: "ActivityData",
        entityId: `bulk:${randomUUID()}`,
        before: { activities: changing.map((a) => ({ id: a.id, [field]: a[field], sourceRef: a.sourceRef })) },
        after: { [field]: value, changed, ...(target.kind === "site" ? { recomputed } : {}) },
      });
    }
    return { changed, recomputed };
  }, TX_OPTIONS);
}

/** The activities and their emission lines (carried years included) take the new product or site. */
async function moveRows(
  tx: Tx,
  scope: TenantScope,
  ids: readonly string[],
  data: { productId?: string | null; siteId?: string | null },
): Promise<number> {
  const { organizationId } = scope;
  let changed = 0;
  for (const part of chunks([...ids], 5000)) {
    changed += (
      await tx.activityData.updateMany({
        where: { organizationId, id: { in: part } },
        data: { ...data, updatedById: scope.actor.id },
      })
    ).count;
    await tx.emissionLine.updateMany({ where: { organizationId, activityId: { in: part } }, data });
  }
  if (changed !== ids.length) throw new AppError("NOT_FOUND");
  return changed;
}
