import type { Db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { isoDateOf } from "@/lib/periods/dates";
import { isOverdue, requestStatusOf, type TStatusCounts } from "@/lib/activity/status-rules";

export type TRequestRow = {
  id: string;
  category: string;
  periodId: string;
  periodLabel: string;
  siteId: string | null;
  siteName: string | null;
  assigneeId: string;
  assigneeName: string;
  requesterName: string | null;
  dueDate: string; // YYYY-MM-DD
  instructions: string | null;
  counts: TStatusCounts;
  status: ReturnType<typeof requestStatusOf>;
  overdue: boolean;
};

/**
 * The organisation's requests (or one person's: `assigneeId`), soonest due first, each with its lines
 * counted by status and the status and overdue state derived from them. `today` is YYYY-MM-DD.
 */
export async function listRequests(
  db: Db,
  organizationId: string,
  {
    assigneeId,
    today,
    requestId,
    periodId,
  }: { assigneeId?: string; today: string; requestId?: string; periodId?: string },
): Promise<TRequestRow[]> {
  const requests = await db.dataRequest.findMany({
    where: {
      organizationId,
      ...(assigneeId === undefined ? {} : { assigneeId }),
      ...(requestId === undefined ? {} : { id: requestId }),
      ...(periodId === undefined ? {} : { periodId }),
    },
    include: { period: { select: { label: true } }, site: { select: { name: true } } },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  if (requests.length === 0) return [];
  const ids = requests.map((r) => r.id);
  const [groups, people] = await Promise.all([
    db.activityData.groupBy({
      by: ["requestId", "status"],
      where: { organizationId, requestId: { in: ids } },
      _count: { _all: true },
    }),
    // Names of the organisation's members only: a former member shows as such.
    db.membership.findMany({
      where: {
        organizationId,
        userId: { in: [...new Set(requests.flatMap((r) => [r.assigneeId, r.requesterId ?? r.assigneeId]))] },
      },
      select: { userId: true, user: { select: { name: true } } },
    }),
  ]);
  const names = new Map(people.map((p) => [p.userId, p.user.name]));
  const counts = new Map<string, TStatusCounts>();
  for (const g of groups) {
    if (g.requestId === null) continue;
    counts.set(g.requestId, { ...counts.get(g.requestId), [g.status]: g._count._all });
  }
  return requests.map((r) => {
    const c = counts.get(r.id) ?? {};
    const status = requestStatusOf(c);
    const dueDate = isoDateOf(r.dueDate);
    return {
      id: r.id,
      category: r.category,
      periodId: r.periodId,
      periodLabel: r.period.label,
      siteId: r.siteId,
      siteName: r.site?.name ?? null,
      assigneeId: r.assigneeId,
      assigneeName: names.get(r.assigneeId) ?? "",
      requesterName: r.requesterId === null ? null : (names.get(r.requesterId) ?? null),
      dueDate,
      instructions: r.instructions,
      counts: c,
      status,
      overdue: isOverdue(status, dueDate, today),
    };
  });
}

/** Members who can answer a request (they can enter data), by name. */
export async function listAssignableMembers(db: Db, organizationId: string) {
  const memberships = await db.membership.findMany({
    where: { organizationId },
    select: { userId: true, role: true, user: { select: { name: true, email: true } } },
  });
  return memberships
    .filter((m) => can(m.role, "activity.create"))
    .map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type TLineToHandIn = {
  id: string;
  requestId: string;
  label: string | null;
  activityTypeId: string;
  status: "DRAFT" | "REJECTED";
  comment: string | null;
};

/** The draft and rejected lines of these requests (with the reviewer's comment): what is left to hand in. */
export async function listLinesToHandIn(
  db: Db,
  organizationId: string,
  requestIds: readonly string[],
): Promise<TLineToHandIn[]> {
  if (requestIds.length === 0) return [];
  const lines = await db.activityData.findMany({
    where: { organizationId, status: { in: ["DRAFT", "REJECTED"] }, requestId: { in: [...requestIds] } },
    select: { id: true, requestId: true, label: true, activityTypeId: true, status: true, statusComment: true },
    orderBy: [{ status: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  return lines.map((l) => ({
    id: l.id,
    requestId: l.requestId as string,
    label: l.label,
    activityTypeId: l.activityTypeId,
    status: l.status as "DRAFT" | "REJECTED",
    comment: l.statusComment,
  }));
}

/** Where a line entered from a request goes (its period and site), or null for another organisation's id. */
export async function requestTarget(db: Db, organizationId: string, requestId: string) {
  return db.dataRequest.findFirst({
    where: { id: requestId, organizationId },
    select: { periodId: true, siteId: true },
  });
}
