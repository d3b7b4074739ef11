import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isoDateOf } from "@/lib/periods/dates";
import { aggregateEmissionsMany } from "@/lib/reporting/aggregate";
import type { TReportGroup, TReportOptionsInput } from "@/lib/reporting/schemas";
import { API_GROUP_BY, type TApiTotals, type ZApiTotalsQuery } from "@/lib/api/schemas";
import type { z } from "@/lib/validation";

// The read endpoints: the organisation's periods, and totals from the reporting layer (lib/reporting, the
// one aggregation dashboards and exports use: exact decimal text, uncertainty, never a recalculation).

export async function listApiPeriods(db: Db, organizationId: string) {
  const periods = await db.reportingPeriod.findMany({
    where: { organizationId },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    select: { id: true, year: true, label: true, startDate: true, endDate: true, status: true },
  });
  return periods.map((p) => ({ ...p, startDate: isoDateOf(p.startDate), endDate: isoDateOf(p.endDate) }));
}

const figures = (g: TReportGroup | undefined) => ({
  kgCO2e: g?.kgCO2e ?? "0",
  uncertaintyKgCO2e: g?.uncertaintyKgCO2e ?? "0",
  knownUncertaintyShare: g?.knownUncertaintyShare ?? null,
  biogenicCo2Kg: g?.biogenicCo2Kg ?? "0",
  lines: g?.lines ?? 0,
  activities: g?.activities ?? 0,
});

export async function apiTotals(
  db: Db,
  organizationId: string,
  query: z.output<typeof ZApiTotalsQuery>,
): Promise<TApiTotals> {
  // Another organisation's period (or none) is NOT_FOUND, not an empty total.
  const period = await db.reportingPeriod.findFirst({ where: { id: query.periodId, organizationId } });
  if (!period) throw new AppError("NOT_FOUND");
  const base: TReportOptionsInput = { periodIds: [period.id], statuses: query.include, scope2: query.scope2 };
  const dims = query.groupBy.map((d) => API_GROUP_BY[d]);
  const [total, grouped] = await aggregateEmissionsMany(db, organizationId, [
    { ...base, groupBy: [] },
    { ...base, groupBy: dims },
  ]);
  return {
    periodId: period.id,
    scope2: query.scope2,
    include: query.include,
    groupBy: query.groupBy,
    total: figures(total?.groups[0]),
    groups: (dims.length === 0 ? [] : (grouped?.groups ?? [])).map((g) => {
      const key: Record<string, string | number | null> = {};
      query.groupBy.forEach((d) => (key[d] = g.key[API_GROUP_BY[d]] ?? null));
      return { key, ...figures(g) };
    }),
  };
}
