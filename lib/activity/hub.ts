// The data-collection hub: per category, how many lines a period holds and their kgCO2e. One SQL aggregate
// over the stored activities (by type), folded into categories by type prefix: never the engine.
import type { DbClient } from "@/lib/factors/org-index";
import { ACTIVITY_CATEGORIES, categoryOfActivityType, type TActivityCategory } from "@/lib/activity/categories";
import { sumDecimals } from "@/lib/numbers/decimal";

export type TCategoryTotal = { category: TActivityCategory; lines: number; kgCO2e: string };

export async function categoryTotals(
  db: DbClient,
  organizationId: string,
  { periodId }: { periodId: string },
): Promise<TCategoryTotal[]> {
  const groups = await db.activityData.groupBy({
    by: ["activityTypeId"],
    where: { organizationId, periodId },
    _count: { _all: true },
    _sum: { kgCO2e: true },
  });
  const totals = new Map<TActivityCategory, { lines: number; kg: string[] }>();
  for (const g of groups) {
    const category = categoryOfActivityType(g.activityTypeId);
    if (!category) continue; // a type no category claims: a mapping error the categories test catches
    const entry = totals.get(category) ?? { lines: 0, kg: [] };
    entry.lines += g._count._all;
    entry.kg.push(g._sum.kgCO2e?.toFixed() ?? "0");
    totals.set(category, entry);
  }
  return ACTIVITY_CATEGORIES.map((category) => {
    const entry = totals.get(category);
    return { category, lines: entry?.lines ?? 0, kgCO2e: entry ? sumDecimals(entry.kg) : "0" };
  });
}
