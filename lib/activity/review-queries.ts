import type { Db } from "@/lib/db/client";

export type TReviewLine = {
  id: string;
  activityTypeId: string;
  label: string | null;
  quantity: string;
  unit: string;
  kgCO2e: string;
  siteName: string | null;
  submittedBy: string | null; // the member who submitted it (null: a former member)
  submittedAt: string | null; // ISO instant
};

const MAX_QUEUE = 500;

/** The period's lines awaiting review (SUBMITTED), oldest submission first, at most 500. */
export async function listSubmittedLines(db: Db, organizationId: string, periodId: string): Promise<TReviewLine[]> {
  const lines = await db.activityData.findMany({
    where: { organizationId, periodId, status: "SUBMITTED" },
    select: {
      id: true,
      activityTypeId: true,
      label: true,
      quantity: true,
      unit: true,
      kgCO2e: true,
      statusChangedAt: true,
      statusChangedById: true,
      site: { select: { name: true } },
    },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: MAX_QUEUE,
  });
  const submitters = [...new Set(lines.flatMap((l) => (l.statusChangedById ? [l.statusChangedById] : [])))];
  const members = await db.membership.findMany({
    where: { organizationId, userId: { in: submitters } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  return lines.map((l) => ({
    id: l.id,
    activityTypeId: l.activityTypeId,
    label: l.label,
    quantity: l.quantity.toFixed(),
    unit: l.unit,
    kgCO2e: l.kgCO2e.toFixed(),
    siteName: l.site?.name ?? null,
    submittedBy: l.statusChangedById ? (names.get(l.statusChangedById) ?? null) : null,
    submittedAt: l.statusChangedAt?.toISOString() ?? null,
  }));
}

/** Submitted lines per period, to pick the period to review. */
export async function submittedCountsByPeriod(db: Db, organizationId: string): Promise<Map<string, number>> {
  const groups = await db.activityData.groupBy({
    by: ["periodId"],
    where: { organizationId, status: "SUBMITTED" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.periodId, g._count._all]));
}
