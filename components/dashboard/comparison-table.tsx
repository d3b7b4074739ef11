import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import { formatTonnes } from "@/lib/dashboard/labels";
import type { TComparedPeriod, TComparison, TComparisonRow } from "@/lib/dashboard/comparison";
import { FigureLink } from "@/components/dashboard/figure-link";
import { drillHref, filtersOfKey, type TDrill } from "@/lib/dashboard/drill-link";

// The period against the previous one and the base year, per category: the change in tonnes and in %.
// Decreases read green, increases red; a category new in this period has no percentage.

function Change({
  row,
  from,
  to,
  href,
}: {
  row: TComparisonRow;
  from: TComparedPeriod;
  to: string;
  href?: string; // the compared period's lines of this row
}) {
  const t = useTranslations("dashboard.comparison");
  const locale = useLocale();
  const before = Number(row.kg[from.id] ?? 0);
  const delta = Number(row.kg[to] ?? 0) - before;
  const percent =
    before > 0
      ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(
          delta / before,
        )
      : delta !== 0
        ? t("new")
        : "—";
  const tonnes = `${delta > 0 ? "+" : ""}${formatTonnes(delta, locale)} t`;
  return (
    <td className="px-2 py-2 text-right align-top tabular-nums">
      <span
        className={cn("font-medium", delta < 0 ? "text-emerald-700" : delta > 0 ? "text-red-700" : "text-slate-500")}
      >
        {percent}
      </span>
      <span className="block text-xs text-slate-500">
        <FigureLink href={href}>{tonnes}</FigureLink>
      </span>
    </td>
  );
}

export function ComparisonTable({
  comparison,
  view,
  drill,
}: {
  comparison: TComparison;
  view: "ghg" | "beges";
  drill?: TDrill; // each cell links to the lines of its category and period
}) {
  const t = useTranslations("dashboard.comparison");
  const locale = useLocale();
  const label = useCategoryLabel(view);
  const { current, previous, base } = comparison;
  const against = [previous, base].filter((p): p is TComparedPeriod => p !== null && p.id !== current.id);
  const unique = against.filter((p, i) => against.findIndex((q) => q.id === p.id) === i);
  if (unique.length === 0) return null;
  const href = (r: TComparisonRow, total: boolean, period?: string) =>
    drill ? drillHref(drill, total ? {} : filtersOfKey(view, r.key), period) : undefined;
  const row = (r: TComparisonRow, total = false) => (
    <tr key={r.key} className={cn("border-t border-slate-100", total && "border-slate-300 font-semibold")}>
      <th scope="row" className="py-2 pr-2 text-left align-top font-normal text-slate-700">
        <FigureLink href={href(r, total)}>
          {total ? <span className="font-semibold text-slate-900">{t("total")}</span> : label(r.key)}
        </FigureLink>
      </th>
      <td className="px-2 py-2 text-right align-top tabular-nums">
        <FigureLink href={href(r, total)}>{formatTonnes(r.kg[current.id] ?? "0", locale)}</FigureLink>
      </td>
      {unique.map((p) => (
        <Change key={p.id} row={r} from={p} to={current.id} href={href(r, total, p.id)} />
      ))}
    </tr>
  );
  return (
    <Card className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <p className="mt-0.5 text-xs text-slate-500">{t("caption")}</p>
      <table className="mt-3 w-full text-sm" aria-label={t("title")}>
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className="py-1 pr-2 text-left font-medium">
              {t("category")}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {current.label}
            </th>
            {unique.map((p) => (
              <th key={p.id} scope="col" className="px-2 py-1 text-right font-medium">
                {t(p.id === base?.id ? "vsBase" : "vsPrevious", { period: p.label })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => row(r))}
          {row(comparison.total, true)}
        </tbody>
      </table>
    </Card>
  );
}
