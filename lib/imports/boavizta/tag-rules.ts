import "server-only";
import { setActivitiesProduct, setActivitiesSite } from "@/lib/activity/bulk-assign";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { ESTIMATE_REFS_OF_R } from "@/lib/imports/boavizta/estimate-refs";
import { AppError } from "@/lib/errors";
import type { TProductByTag, TSiteByTag, TTagMatch } from "@/lib/imports/boavizta/hosting-schemas";

// "Every resource tagged app=booking belongs to the product Réservations" (or "… tagged dc=paris is at the
// site Siège Paris"): the GWP rows that a period's committed Boavizta imports put in the inventory for the
// matching resources move to the product or site (or off any, with null), all or nothing, audited
// (lib/activity/bulk-assign.ts). The product then counts those servers directly (issue 19's "lines tagged
// with a product"); the site's dashboards count them.

/** The inventory rows of the period's committed resources whose tag `key` equals `value`. */
async function activityIdsTagged(db: Db, organizationId: string, rule: TTagMatch): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id"
    FROM "BoaviztaResource" r
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    CROSS JOIN LATERAL (
      SELECT array_agg(r."importId" || ':' || m."activityRow") AS "refs"
      FROM "BoaviztaImpact" m
      WHERE m."organizationId" = r."organizationId" AND m."resourceId" = r."id" AND m."activityRow" IS NOT NULL
    ) x
    -- The tool's GWP rows, or the manager's estimate for a resource the tool did not assess (estimate.ts).
    JOIN "ActivityData" a
      ON a."organizationId" = r."organizationId" AND a."sourceKind" = 'BOAVIZTA_IMPORT'
     AND a."sourceRef" = ANY (coalesce(x."refs", '{}') || ${ESTIMATE_REFS_OF_R})
    WHERE r."organizationId" = ${organizationId} AND i."status" = 'COMMITTED' AND i."periodId" = ${rule.periodId}
      AND r."tags" ->> ${rule.tagKey} = ${rule.tagValue}`;
  return rows.map((r) => r.id);
}

export async function assignProductByTag(
  db: Db,
  scope: TenantScope,
  rule: TProductByTag,
): Promise<{ matched: number; changed: number }> {
  // Another organisation's period or product is NOT_FOUND, even when no resource would match.
  const [period, product] = await Promise.all([
    db.reportingPeriod.count({ where: { id: rule.periodId, organizationId: scope.organizationId } }),
    rule.productId === null
      ? Promise.resolve(1)
      : db.product.count({ where: { id: rule.productId, organizationId: scope.organizationId } }),
  ]);
  if (period !== 1 || product !== 1) throw new AppError("NOT_FOUND");
  const ids = await activityIdsTagged(db, scope.organizationId, rule);
  if (ids.length === 0) return { matched: 0, changed: 0 };
  const { changed } = await setActivitiesProduct(db, scope, ids, rule.productId);
  return { matched: ids.length, changed };
}

export async function assignSiteByTag(
  db: Db,
  scope: TenantScope,
  rule: TSiteByTag,
): Promise<{ matched: number; changed: number }> {
  const [period, site] = await Promise.all([
    db.reportingPeriod.count({ where: { id: rule.periodId, organizationId: scope.organizationId } }),
    rule.siteId === null
      ? Promise.resolve(1)
      : db.site.count({ where: { id: rule.siteId, organizationId: scope.organizationId } }),
  ]);
  if (period !== 1 || site !== 1) throw new AppError("NOT_FOUND");
  const ids = await activityIdsTagged(db, scope.organizationId, rule);
  if (ids.length === 0) return { matched: 0, changed: 0 };
  const { changed } = await setActivitiesSite(db, scope, ids, rule.siteId);
  return { matched: ids.length, changed };
}
