import { loadAllocation } from "@/lib/allocation/queries";
import type { Db } from "@/lib/db/client";
import { loadCompleteness } from "@/lib/completeness/queries";
import { comparedPeriods, getComparison } from "@/lib/dashboard/comparison";
import { completenessSummary } from "@/lib/dashboard/completeness-summary";
import { loadIntensity } from "@/lib/dashboard/intensity";
import { ZOverviewQuery, getOverview } from "@/lib/dashboard/overview";
import { ZYoyAgainst, getDashboardYoy } from "@/lib/dashboard/year-over-year";

// What the home page's overview needs: the query read from the address (bad values fall back to the
// defaults), the period (the latest by default), its figures, their comparison with the previous period and
// the base year, how complete its categories are (notation keys included), and the names of sites and products.
export async function loadOverviewSection(
  db: Db,
  organizationId: string,
  periods: { id: string; label: string; year: number }[],
  baseYear: number | null,
  searchParams: Record<string, string | string[] | undefined>,
) {
  const first = (name: string) => {
    const value = searchParams[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const parsed = ZOverviewQuery.safeParse({
    period: first("period"),
    basis: first("basis"),
    scope2: first("scope2"),
    view: first("view"),
  });
  const base = parsed.success ? parsed.data : ZOverviewQuery.parse({});
  const period = periods.find((p) => p.id === base.period)?.id ?? (periods[0] as { id: string }).id;
  const query = { ...base, period };
  const compared = comparedPeriods(periods, period, baseYear);
  const today = new Date().toISOString().slice(0, 10);
  const against = ZYoyAgainst.parse(first("against")); // the year-over-year waterfall: absent = not shown
  const [overview, comparison, completeness, sites, products, yoy, allocation] = await Promise.all([
    getOverview(db, organizationId, period, query),
    compared ? getComparison(db, organizationId, compared, query) : null,
    loadCompleteness(db, organizationId, period, today),
    db.site.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.product.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    compared && against ? getDashboardYoy(db, organizationId, compared, against, query) : null,
    // Products' totals with their allocated share of shared posts (lib/allocation), on the same basis.
    loadAllocation(db, organizationId, { periodIds: [period], statuses: query.basis, scope2: query.scope2 }).then(
      (byPeriod) => byPeriod.get(period)!,
    ),
  ]);
  const intensity = await loadIntensity(db, organizationId, period, overview, allocation);
  return {
    overview,
    allocation,
    intensity,
    comparison,
    yoy: { against: against ?? null, data: yoy },
    completeness: completenessSummary(completeness.rows),
    query,
    periods: periods.map((p) => ({ id: p.id, label: p.label })),
    names: {
      sites: Object.fromEntries(sites.map((s) => [s.id, s.name])),
      products: Object.fromEntries(products.map((p) => [p.id, p.name])),
    },
  };
}
