import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { readableMass } from "@/lib/dashboard/intensity-math";
import { formatEmission, unitFor } from "@/lib/numbers/format";
import type { TIntensity } from "@/lib/dashboard/intensity";

// Emissions relative to the organisation's size and output: per employee, per k€ of revenue and per
// functional unit of each product. Each says which figure it divides by, and what to enter when none.

type Props = { intensity: TIntensity; period: string; settingsHref: string; orgSlug?: string | undefined };

function Mass({ kg, per }: { kg: string; per: string }) {
  const locale = useLocale();
  const mass = readableMass(kg);
  const value = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(mass.value as unknown as number);
  return (
    <span className="tabular-nums">
      {value} <span className="text-sm font-medium">{`${mass.unit}CO2e / ${per}`}</span>
    </span>
  );
}

export function IntensityPanel({ intensity, period, settingsHref, orgSlug }: Props) {
  const t = useTranslations("dashboard.intensity");
  const ta = useTranslations("allocation.dashboard");
  const locale = useLocale();
  // A product's total is its own lines plus its share of shared posts: say how much of each.
  const split = (p: TIntensity["products"][number]) => {
    if (p.directKg === undefined || p.allocatedKg === undefined || Number(p.allocatedKg) === 0) return null;
    const unit = unitFor([p.kg]);
    const mass = (kg: string) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "t" : "kg"}`;
    return ta("split", { direct: mass(p.directKg), allocated: mass(p.allocatedKg) });
  };
  const number = (value: string | number) => new Intl.NumberFormat(locale).format(value as number);
  const link = "text-brand-700 underline-offset-2 hover:underline";
  const { headcount, revenueEur } = intensity;
  const source = (s: "period" | "organization") => t(s === "period" ? "fromPeriod" : "fromProfile", { period });
  return (
    <div data-testid="overview-intensity">
      <Card className="min-w-0">
        <h3 className="text-sm font-semibold text-slate-900">{t("title", { period })}</h3>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-xs text-slate-500">{t("perEmployee")}</dt>
            <dd className="text-base font-semibold text-slate-900" data-testid="intensity-employee">
              {intensity.perEmployeeKg !== null ? <Mass kg={intensity.perEmployeeKg} per={t("employee")} /> : "—"}
            </dd>
            <dd className="text-xs text-slate-500">
              {headcount ? (
                `${t("headcount", { count: headcount.value, formatted: number(headcount.value) })} · ${source(headcount.source)}`
              ) : (
                <Link href={`${settingsHref}/periods`} className={link}>
                  {t("missingHeadcount", { period })}
                </Link>
              )}
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-xs text-slate-500">{t("perRevenue")}</dt>
            <dd className="text-base font-semibold text-slate-900" data-testid="intensity-revenue">
              {intensity.perThousandEurosKg !== null ? <Mass kg={intensity.perThousandEurosKg} per="k€" /> : "—"}
            </dd>
            <dd className="text-xs text-slate-500">
              {revenueEur ? (
                `${t("revenue", { value: new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(revenueEur.value as unknown as number) })} · ${source(revenueEur.source)}`
              ) : (
                <Link href={`${settingsHref}/periods`} className={link}>
                  {t("missingRevenue", { period })}
                </Link>
              )}
            </dd>
          </div>
        </dl>
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h4 className="text-xs font-medium text-slate-600">{t("perProduct")}</h4>
          {intensity.products.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">
              {t("noProducts")}{" "}
              <Link href={`${settingsHref}/products`} className={link}>
                {t("manageProducts")}
              </Link>
            </p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100">
              {intensity.products.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
                  data-testid="intensity-product"
                >
                  <span className="min-w-0">
                    <Link
                      href={`/${orgSlug}/products/${p.id}`}
                      className={`font-medium ${link}`}
                      data-testid="product-link"
                    >
                      {p.name}
                    </Link>
                    {p.volume !== null ? (
                      <span className="block text-xs text-slate-500">
                        {t("volume", { volume: number(p.volume), unit: p.functionalUnit })}
                      </span>
                    ) : null}
                    {split(p) !== null ? (
                      <span className="block text-xs text-slate-500" data-testid="intensity-product-split">
                        {split(p)}
                      </span>
                    ) : null}
                  </span>
                  {p.perUnitKg !== null ? (
                    <span className="font-semibold text-slate-900">
                      <Mass kg={p.perUnitKg} per={p.functionalUnit} />
                    </span>
                  ) : (
                    <Link href={`${settingsHref}/products#volumes-${p.id}`} className={`${link} text-xs`}>
                      {t("missingVolume", { period, unit: p.functionalUnit })}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </Card>
    </div>
  );
}
