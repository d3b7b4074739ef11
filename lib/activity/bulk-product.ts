// Assigning many activities to a product at once (the hosting view's "resources tagged … belong to …"):
// all or nothing. A product is a reporting dimension, not an input of the calculation, so the activities and
// their emission lines (carried years included) change their product and nothing is recomputed. An id that
// is not the organisation's, a product that is not, or a locked period (the activity's own or one its
// amortised equipment reaches) refuses the whole call and changes nothing. One audit row lists the changes.
import { randomUUID } from "node:crypto";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertPeriodOpen, loadOrgRefs, lockOrganization, periodContextOf } from "@/lib/activity/context";
import { lockedCarryYears } from "@/lib/activity/carried";
import { chunks } from "@/lib/activity/write";

const TX_OPTIONS = { maxWait: 15_000, timeout: 5 * 60_000 };

export async function setActivitiesProduct(
  db: Db,
  scope: TenantScope,
  ids: readonly string[],
  productId: string | null,
): Promise<{ changed: number }> {
  const { organizationId } = scope;
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const { country } = await lockOrganization(tx, organizationId, "exclusive");
    const refs = await loadOrgRefs(tx, organizationId, country);
    if (productId !== null && !refs.products.has(productId)) throw new AppError("NOT_FOUND");
    const found = [];
    for (const part of chunks(unique, 5000))
      found.push(...(await tx.activityData.findMany({ where: { organizationId, id: { in: part } } })));
    if (found.length !== unique.length) throw new AppError("NOT_FOUND");
    const changing = found.filter((a) => a.productId !== productId);
    const ctx = periodContextOf(refs);
    for (const activity of changing) {
      assertPeriodOpen(refs, activity.periodId);
      if (lockedCarryYears(activity, ctx).length > 0) throw new AppError("CARRIED_PERIOD_LOCKED");
    }
    const changingIds = changing.map((a) => a.id);
    let changed = 0;
    for (const part of chunks(changingIds, 5000)) {
      changed += (
        await tx.activityData.updateMany({
          where: { organizationId, id: { in: part } },
          data: { productId, updatedById: scope.actor.id },
        })
      ).count;
      await tx.emissionLine.updateMany({ where: { organizationId, activityId: { in: part } }, data: { productId } });
    }
    if (changed !== changingIds.length) throw new AppError("NOT_FOUND");
    if (changed > 0) {
      await recordAudit(tx, {
        ...scope,
        action: "activity.bulkSetProduct",
        entityType: "ActivityData",
        entityId: `bulk:${randomUUID()}`,
        before: { activities: changing.map((a) => ({ id: a.id, productId: a.productId, sourceRef: a.sourceRef })) },
        after: { productId, changed },
      });
    }
    return { changed };
  }, TX_OPTIONS);
}
