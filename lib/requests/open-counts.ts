import type { Db } from "@/lib/db/client";
import { isOverdue, requestStatusOf, type TStatusCounts } from "@/lib/activity/status-rules";
import { isoDateOf } from "@/lib/periods/dates";

export type TOpenRequests = { open: number; overdue: number };

/**
 * Data requests still waiting for the person asked (open or in progress, lib/activity/status-rules), and how
 * many of them are overdue, for several organisations in two queries (the portfolio). `today` is YYYY-MM-DD.
 */
export async function countOpenRequests(
  db: Db,
  organizationIds: string[],
  today: string,
): Promise<Map<string, TOpenRequests>> {
  const result = new Map<string, TOpenRequests>(organizationIds.map((id) => [id, { open: 0, overdue: 0 }]));
  if (organizationIds.length === 0) return result;
  const [requests, groups] = await Promise.all([
    db.dataRequest.findMany({
      where: { organizationId: { in: organizationIds } },
      select: { id: true, organizationId: true, dueDate: true },
    }),
    db.activityData.groupBy({
      by: ["requestId", "status"],
      where: { organizationId: { in: organizationIds }, requestId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, TStatusCounts>();
  for (const g of groups) {
    if (g.requestId === null) continue;
    counts.set(g.requestId, { ...counts.get(g.requestId), [g.status]: g._count._all });
  }
  for (const r of requests) {
    const status = requestStatusOf(counts.get(r.id) ?? {});
    if (status !== "open" && status !== "inProgress") continue;
    const entry = result.get(r.organizationId) as TOpenRequests;
    entry.open += 1;
    if (isOverdue(status, isoDateOf(r.dueDate), today)) entry.overdue += 1;
  }
  return result;
}
