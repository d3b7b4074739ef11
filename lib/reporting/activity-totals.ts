import type { Db, Tx } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportOptionsInput } from "@/lib/reporting/schemas";

// What some activities' stored lines add up to, whatever their status and period: the totals a write
// records in its audit row (before and after it replaced the lines), read in its own transaction.

export type TActivityTotals = { kgCO2e: string; lines: number; byScope: Record<"1" | "2" | "3", string> };

export async function activityTotals(
  db: Db | Tx,
  organizationId: string,
  activityIds: readonly string[],
  { ownPeriodOnly = false } = {}, // leave out the lines they carry into later periods (amortised equipment)
): Promise<TActivityTotals> {
  if (activityIds.length === 0) return { kgCO2e: "0.000000", lines: 0, byScope: ZERO_BY_SCOPE };
  const options: TReportOptionsInput = {
    statuses: "all",
    filters: { activityIds: [...activityIds], enteredInPeriodOnly: ownPeriodOnly },
  };
  const [total, byScope] = await Promise.all([
    aggregateEmissions(db, organizationId, options),
    aggregateEmissions(db, organizationId, { ...options, groupBy: ["scope"] }),
  ]);
  const scope = (s: number) => byScope.groups.find((g) => g.key.scope === s)?.kgCO2e ?? "0.000000";
  return {
    kgCO2e: total.groups[0]?.kgCO2e ?? "0.000000",
    lines: total.groups[0]?.lines ?? 0,
    byScope: { 1: scope(1), 2: scope(2), 3: scope(3) },
  };
}

const ZERO_BY_SCOPE = { 1: "0.000000", 2: "0.000000", 3: "0.000000" };
