import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import { formatTonnes } from "@/lib/dashboard/labels";
import type { TDashboardYoy, TYoyRow } from "@/lib/dashboard/year-over-year";
import type { TYoyFigures } from "@/lib/reporting/year-over-year";

// The waterfall's figures per category: both years, the change in tonnes and %, and its split. The
// activity column leaves the perimeter out (shown beside it), so activity + factors + perimeter = change.
// On a phone the table scrolls inside its own box; the category column stays in place.

// A change as shown: rounded as formatTonnes rounds (grams of rounding read 0, not "+0" or "-0").
function shown(kg: number): number {
  const tonnes = kg / 1000;
  const scale = Math.abs(tonnes) < 10 ? 100 : 10; // two decimals under 10 t, one above
  const rounded = Math.round(tonnes * scale) / scale;
  return rounded === 0 ? 0 : kg;
}

const signedTonnes = (kg: number, locale: string) => `${kg > 0 ? "+" : ""}${formatTonnes(kg, locale)}`;

function tone(kg: number) {
  return kg < 0 ? "text-emerald-700" : kg > 0 ? "text-red-700" : "text-slate-500";
}

export function YoyTable({ yoy, view }: { yoy: TDashboardYoy; view: "ghg" | "beges" }) {
  const t = useTranslations("dashboard.yoy");
  const locale = useLocale();
  const label = useCategoryLabel(view);
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  });
  const row = (r: TYoyFigures & { key?: string }, total = false) => {
    const from = Number(r.fromKg);
    const delta = shown(Number(r.deltaKg));
    const perimeter = Number(r.perimeterKg);
    const effects = [Number(r.activityKg) - perimeter, Number(r.factorKg), perimeter].map(shown);
    return (
      <tr
        key={r.key ?? "total"}
        className={cn("border-t border-slate-100", total && "border-slate-300 font-semibold")}
        data-testid={total ? "yoy-total-row" : undefined}
      >
        <th
          scope="row"
          className="sticky left-0 z-10 w-32 bg-white py-2 pr-2 text-left align-top text-xs font-normal text-slate-700 sm:w-auto sm:text-sm"
        >
          {total ? <span className="font-semibold text-slate-900">{t("total")}</span> : label(r.key as string)}
        </th>
        <td className="px-2 py-2 text-right align-top tabular-nums">{formatTonnes(r.fromKg, locale)}</td>
        <td className="px-2 py-2 text-right align-top tabular-nums">{formatTonnes(r.toKg, locale)}</td>
        <td className={cn("px-2 py-2 text-right align-top font-medium tabular-nums", tone(delta))}>
          {signedTonnes(delta, locale)}
        </td>
        <td className={cn("px-2 py-2 text-right align-top tabular-nums", tone(delta))}>
          {from > 0 ? percent.format(delta / from) : delta !== 0 ? t("new") : "—"}
        </td>
        {effects.map((kg, i) => (
          <td key={i} className={cn("px-2 py-2 text-right align-top tabular-nums", tone(kg))}>
            {signedTonnes(kg, locale)}
          </td>
        ))}
      </tr>
    );
  };
  const headers = [
    yoy.from.label,
    yoy.to.label,
    t("columns.delta"),
    t("columns.percent"),
    t("columns.activity"),
    t("columns.factor"),
    t("columns.perimeter"),
  ];
  return (
    <div className="mt-4 overflow-x-auto" data-testid="yoy-table-scroll">
      <table className="w-full min-w-[40rem] text-sm" aria-label={t("tableLabel", { from: yoy.from.label })}>
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className="sticky left-0 z-10 bg-white py-1 pr-2 text-left font-medium">
              {t("columns.category")}
            </th>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-2 py-1 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {yoy.rows.map((r: TYoyRow) => row(r))}
          {row(yoy.total, true)}
        </tbody>
      </table>
    </div>
  );
}
