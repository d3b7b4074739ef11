import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { DonutChart, RankedBarChart, type TChartDatum } from "@/components/ui/chart";
import { SCOPE_COLORS, seriesColor } from "@/components/dashboard/palette";
import { begesPosteLabel, tonnes } from "@/lib/dashboard/labels";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import type { TOverview, TSlice } from "@/lib/dashboard/overview";
import { drillHref, filtersOfKey, type TDrill } from "@/lib/dashboard/drill-link";

type Props = {
  overview: TOverview;
  view: "ghg" | "beges";
  names: { sites: Record<string, string>; products: Record<string, string> };
  drill?: TDrill; // each bar and slice links to its lines
};

const TOP = 8;

function Panel({ title, caption, children }: { title: string; caption?: string; children: React.ReactNode }) {
  return (
    <Card className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {caption ? <p className="mt-0.5 text-xs text-slate-500">{caption}</p> : null}
      <div className="mt-3">{children}</div>
    </Card>
  );
}

// The overview's breakdowns: scopes, categories (GHG Protocol or BEGES), top postes, sites, products and
// factor sources. Lines below the top eight are folded into "other" so every chart stays readable.
export function OverviewCharts({ overview, view, names, drill }: Props) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  type TDimension = Parameters<typeof filtersOfKey>[0];
  const href = (dimension: TDimension, key: string) =>
    drill ? drillHref(drill, filtersOfKey(dimension, key)) : undefined;
  const bars = (
    slices: TSlice[],
    label: (key: string) => string,
    color: (key: string, i: number) => string,
    dimension?: TDimension,
  ) => {
    const shown = slices.slice(0, TOP).map((s, i) => ({
      label: label(s.key),
      value: tonnes(s.kg),
      color: color(s.key, i),
      ...(dimension ? { href: href(dimension, s.key) } : {}),
    }));
    const rest = slices.slice(TOP).reduce((sum, s) => sum + tonnes(s.kg), 0);
    return rest !== 0 ? [...shown, { label: t("other"), value: rest, color: "#94a3b8" }] : shown;
  };
  const categoryLabel = useCategoryLabel(view);
  const categories =
    view === "ghg"
      ? bars(overview.ghg, categoryLabel, (key) => SCOPE_COLORS[key === "scope1" ? 1 : key === "scope2" ? 2 : 3], "ghg")
      : bars(overview.beges, categoryLabel, (key) => seriesColor(Number(key) - 1), "beges");
  const scopes: TChartDatum[] = ([1, 2, 3] as const).map((s) => ({
    label: t(`kpi.scope${s}`),
    value: tonnes(overview.scopes[s].kg),
    color: SCOPE_COLORS[s],
    href: href("scope", String(s)),
  }));
  const postes = bars(
    overview.postes,
    (key) => `${key} ${begesPosteLabel(key, locale) ?? ""}`,
    (key) => seriesColor(Number(key.split(".")[0]) - 1),
    "poste",
  );
  const sites = bars(
    overview.sites,
    (key) => names.sites[key] ?? t("noSite"),
    () => "#0e7665",
    "site",
  );
  const products = bars(
    overview.products,
    (key) => names.products[key] ?? t("noProduct"),
    () => "#4f46e5",
    "product",
  );
  const sources = bars(
    overview.sources,
    (key) => (t.has(`sources.${key}`) ? t(`sources.${key}` as "sources.ademe") : key),
    (_k, i) => seriesColor(i),
    "source",
  );
  const unit = "t";
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Panel title={t("charts.scopes")} caption={t("charts.unit")}>
        <DonutChart data={scopes} locale={locale} unit={unit} label={t("charts.scopes")} />
      </Panel>
      <Panel title={t(view === "ghg" ? "charts.ghg" : "charts.beges")} caption={t("charts.unit")}>
        <RankedBarChart
          data={categories}
          locale={locale}
          unit={unit}
          label={t(view === "ghg" ? "charts.ghg" : "charts.beges")}
        />
      </Panel>
      <Panel title={t("charts.postes")} caption={t("charts.postesCaption")}>
        <RankedBarChart data={postes} locale={locale} unit={unit} label={t("charts.postes")} />
      </Panel>
      <Panel title={t("charts.sites")} caption={t("charts.unit")}>
        <RankedBarChart data={sites} locale={locale} unit={unit} label={t("charts.sites")} />
      </Panel>
      <Panel title={t("charts.products")} caption={t("charts.unit")}>
        <RankedBarChart data={products} locale={locale} unit={unit} label={t("charts.products")} />
      </Panel>
      <Panel title={t("charts.sources")} caption={t("charts.unit")}>
        <DonutChart data={sources} locale={locale} unit={unit} label={t("charts.sources")} />
      </Panel>
    </div>
  );
}
