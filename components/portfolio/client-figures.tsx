import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatShare, formatTonnes } from "@/lib/dashboard/labels";
import type { TClientFigures } from "@/lib/portfolio/figures";

// One client's figures, each a link into the client's own screens (the dashboard of the figure's period,
// its completeness grid, its requests). Shared by the desktop table and the phone cards.

type Props = { slug: string; figures: TClientFigures | undefined };

const link = "text-brand-700 underline-offset-2 hover:underline";

export function LatestTotal({ slug, figures }: Props) {
  const t = useTranslations("portfolio.figures");
  const locale = useLocale();
  if (!figures?.readable) return <span className="text-xs text-slate-500">{t("noAccess")}</span>;
  if (!figures.latest) return <span className="text-xs text-slate-500">{t("noValidated")}</span>;
  return (
    <Link href={`/${slug}?period=${figures.latest.periodId}`} className={link} data-testid="portfolio-total">
      <span className="font-semibold tabular-nums">{formatTonnes(figures.latest.kg, locale)}</span> tCO2e
      <span className="block text-xs text-slate-500">{figures.latest.label}</span>
    </Link>
  );
}

export function BaseYearChange({ slug, figures }: Props) {
  const t = useTranslations("portfolio.figures");
  const locale = useLocale();
  if (!figures?.readable || !figures.latest) return <span className="text-slate-400">—</span>;
  if (!figures.change) {
    return (
      <span className="text-xs text-slate-500">
        {figures.baseYear === null ? t("noBaseYear") : t("noBaseYearData", { year: figures.baseYear })}
      </span>
    );
  }
  const kg = Number(figures.change.kg);
  const tone = kg > 0 ? "text-red-700" : kg < 0 ? "text-emerald-700" : "text-slate-700";
  const sign = kg > 0 ? "+" : "";
  const ratio = figures.change.ratio === null ? null : Number(figures.change.ratio);
  return (
    <Link href={`/${slug}?period=${figures.latest.periodId}`} className={link} data-testid="portfolio-change">
      <span className={`font-semibold tabular-nums ${tone}`}>
        {ratio === null
          ? ""
          : `${sign}${new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio)} · `}
        {sign}
        {formatTonnes(figures.change.kg, locale)} t
      </span>
      <span className="block text-xs text-slate-500">{t("vsBaseYear", { year: figures.baseYear ?? 0 })}</span>
    </Link>
  );
}

export function Completeness({ slug, figures }: Props) {
  const t = useTranslations("portfolio.figures");
  const locale = useLocale();
  if (!figures?.readable || !figures.completeness) return <span className="text-slate-400">—</span>;
  const { done, categories, periodLabel } = figures.completeness;
  const share = categories > 0 ? done / categories : 0;
  return (
    <Link href={`/${slug}/collection/completeness`} className={`${link} block`} data-testid="portfolio-completeness">
      <span className="font-semibold tabular-nums">{formatShare(share, locale)}</span>{" "}
      <span className="text-xs text-slate-500">{t("categoriesDone", { done, count: categories })}</span>
      <span aria-hidden className="mt-1 block h-1.5 w-full max-w-32 overflow-hidden rounded-full bg-slate-100">
        <span className="block h-full rounded-full bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="block text-xs text-slate-500">{periodLabel}</span>
    </Link>
  );
}

export function OpenRequests({ slug, figures }: Props) {
  const t = useTranslations("portfolio.figures");
  if (!figures?.readable) return <span className="text-slate-400">—</span>;
  const { open, overdue } = figures.requests;
  return (
    <Link href={`/${slug}/collection/requests`} className={link} data-testid="portfolio-requests">
      <span className="font-semibold tabular-nums">{t("open", { count: open })}</span>
      {overdue > 0 ? <span className="block text-xs text-red-700">{t("overdue", { count: overdue })}</span> : null}
    </Link>
  );
}
