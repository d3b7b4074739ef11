import { useTranslations } from "next-intl";
import { ComparisonTable } from "@/components/dashboard/comparison-table";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { OverviewCharts } from "@/components/dashboard/overview-charts";
import { OverviewControls } from "@/components/dashboard/overview-controls";
import { QualityPanel } from "@/components/dashboard/quality-panel";
import { YoySection } from "@/components/dashboard/yoy-section";
import { IntensityPanel } from "@/components/dashboard/intensity-panel";
import { EmptyState } from "@/components/ui/card";
import type { TComparison } from "@/lib/dashboard/comparison";
import type { TCompletenessSummary } from "@/lib/dashboard/completeness-summary";
import type { TIntensity } from "@/lib/dashboard/intensity";
import type { TOverview, TOverviewQuery } from "@/lib/dashboard/overview";
import type { TDashboardYoy, TYoyAgainst } from "@/lib/dashboard/year-over-year";
import type { TDrill } from "@/lib/dashboard/drill-link";

type Props = {
  overview: TOverview;
  comparison: TComparison | null;
  yoy: { against: TYoyAgainst | null; data: TDashboardYoy | null };
  completeness: TCompletenessSummary;
  query: TOverviewQuery & { period: string };
  periods: { id: string; label: string }[];
  names: { sites: Record<string, string>; products: Record<string, string> };
  intensity: TIntensity;
  completenessHref: string;
  orgSlug?: string; // when given, every figure links to its emission lines (lib/dashboard/drill-link.ts)
  settingsHref: string; // the organisation's settings, where profile, periods and product volumes are entered
};

// The overview dashboard of one period: controls, headline figures, breakdowns and data quality.
export function OverviewSection({
  overview,
  comparison,
  yoy,
  completeness,
  query,
  periods,
  names,
  intensity,
  completenessHref,
  orgSlug,
  settingsHref,
}: Props) {
  const t = useTranslations("dashboard");
  const period = periods.find((p) => p.id === query.period)?.label ?? "";
  const drill: TDrill | undefined = orgSlug
    ? { org: orgSlug, period: query.period, basis: query.basis, scope2: query.scope2 }
    : undefined;
  return (
    <section aria-labelledby="overview-title" className="space-y-4">
      <div>
        <h2 id="overview-title" className="text-lg font-semibold text-slate-900">
          {t("title", { period })}
        </h2>
        <p className="text-sm text-slate-600" data-testid="overview-basis">
          {t(query.basis === "validated" ? "basisValidated" : "basisSubmitted")} ·{" "}
          {t(query.scope2 === "location" ? "basisLocation" : "basisMarket")}
        </p>
      </div>
      <OverviewControls periods={periods} value={query} />
      {overview.total.lines === 0 ? (
        <EmptyState title={t("empty")}>{query.basis === "validated" ? t("emptyValidated") : null}</EmptyState>
      ) : (
        <>
          <KpiCards overview={overview} scope2={query.scope2} drill={drill} />
          <OverviewCharts overview={overview} view={query.view} names={names} drill={drill} />
          {comparison ? <ComparisonTable comparison={comparison} view={query.view} drill={drill} /> : null}
          {comparison ? <YoySection yoy={yoy} comparison={comparison} view={query.view} /> : null}
          <QualityPanel
            overview={overview}
            completeness={completeness}
            completenessHref={completenessHref}
            drill={drill}
          />
          <IntensityPanel intensity={intensity} period={period} settingsHref={settingsHref} orgSlug={orgSlug} />
        </>
      )}
    </section>
  );
}
