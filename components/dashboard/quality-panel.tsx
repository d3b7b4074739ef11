import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatShare, formatTonnes } from "@/lib/dashboard/labels";
import type { TCompletenessSummary } from "@/lib/dashboard/completeness-summary";
import type { TOverview } from "@/lib/dashboard/overview";
import { FigureLink } from "@/components/dashboard/figure-link";
import { drillHref, type TDrill } from "@/lib/dashboard/drill-link";

type Props = {
  overview: TOverview;
  completeness: TCompletenessSummary;
  completenessHref: string;
  drill?: TDrill; // figures that a filter can express link to their lines
};

// How far to trust the figure and how big it is for the company: physical vs spend-based data,
// average uncertainty (intensities: intensity-panel.tsx), and biogenic CO2 reported beside (never inside) the total.
export function QualityPanel({ overview, completeness, completenessHref, drill }: Props) {
  const t = useTranslations("dashboard.quality");
  const ts = useTranslations("completeness.states");
  const tk = useTranslations("notationKeys.kinds");
  const tc = useTranslations("collection.categories");
  const locale = useLocale();
  const number = (value: number, digits = 1) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const total = Number(overview.total.kg);
  const spendShare = total > 0 ? Number(overview.spendKg) / total : null;
  const all = drill && drillHref(drill, {});
  const rows: { label: string; value: string; hint?: string; href?: string }[] = [
    {
      label: t("physical"),
      value: spendShare === null ? "—" : formatShare(1 - spendShare, locale),
      hint: t("physicalHint"),
    },
    {
      label: t("spend"),
      value: spendShare === null ? "—" : formatShare(spendShare, locale),
      href: drill && drillHref(drill, { entryCategories: ["purchases"] }),
    },
    {
      label: t("uncertainty"),
      value: total > 0 ? `± ${formatShare(Number(overview.total.uncertaintyKg) / total, locale)}` : "—",
      href: all,
    },
    {
      label: t("known"),
      value: overview.total.knownShare === null ? "—" : formatShare(Number(overview.total.knownShare), locale),
      hint: t("knownHint"),
    },
    {
      label: t("biogenic"),
      value: `${formatTonnes(overview.total.biogenicCo2Kg, locale)} t`,
      hint: t("biogenicHint"),
      href: all,
    },
    { label: t("lines"), value: number(overview.total.lines, 0), href: all },
  ];
  return (
    <Card className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.label} className="min-w-0">
            <dt className="text-xs text-slate-500">{row.label}</dt>
            <dd className="text-base font-semibold tabular-nums text-slate-900">
              <FigureLink href={row.href}>{row.value}</FigureLink>
            </dd>
            {row.hint ? <dd className="text-xs text-slate-500">{row.hint}</dd> : null}
          </div>
        ))}
      </dl>
      <div className="mt-4 border-t border-slate-100 pt-3" data-testid="overview-completeness">
        <p className="text-xs text-slate-500">{t("completenessTitle", { count: completeness.categories })}</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(["validated", "submitted", "inProgress", "notStarted", "notationKey"] as const)
            .filter((state) => completeness.byState[state] > 0)
            .map((state) => (
              <li key={state} className="tabular-nums">
                {t("stateCount", { state: ts(state), count: completeness.byState[state] })}
              </li>
            ))}
        </ul>
        {completeness.notationKeys.length > 0 ? (
          <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
            {completeness.notationKeys.map((key) => (
              <li key={key.category}>
                {tc(`${key.category}.title` as "energy.title")} – {tk(key.kind)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Link href={completenessHref} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
        {t("completeness")}
      </Link>
    </Card>
  );
}
