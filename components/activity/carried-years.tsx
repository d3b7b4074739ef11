import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatEmission, formatNumber, unitFor } from "@/lib/numbers/format";

type Props = {
  listHref: string; // the category list; each year links to it in that period
  acquisitionYear: number; // the period whose method governs
  lifetimeYears: number;
  years: { year: number; periodId: string; locked: boolean; kgCO2e: string; portion: number }[];
};

// Amortised equipment: the share each later period reports ("2025: 46.27 kgCO2e (1/4)").
export function CarriedYears({ listHref, acquisitionYear, lifetimeYears, years }: Props) {
  const t = useTranslations("collection.carried");
  const locale = useLocale();
  const unit = unitFor(years.map((y) => y.kgCO2e));
  const lifetime = formatNumber(lifetimeYears, locale, 2);
  return (
    <Card className="space-y-3">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro", { years: lifetime, year: acquisitionYear })}</p>
      <ul className="space-y-1 text-sm" data-testid="carried-years">
        {years.map((y) => (
          <li key={y.year} className="flex flex-wrap items-baseline gap-x-2">
            <span className="tabular-nums">
              {t("year", {
                year: y.year,
                kg: formatEmission(y.kgCO2e, unit, locale),
                unit: unit === "t" ? "tCO2e" : "kgCO2e",
                share: `${formatNumber(y.portion, locale, 2)}/${lifetime}`,
              })}
            </span>
            {y.locked ? <span className="text-xs text-slate-500">{t("locked")}</span> : null}
            <Link
              href={`${listHref}?period=${y.periodId}`}
              className="text-xs text-sky-700 underline underline-offset-2"
            >
              {t("open", { year: y.year })}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
