import type { TComparison, TComparisonRow } from "@/lib/dashboard/comparison";
import type { TCompletenessSummary } from "@/lib/dashboard/completeness-summary";
import { begesPosteLabel, ghgCategoryLabel } from "@/lib/dashboard/labels";
import type { TOverview, TSlice } from "@/lib/dashboard/overview";
import type { TDashboardYoy } from "@/lib/dashboard/year-over-year";
import type { TPeriodAllocation } from "@/lib/allocation/compute";
import { productsAllocationTable } from "@/lib/exports/products-table";
import { decimalCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportLocale, TExportT } from "@/lib/exports/messages";
import { KG_FORMAT, SHARE_FORMAT, TONNES_FORMAT, type TExportColumn, type TExportTable } from "@/lib/exports/table";
import { yoyTable } from "@/lib/exports/yoy-table";

// The overview dashboard's tables as export tables, from the figures the dashboard itself shows
// (lib/dashboard → lib/reporting): nothing is added up here, totals are the reporting layer's total.
// Shares are divisions of those figures. kg are exact to the gram; tonnes are kg / 1000.

export const DASHBOARD_TABLES = [
  "scopes",
  "categories",
  "postes",
  "sites",
  "products",
  "sources",
  "quality",
  "comparison",
  "yoy",
  "indicators",
] as const;
export type TDashboardTable = (typeof DASHBOARD_TABLES)[number];
/** The tables built from the overview's figures; `indicators` reads the Boavizta results (indicators-table.ts). */
export type TOverviewTable = Exclude<TDashboardTable, "indicators">;

export type TDashboardData = {
  overview: TOverview;
  comparison: TComparison | null;
  yoy: { data: TDashboardYoy | null }; // the year-over-year split the address asks for (`against`), if any
  completeness: TCompletenessSummary;
  query: { view: "ghg" | "beges"; scope2: "location" | "market" };
  names: { sites: Record<string, string>; products: Record<string, string> };
  allocation?: TPeriodAllocation; // the period's allocation of shared posts to products, same basis
};

type TCtx = { data: TDashboardData; t: TExportT; locale: TExportLocale };

const kg = (value: string) => decimalCell(value);
const tonnes = (value: string) => Number(value) / 1000;
const shareOf = (value: string, total: string) => (Number(total) !== 0 ? Number(value) / Number(total) : null);

function columns(t: TExportT, first: string[]): TExportColumn[] {
  const c = (key: string) => t(`exports.columns.${key}`);
  return [
    ...first.map((key) => ({ header: c(key), kind: "text" as const, width: key === "key" ? 10 : 44 })),
    { header: c("kgCO2e"), kind: "number", format: KG_FORMAT, width: 18 },
    { header: c("tCO2e"), kind: "number", format: TONNES_FORMAT, width: 14 },
    { header: c("shareOfTotal"), kind: "number", format: SHARE_FORMAT, width: 14 },
  ];
}

/** A ranked breakdown (one row per slice) closed by the overview's total. */
function sliceRows(ctx: TCtx, slices: TSlice[], label: (key: string) => TExportValue[]): TExportValue[][] {
  const total = ctx.data.overview.total.kg;
  const row = (first: TExportValue[], value: string) => [...first, kg(value), tonnes(value), shareOf(value, total)];
  const blanks = label("").map(() => null);
  return [...slices.map((s) => row(label(s.key), s.kg)), row([ctx.t("exports.rows.total"), ...blanks.slice(1)], total)];
}

export function categoryName(key: string, view: "ghg" | "beges", t: TExportT, locale: TExportLocale): string {
  if (view === "beges") return t(`dashboard.beges.${key}`);
  if (key.startsWith("scope")) return t(`dashboard.kpi.${key}`);
  const n = Number(key.slice(2));
  return t("dashboard.ghgCategory", { n, label: ghgCategoryLabel(n, locale) ?? "" });
}

function scopes(ctx: TCtx): TExportTable {
  const { overview } = ctx.data;
  const r = (key: string) => ctx.t(`exports.rows.${key}`);
  const c = (key: string) => ctx.t(`exports.columns.${key}`);
  const figure = (label: string, f: TOverview["scopes"][1]) => [
    label,
    kg(f.kg),
    tonnes(f.kg),
    kg(f.uncertaintyKg),
    decimalCell(f.knownShare),
    f.lines,
  ];
  const method = (m: "location" | "market") =>
    `${r("scope2")} – ${ctx.t(`exports.notes.${m === "location" ? "scope2Location" : "scope2Market"}`)}`;
  return {
    sheet: ctx.t("exports.tables.scopes"),
    columns: [
      { header: c("scope"), kind: "text", width: 40 },
      { header: c("kgCO2e"), kind: "number", format: KG_FORMAT, width: 18 },
      { header: c("tCO2e"), kind: "number", format: TONNES_FORMAT, width: 14 },
      { header: c("uncertaintyKg"), kind: "number", format: KG_FORMAT, width: 22 },
      { header: c("knownShare"), kind: "number", format: SHARE_FORMAT, width: 16 },
      { header: c("lines"), kind: "number", format: "#,##0", width: 10 },
    ],
    rows: [
      figure(r("scope1"), overview.scopes[1]),
      figure(r("scope2"), overview.scopes[2]),
      figure(r("scope3"), overview.scopes[3]),
      figure(r("total"), overview.total),
      [method("location"), kg(overview.scope2.location), tonnes(overview.scope2.location), null, null, null],
      [method("market"), kg(overview.scope2.market), tonnes(overview.scope2.market), null, null, null],
    ],
  };
}

function quality(ctx: TCtx): TExportTable {
  const { overview, completeness } = ctx.data;
  const r = (key: string, values?: Record<string, string>) => ctx.t(`exports.rows.${key}`, values);
  const c = (key: string) => ctx.t(`exports.columns.${key}`);
  const spend = shareOf(overview.spendKg, overview.total.kg);
  const known = decimalCell(overview.total.knownShare);
  const pct = (share: number | null) => (share === null ? null : share * 100);
  const uncertainty = shareOf(overview.total.uncertaintyKg, overview.total.kg);
  const rows: TExportValue[][] = [
    [r("physicalShare"), pct(spend === null ? null : 1 - spend), "%"],
    [r("spendShare"), pct(spend), "%"],
    [r("uncertaintyShare"), pct(uncertainty), "%"],
    [r("knownShare"), pct(known), "%"],
    [r("biogenic"), kg(overview.total.biogenicCo2Kg), "kg CO2"],
    [r("lines"), overview.total.lines, null],
    ...(["validated", "submitted", "inProgress", "notStarted", "notationKey"] as const).map((state) => [
      r("completeness", { state: ctx.t(`completeness.states.${state}`) }),
      completeness.byState[state],
      null,
    ]),
    ...completeness.notationKeys.map((k) => [
      r("notationKey", { category: ctx.t(`collection.categories.${k.category}.title`) }),
      ctx.t(`notationKeys.kinds.${k.kind}`),
      null,
    ]),
  ];
  return {
    sheet: ctx.t("exports.tables.quality"),
    columns: [
      { header: c("indicator"), kind: "text", width: 52 },
      { header: c("value"), kind: "number", format: "#,##0.###", width: 18 },
      { header: c("unit"), kind: "text", width: 10 },
    ],
    rows,
  };
}

function comparison(ctx: TCtx): TExportTable {
  const cmp = ctx.data.comparison;
  const c = (key: string, values?: Record<string, string>) => ctx.t(`exports.columns.${key}`, values);
  const name = (key: string) => categoryName(key, ctx.data.query.view, ctx.t, ctx.locale);
  const others = cmp ? [cmp.previous, cmp.base].filter((p) => p !== null && p.id !== cmp.current.id) : [];
  const against = others.filter((p, i) => others.findIndex((q) => q?.id === p?.id) === i) as NonNullable<
    TComparison["previous"]
  >[];
  const row = (r: TComparisonRow, label: string): TExportValue[] => {
    const now = Number(r.kg[cmp!.current.id] ?? 0);
    return [
      label,
      kg(r.kg[cmp!.current.id] ?? "0"),
      ...against.flatMap((p) => {
        const before = Number(r.kg[p.id] ?? 0);
        return [kg(r.kg[p.id] ?? "0"), now - before, before !== 0 ? (now - before) / before : null];
      }),
    ];
  };
  return {
    sheet: ctx.t("exports.tables.comparison"),
    columns: [
      { header: c("category"), kind: "text", width: 44 },
      { header: c("period", { period: cmp?.current.label ?? "" }), kind: "number", format: KG_FORMAT, width: 20 },
      ...against.flatMap((p): TExportColumn[] => [
        { header: c("period", { period: p.label }), kind: "number", format: KG_FORMAT, width: 20 },
        { header: c("change", { period: p.label }), kind: "number", format: KG_FORMAT, width: 22 },
        { header: c("changePct", { period: p.label }), kind: "number", format: SHARE_FORMAT, width: 16 },
      ]),
    ],
    rows: cmp ? [...cmp.rows.map((r) => row(r, name(r.key))), row(cmp.total, ctx.t("exports.rows.total"))] : [],
  };
}

export function dashboardTable(
  table: TOverviewTable,
  data: TDashboardData,
  t: TExportT,
  locale: TExportLocale,
): TExportTable {
  const ctx: TCtx = { data, t, locale };
  const { overview, query, names } = data;
  const sheet = t(`exports.tables.${table}`);
  switch (table) {
    case "scopes":
      return scopes(ctx);
    case "quality":
      return quality(ctx);
    case "comparison":
      return comparison(ctx);
    case "yoy":
      return yoyTable(data.yoy.data, t, (key) => categoryName(key, query.view, t, locale));
    case "categories":
      return {
        sheet,
        columns: columns(t, ["key", "category"]),
        rows: sliceRows(ctx, query.view === "ghg" ? overview.ghg : overview.beges, (key) => [
          key,
          key ? categoryName(key, query.view, t, locale) : null,
        ]),
      };
    case "postes":
      return {
        sheet,
        columns: columns(t, ["key", "poste"]),
        rows: sliceRows(ctx, overview.postes, (key) => [key, key ? (begesPosteLabel(key, locale) ?? null) : null]),
      };
    case "sites":
      return {
        sheet,
        columns: columns(t, ["site"]),
        rows: sliceRows(ctx, overview.sites, (key) => [names.sites[key] ?? t("dashboard.noSite")]),
      };
    case "products":
      if (ctx.data.allocation) {
        return productsAllocationTable(ctx.data.allocation, names.products, t, (post) =>
          categoryName(post, "ghg", t, locale),
        );
      }
      return {
        sheet,
        columns: columns(t, ["product"]),
        rows: sliceRows(ctx, overview.products, (key) => [names.products[key] ?? t("dashboard.noProduct")]),
      };
    case "sources":
      return {
        sheet,
        columns: columns(t, ["source"]),
        rows: sliceRows(ctx, overview.sources, (key) => [
          t.has(`dashboard.sources.${key}`) ? t(`dashboard.sources.${key}`) : key,
        ]),
      };
  }
}
