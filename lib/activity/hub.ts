// The data-collection hub: per category, how many activities a period holds (every status) and their
// kgCO2e (scope 2 location-based), as lib/reporting sums the stored lines in SQL. Only what was entered for
// the period: lines an earlier activity carries into it (amortised equipment) belong to that activity's hub.
import { ACTIVITY_CATEGORIES, type TActivityCategory } from "@/lib/activity/categories";
import type { Db, Tx } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";

export type TCategoryTotal = { category: TActivityCategory; lines: number; kgCO2e: string };

export async function categoryTotals(
  db: Db | Tx,
  organizationId: string,
  { periodId }: { periodId: string },
): Promise<TCategoryTotal[]> {
  const { groups } = await aggregateEmissions(db, organizationId, {
    periodIds: [periodId],
    statuses: "all",
    groupBy: ["entryCategory"],
    filters: { enteredInPeriodOnly: true },
  });
  const byCategory = new Map(groups.map((g) => [g.key.entryCategory, g]));
  return ACTIVITY_CATEGORIES.map((category) => {
    const group = byCategory.get(category);
    return { category, lines: group?.activities ?? 0, kgCO2e: group?.kgCO2e ?? "0" };
  });
}
