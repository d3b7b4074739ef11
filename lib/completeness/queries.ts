import type { Db } from "@/lib/db/client";
import { completenessRows, type TCompletenessRow } from "@/lib/completeness/cells";
import { listNotationKeys } from "@/lib/notation-keys/queries";
import { listRequests } from "@/lib/requests/queries";

// The completeness of one period: lines grouped in PostgreSQL by type, site and status (counts and exact
// kgCO2e sums), the period's notation keys and data requests (who is asked, by when), and the sites to
// name the rows. Every query carries the organisation.

export type TCompleteness = {
  rows: TCompletenessRow[];
  sites: { id: string; name: string }[];
};

export async function loadCompleteness(
  db: Db,
  organizationId: string,
  periodId: string,
  today: string, // YYYY-MM-DD, for overdue requests
): Promise<TCompleteness> {
  const [groups, keys, sites, requests] = await Promise.all([
    db.activityData.groupBy({
      by: ["activityTypeId", "siteId", "status"],
      where: { organizationId, periodId },
      _count: { _all: true },
      _sum: { kgCO2e: true },
    }),
    listNotationKeys(db, organizationId, periodId),
    db.site.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listRequests(db, organizationId, { periodId, today }),
  ]);
  const rows = completenessRows(
    groups.map((g) => ({
      activityTypeId: g.activityTypeId,
      siteId: g.siteId,
      status: g.status,
      lines: g._count._all,
      kgCO2e: g._sum.kgCO2e?.toString() ?? "0",
    })),
    keys,
    sites.map((s) => s.id),
    requests,
  );
  return { rows, sites };
}
