import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { WaterfallChart } from "@/components/ui/waterfall-chart";
import { YoyTable } from "@/components/dashboard/yoy-table";
import { YoyToggle } from "@/components/dashboard/yoy-toggle";
import { tonnes } from "@/lib/dashboard/labels";
import type { TComparison } from "@/lib/dashboard/comparison";
import type { TDashboardYoy, TYoyAgainst } from "@/lib/dashboard/year-over-year";

type Props = {
  yoy: { against: TYoyAgainst | null; data: TDashboardYoy | null };
  comparison: TComparison | null;
  view: "ghg" | "beges";
};

// What drove the change since the previous year or the base year (docs/methodology.md, year over year):
// a waterfall from the earlier total through the activity, factor and perimeter effects to this period's
// total, then the same split per category. Off until the reader picks a year (kept in the address).
export function YoySection({ yoy, comparison, view }: Props) {
  const t = useTranslations("dashboard.yoy");
  const locale = useLocale();
  const previous = comparison?.previous ?? null;
  const base = comparison?.base ?? null;
  const options = [
    { value: "" as const, label: t("off") },
    {
      value: "previous" as const,
      label: previous ? t("previous", { period: previous.label }) : t("noPrevious"),
      disabled: !previous,
    },
    { value: "base" as const, label: base ? t("base", { period: base.label }) : t("noBase"), disabled: !base },
  ];
  const data = yoy.data;
  const perimeter = data ? tonnes(data.total.perimeterKg) : 0;
  return (
    <Card className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <p className="mt-0.5 text-xs text-slate-500">{t("caption")}</p>
      <div className="mt-3">
        <YoyToggle value={yoy.against ?? ""} options={options} />
      </div>
      {data ? (
        <div className="mt-4" data-testid="yoy-waterfall">
          <WaterfallChart
            locale={locale}
            unit="t"
            label={t("chartLabel", { from: data.from.label, to: data.to.label })}
            legend={{ total: t("legend.total"), increase: t("legend.increase"), decrease: t("legend.decrease") }}
            steps={[
              { label: data.from.label, value: tonnes(data.total.fromKg), kind: "total" },
              { label: t("steps.activity"), value: tonnes(data.total.activityKg) - perimeter, kind: "step" },
              { label: t("steps.factor"), value: tonnes(data.total.factorKg), kind: "step" },
              { label: t("steps.perimeter"), value: perimeter, kind: "step" },
              { label: data.to.label, value: tonnes(data.total.toKg), kind: "total" },
            ]}
          />
          <dl className="mt-3 grid gap-1 text-xs text-slate-600 sm:grid-cols-3">
            {(["activity", "factor", "perimeter"] as const).map((k) => (
              <div key={k}>
                <dt className="inline font-medium text-slate-800">{t(`steps.${k}`)}</dt>
                <dd className="inline"> — {t(`explain.${k}`)}</dd>
              </div>
            ))}
          </dl>
          <YoyTable yoy={data} view={view} />
        </div>
      ) : yoy.against ? (
        <p className="mt-3 text-sm text-slate-600">{t(yoy.against === "base" ? "noBase" : "noPrevious")}</p>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t("choose")}</p>
      )}
    </Card>
  );
}
