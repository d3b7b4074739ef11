"use client";

import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { FactorSummary } from "@/components/activity/factor-summary";
import { ExcludedStages } from "@/components/activity/excluded-stages";
import { LineBreakdown } from "@/components/activity/line-breakdown";
import type { TPreviewState } from "@/components/activity/use-activity-preview";
import type { TPreviewLine } from "@/lib/activity/preview";
import { formatEmission, unitFor } from "@/lib/numbers/format";

// Beside the form (below it on a phone): what saving would record, updated as the user types.
export function PreviewPanel({ state, formMessage }: { state: TPreviewState; formMessage: string | null }) {
  const t = useTranslations("activity.preview");
  const locale = useLocale();
  const result = state.kind === "done" ? state.result : state.kind === "loading" ? state.last : null;
  return (
    <Card className="space-y-4 lg:sticky lg:top-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("title")}</h2>
        <span aria-live="polite" className="text-xs text-slate-500">
          {state.kind === "loading" ? t("computing") : ""}
        </span>
      </div>
      {state.kind === "idle" ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      {state.kind === "failed" ? <p className="text-sm text-red-700">{t("unavailable")}</p> : null}
      {result && !result.ok ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {formMessage ?? t("cannotCompute")}
        </p>
      ) : null}
      {result?.ok ? (
        <div className={state.kind === "loading" ? "space-y-4 opacity-60" : "space-y-4"}>
          <p>
            <span
              data-testid="preview-kgco2e"
              data-kgco2e={result.kgCO2e}
              className="text-3xl font-semibold tabular-nums text-slate-900"
            >
              {formatEmission(result.kgCO2e, unitFor([result.kgCO2e]), locale)}
            </span>{" "}
            <span className="text-sm text-slate-600">{unitFor([result.kgCO2e]) === "t" ? "tCO2e" : "kgCO2e"}</span>
          </p>
          {result.factor ? <FactorSummary factor={result.factor} rule={result.rule} /> : null}
          <LineBreakdown lines={result.lines} />
          <ExcludedStages excluded={result.excluded} />
          <MarketBased lines={result.lines} />
        </div>
      ) : null}
    </Card>
  );
}

// Scope 2 market-based beside the location-based breakdown, so a contract typed in the form shows here.
function MarketBased({ lines }: { lines: readonly TPreviewLine[] }) {
  const t = useTranslations("activity.preview");
  const locale = useLocale();
  const market = lines.filter((l) => l.marketKgCO2e !== null);
  if (market.length === 0) return null;
  const kg = market.reduce((sum, l) => sum + Number(l.marketKgCO2e), 0).toFixed(6);
  const basis = market.find((l) => l.marketBasis !== "location-fallback")?.marketBasis ?? "location-fallback";
  return (
    <p className="flex items-start justify-between gap-3 border-t border-slate-100 pt-2 text-sm">
      <span className="min-w-0 text-slate-700">
        {t("marketBased")}
        <span className="block text-xs text-slate-500">{t(`marketBasis.${basis}` as never)}</span>
      </span>
      <span data-testid="preview-market-kgco2e" className="shrink-0 tabular-nums text-slate-900">
        {formatEmission(kg, unitFor([kg]), locale)} {unitFor([kg]) === "t" ? "t" : "kg"}
      </span>
    </p>
  );
}
