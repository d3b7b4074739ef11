import type { Db } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportGroup } from "@/lib/reporting/schemas";

// A period beside the previous one and the base year, per scope and category (GHG Protocol or BEGES),
// from the reporting layer. Changes are absolute (kg) and relative; a category absent from the other
// period has no percentage (it is new, or gone).

export type TComparedPeriod = { id: string; label: string; year: number };
export type TComparisonRow = { key: string; kg: Record<string, string> }; // kg per period id ("0" when absent)
export type TComparison = {
  current: TComparedPeriod;
  previous: TComparedPeriod | null;
  base: TComparedPeriod | null;
  rows: TComparisonRow[]; // largest in the current period first
  total: TComparisonRow;
};

type TQuery = { basis: "validated" | "submitted"; scope2: "location" | "market"; view: "ghg" | "beges" };

/** The period before `current` (largest earlier year) and the base year's period, when they exist. */
export function comparedPeriods(
  periods: TComparedPeriod[],
  currentId: string,
  baseYear: number | null,
): Pick<TComparison, "current" | "previous" | "base"> | null {
  const current = periods.find((p) => p.id === currentId);
  if (!current) return null;
  const earlier = periods.filter((p) => p.year < current.year).sort((a, b) => b.year - a.year);
  const base = baseYear !== null && baseYear !== current.year ? periods.find((p) => p.year === baseYear) : undefined;
  return { current, previous: earlier[0] ?? null, base: base ?? null };
}

const keyOf = (g: TReportGroup, view: TQuery["view"]) =>
  view === "beges" ? String(g.key.begesCategory) : g.key.scope === 3 ? `3.${g.key.ghgCategory}` : `scope${g.key.scope}`;

export async function getComparison(
  db: Db,
  organizationId: string,
  periods: Pick<TComparison, "current" | "previous" | "base">,
  query: TQuery,
): Promise<TComparison> {
  const ids = [
    ...new Set([periods.current, periods.previous, periods.base].filter((p) => p !== null).map((p) => p.id)),
  ];
  const base = { periodIds: ids, statuses: query.basis, scope2: query.scope2 };
  const [{ groups }, totals] = await Promise.all([
    aggregateEmissions(db, organizationId, {
      ...base,
      groupBy: query.view === "beges" ? ["period", "begesCategory"] : ["period", "scope", "ghgCategory"],
    }),
    aggregateEmissions(db, organizationId, { ...base, groupBy: ["period"] }),
  ]);
  const rows = new Map<string, TComparisonRow>();
  const total: TComparisonRow = { key: "total", kg: Object.fromEntries(ids.map((id) => [id, "0"])) };
  for (const g of groups) {
    const key = keyOf(g, query.view);
    const row = rows.get(key) ?? { key, kg: Object.fromEntries(ids.map((id) => [id, "0"])) };
    const period = String(g.key.period);
    row.kg[period] = g.kgCO2e;
    rows.set(key, row);
  }
  for (const g of totals.groups) total.kg[String(g.key.period)] = g.kgCO2e;
  const current = periods.current.id;
  return {
    ...periods,
    rows: [...rows.values()].sort((a, b) => Number(b.kg[current]) - Number(a.kg[current])),
    total,
  };
}
