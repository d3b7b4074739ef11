import type { Db } from "@/lib/db/client";
import { completenessRows, type TCompletenessRow, type TLineStatus } from "@/lib/completeness/cells";
import { listNotationKeys } from "@/lib/notation-keys/queries";
import { listRequests } from "@/lib/requests/queries";
import { aggregateEmissions } from "@/lib/reporting/aggregate";

// The completeness of one period: its activities grouped by lib/reporting (the one aggregation of stored
// lines) by data-collection category, site and status — every status, and only what was entered for this
// period (not lines carried from an earlier one) — with activity counts and exact kgCO2e sums; the period's notation keys and data requests (who is asked, by when), and the sites to
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
    aggregateEmissions(db, organizationId, {
      periodIds: [periodId],
      statuses: "all",
      groupBy: ["entryCategory", "site", "status"],
      filters: { enteredInPeriodOnly: true },
    }),
    listNotationKeys(db, organizationId, periodId),
    db.site.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    listRequests(db, organizationId, { periodId, today }),
  ]);
  const rows = completenessRows(
    groups.groups.map((g) => ({
      category: String(g.key.entryCategory),
      siteId: g.key.site === null ? null : String(g.key.site),
      status: g.key.status as TLineStatus,
      lines: g.activities ?? 0, // a full report: never null
      kgCO2e: g.kgCO2e,
    })),
    keys,
    sites.map((s) => s.id),
    requests,
  );
  return { rows, sites };
}
