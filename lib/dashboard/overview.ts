import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { aggregateEmissionsMany } from "@/lib/reporting/aggregate";
import type { TReportDimension, TReportGroup, TReportOptionsInput } from "@/lib/reporting/schemas";
import { ZId } from "@/lib/validation";

// Everything the overview dashboard shows for one period, read from the reporting layer (never the engine):
// the total ± uncertainty, scopes (scope 2 both ways), categories under both classifications, top postes,
// sites, products, factor sources and the data-quality mix. Figures stay exact decimal text (kg).

export const ZOverviewQuery = z.object({
  period: ZId.optional().catch(undefined),
  basis: z.enum(["validated", "submitted"]).catch("validated"),
  scope2: z.enum(["location", "market"]).catch("location"),
  view: z.enum(["ghg", "beges"]).catch("ghg"),
});
export type TOverviewQuery = z.output<typeof ZOverviewQuery>;

export type TFigure = { kg: string; uncertaintyKg: string; knownShare: string | null; lines: number };
export type TSlice = { key: string; kg: string };

export type TOverview = {
  total: TFigure & { biogenicCo2Kg: string };
  scopes: { 1: TFigure; 2: TFigure; 3: TFigure };
  scope2: { location: string; market: string };
  ghg: TSlice[]; // "scope1", "scope2", "3.1" … "3.15"
  beges: TSlice[]; // "1" … "6"
  postes: TSlice[]; // BEGES postes, largest first
  sites: TSlice[]; // site id, "" = no site
  products: TSlice[]; // product id, "" = not assigned to a product
  sources: TSlice[]; // factor source (ademe, desnz, custom…)
  spendKg: string; // emissions computed from monetary ratios (the rest comes from physical data)
};

const EMPTY: TFigure = { kg: "0", uncertaintyKg: "0", knownShare: null, lines: 0 };

const figure = (g: TReportGroup | undefined): TFigure =>
  g
    ? { kg: g.kgCO2e, uncertaintyKg: g.uncertaintyKgCO2e ?? "0", knownShare: g.knownUncertaintyShare, lines: g.lines }
    : EMPTY;

const byKg = (a: TSlice, b: TSlice) => Number(b.kg) - Number(a.kg);

/** Groups of one dimension as slices, largest first; `null` keys become "". */
function slices(groups: TReportGroup[], dimension: TReportDimension): TSlice[] {
  return groups.map((g) => ({ key: String(g.key[dimension] ?? ""), kg: g.kgCO2e })).sort(byKg);
}

export async function getOverview(
  db: Db,
  organizationId: string,
  periodId: string,
  query: Pick<TOverviewQuery, "basis" | "scope2">,
): Promise<TOverview> {
  const base = { periodIds: [periodId], statuses: query.basis, scope2: query.scope2 };
  const report = (groupBy: TReportDimension[], extra: Partial<TReportOptionsInput> = {}): TReportOptionsInput => ({
    ...base,
    groupBy,
    ...extra,
  });
  // Only the total and the scopes show an uncertainty: the breakdowns ask for sums only (far cheaper).
  const slice = (groupBy: TReportDimension[], extra: Partial<TReportOptionsInput> = {}) =>
    report(groupBy, { measures: "kg", ...extra });
  // Scope 2 under the chosen method is in the by-scope figures; only the other method needs its own sum.
  const otherMethod = query.scope2 === "location" ? "market" : "location";
  // One statement from the period's rollup when it is fresh (lib/reporting/README.md, "Rollups").
  const reports = (
    await aggregateEmissionsMany(db, organizationId, [
      report([]),
      report(["scope"]),
      slice([], { scope2: otherMethod, filters: { scopes: [2] } }),
      slice(["scope", "ghgCategory"]),
      slice(["begesCategory"]),
      slice(["begesPoste"]),
      slice(["site"]),
      slice(["product"]),
      slice(["factorSource"]),
      slice([], { filters: { entryCategories: ["purchases"] } }), // spend-based lines: the monetary ratios
    ])
  ).map((r) => r.groups);
  const at = (i: number): TReportGroup[] => reports[i] ?? [];
  const [total, scopes, otherScope2, ghg, beges] = [at(0), at(1), at(2), at(3), at(4)];
  const [postes, sites, products, sources, spend] = [at(5), at(6), at(7), at(8), at(9)];
  const scope = (n: number) => figure(scopes.find((g) => g.key.scope === n));
  return {
    total: { ...figure(total[0]), biogenicCo2Kg: total[0]?.biogenicCo2Kg ?? "0" },
    scopes: { 1: scope(1), 2: scope(2), 3: scope(3) },
    scope2: {
      [query.scope2]: scope(2).kg,
      [otherMethod]: otherScope2[0]?.kgCO2e ?? "0",
    } as TOverview["scope2"],
    ghg: ghg
      .map((g) => ({ key: g.key.scope === 3 ? `3.${g.key.ghgCategory}` : `scope${g.key.scope}`, kg: g.kgCO2e }))
      .sort(byKg),
    beges: slices(beges, "begesCategory"),
    postes: slices(postes, "begesPoste"),
    sites: slices(sites, "site"),
    products: slices(products, "product"),
    sources: slices(sources, "factorSource"),
    spendKg: spend[0]?.kgCO2e ?? "0",
  };
}
