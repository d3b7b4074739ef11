// Reading carried lines (lib/activity/carried.ts): what a later period holds from earlier amortised
// equipment, and where one activity's equipment is carried. Every predicate carries the organisation.
import type { DbClient } from "@/lib/factors/org-index";
import { sumDecimals } from "@/lib/numbers/decimal";

export type TCarriedRow = {
  activityId: string;
  activityTypeId: string;
  label: string | null;
  fromPeriodId: string;
  fromYear: number;
  kgCO2e: string;
};

/** Equipment of earlier periods reported in this one: one row per activity, its carried kgCO2e summed. */
export async function carriedIntoPeriod(
  db: DbClient,
  organizationId: string,
  periodId: string,
  activityTypeIds: readonly string[],
): Promise<TCarriedRow[]> {
  const lines = await db.emissionLine.findMany({
    where: {
      organizationId,
      periodId,
      activityTypeId: { in: [...activityTypeIds] },
      activity: { organizationId, periodId: { not: periodId } },
    },
    select: {
      activityId: true,
      activityTypeId: true,
      kgCO2e: true,
      activity: { select: { label: true, periodId: true, period: { select: { year: true } } } },
    },
    orderBy: [{ activityId: "asc" }, { position: "asc" }],
  });
  const rows = new Map<string, TCarriedRow & { kg: string[] }>();
  for (const l of lines) {
    const row = rows.get(l.activityId) ?? {
      activityId: l.activityId,
      activityTypeId: l.activityTypeId,
      label: l.activity.label,
      fromPeriodId: l.activity.periodId,
      fromYear: l.activity.period.year,
      kgCO2e: "0",
      kg: [],
    };
    row.kg.push(l.kgCO2e.toFixed());
    rows.set(l.activityId, row);
  }
  return [...rows.values()]
    .map(({ kg, ...row }) => ({ ...row, kgCO2e: sumDecimals(kg) }))
    .sort((a, b) => a.fromYear - b.fromYear || (a.label ?? "").localeCompare(b.label ?? ""));
}

/** The later periods an activity's equipment is carried into, with the kgCO2e each holds, by year. */
export async function carriedYearsOf(db: DbClient, organizationId: string, activityId: string, ownPeriodId: string) {
  const lines = await db.emissionLine.findMany({
    where: { organizationId, activityId, periodId: { not: ownPeriodId } },
    select: { kgCO2e: true, period: { select: { id: true, year: true, status: true } } },
  });
  const years = new Map<number, { year: number; periodId: string; locked: boolean; kg: string[] }>();
  for (const l of lines) {
    const entry = years.get(l.period.year) ?? {
      year: l.period.year,
      periodId: l.period.id,
      locked: l.period.status === "LOCKED",
      kg: [],
    };
    entry.kg.push(l.kgCO2e.toFixed());
    years.set(l.period.year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year).map(({ kg, ...y }) => ({ ...y, kgCO2e: sumDecimals(kg) }));
}
