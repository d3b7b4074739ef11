// Deleting many activities at once (the public API's DELETE /api/v1/activities): all or nothing. An id
// that is not the organisation's (unknown, or another organisation's) makes the whole call NOT_FOUND, and
// a locked period (the activity's own, or one its amortised equipment reaches) PERIOD_LOCKED or
// CARRIED_PERIOD_LOCKED; in every refusal nothing is deleted.
import { randomUUID } from "node:crypto";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertPeriodOpen, loadOrgRefs, lockOrganization, periodContextOf } from "@/lib/activity/context";
import { lockedCarryYears } from "@/lib/activity/carried";
import { chunks, deleteLinesOf } from "@/lib/activity/write";
import { sumDecimals } from "@/lib/numbers/decimal";

const TX_OPTIONS = { maxWait: 15_000, timeout: 5 * 60_000 };

export async function deleteActivitiesBulk(db: Db, scope: TenantScope, ids: readonly string[]): Promise<number> {
  const { organizationId } = scope;
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const { country } = await lockOrganization(tx, organizationId, "exclusive");
    const refs = await loadOrgRefs(tx, organizationId, country);
    const found = [];
    for (const part of chunks(unique, 5000))
      found.push(...(await tx.activityData.findMany({ where: { organizationId, id: { in: part } } })));
    if (found.length !== unique.length) throw new AppError("NOT_FOUND");
    const ctx = periodContextOf(refs);
    for (const activity of found) {
      assertPeriodOpen(refs, activity.periodId);
      if (lockedCarryYears(activity, ctx).length > 0) throw new AppError("CARRIED_PERIOD_LOCKED");
    }
    await deleteLinesOf(tx, organizationId, unique);
    let deleted = 0;
    for (const part of chunks(unique, 5000))
      deleted += (await tx.activityData.deleteMany({ where: { organizationId, id: { in: part } } })).count;
    if (deleted !== unique.length) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "activity.bulkDelete",
      entityType: "ActivityData",
      entityId: `bulk:${randomUUID()}`,
      before: {
        deleted,
        kgCO2e: sumDecimals(found.flatMap((a) => (a.kgCO2e === null ? [] : [a.kgCO2e.toString()]))),
        activities: found.map((a) => ({
          id: a.id,
          periodId: a.periodId,
          activityTypeId: a.activityTypeId,
          sourceRef: a.sourceRef,
        })),
      },
    });
    return deleted;
  }, TX_OPTIONS);
}
