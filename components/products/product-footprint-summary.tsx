import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { readableMass } from "@/lib/dashboard/intensity-math";
import type { TProductFootprint } from "@/lib/dashboard/product-footprint";
import { FOOTPRINT_PARTS } from "@/lib/dashboard/product-parts";
import { formatEmission, formatNumber, formatPercent, unitFor } from "@/lib/numbers/format";

// A product's stored footprint for a period: total ± uncertainty, share of the organisation, intensity
// per functional unit, the parts (servers, network, devices, other) and the trend. Figures only, from
// lib/reporting via lib/dashboard/product-footprint.ts.

const PART_COLOURS = {
  servers: "bg-slate-500",
  network: "bg-sky-500",
  devices: "bg-emerald-500",
  other: "bg-amber-400",
  allocated: "bg-violet-400",
};

export function ProductFootprintSummary({
  footprint,
  periodLabel,
  functionalUnit,
  volumesHref,
}: {
  footprint: TProductFootprint;
  periodLabel: string;
  functionalUnit: string;
  volumesHref: string;
}) {
  const t = useTranslations("productPage");
  const ta = useTranslations("allocation.product");
  const locale = useLocale();
  const total = Number(footprint.kgCO2e);
  const unit = unitFor([footprint.kgCO2e]);
  const orgTotal = Number(footprint.organizationKgCO2e);
  const perUnit = footprint.perUnitKg === null ? null : readableMass(footprint.perUnitKg);
  const trendUnit = unitFor(footprint.trend.map((p) => p.kgCO2e));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="text-base font-semibold text-slate-900">{t("total")}</h2>
        <p className="text-xs text-slate-500">{t("totalHint", { period: periodLabel })}</p>
        <p className="mt-3 text-3xl font-semibold tabular-nums text-slate-900" data-testid="product-total">
          {formatEmission(total, unit, locale)} {unit === "t" ? "tCO2e" : "kgCO2e"}
          {footprint.uncertaintyKgCO2e !== null && Number(footprint.uncertaintyKgCO2e) > 0 ? (
            <span className="ml-2 text-base font-normal text-slate-500">
              ± {formatEmission(footprint.uncertaintyKgCO2e, unit, locale)}
            </span>
          ) : null}
        </p>
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {orgTotal > 0 ? <li>{t("shareOfOrg", { share: formatPercent(total / orgTotal, locale) })}</li> : null}
          {Number(footprint.allocatedKgCO2e) !== 0 && footprint.uncertaintyKgCO2e !== null ? (
            <li>{ta("uncertaintyDirect")}</li>
          ) : null}
          {footprint.knownUncertaintyShare !== null ? (
            <li>{t("knownUncertainty", { share: formatPercent(Number(footprint.knownUncertaintyShare), locale) })}</li>
          ) : null}
        </ul>
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h3 className="text-xs font-medium text-slate-600">{t("intensity", { unit: functionalUnit })}</h3>
          {perUnit !== null && footprint.volume !== null ? (
            <>
              <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900" data-testid="product-intensity">
                {formatNumber(perUnit.value, locale, 3)} {perUnit.unit}CO2e
              </p>
              <p className="text-xs text-slate-500">
                {t("volume", {
                  volume: formatNumber(footprint.volume, locale),
                  unit: functionalUnit,
                  period: periodLabel,
                })}
              </p>
            </>
          ) : (
            <Link href={volumesHref} className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline">
              {t("noVolume", { period: periodLabel, unit: functionalUnit })}
            </Link>
          )}
        </div>
      </Card>
      <Card>
        <h2 className="text-base font-semibold text-slate-900">{t("breakdown")}</h2>
        <ul className="mt-3 space-y-3" data-testid="product-breakdown">
          {FOOTPRINT_PARTS.map((part) => {
            const kg = Number(footprint.parts[part]);
            const share = total > 0 ? kg / total : 0;
            return (
              <li key={part} data-part={part}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="text-slate-700">{t(`parts.${part}`)}</span>
                  <span className="tabular-nums text-slate-900">
                    {formatEmission(kg, unit, locale)} {unit === "t" ? "t" : "kg"} · {formatPercent(share, locale)}
                  </span>
                </div>
                <div className="mt-1 h-2 rounded bg-slate-100" aria-hidden="true">
                  <div
                    className={`h-2 rounded ${PART_COLOURS[part]}`}
                    style={{ width: `${Math.max(0, Math.min(100, share * 100))}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
        <p className="mt-3 text-xs text-slate-500">{t("breakdownNote")}</p>
      </Card>
      <Card className="lg:col-span-2">
        <h2 className="text-base font-semibold text-slate-900">{t("trend")}</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="py-1 pr-4 font-medium">{t("trendPeriod")}</th>
                <th className="py-1 pr-4 text-right font-medium">{trendUnit === "t" ? "tCO2e" : "kgCO2e"}</th>
                <th className="py-1 text-right font-medium">{t("trendPerUnit", { unit: functionalUnit })}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {footprint.trend.map((row) => {
                const mass = row.perUnitKg === null ? null : readableMass(row.perUnitKg);
                return (
                  <tr key={row.periodId}>
                    <td className="py-1.5 pr-4">{row.label}</td>
                    <td className="py-1.5 pr-4 text-right tabular-nums">
                      {formatEmission(row.kgCO2e, trendUnit, locale)}
                    </td>
                    <td className="py-1.5 text-right tabular-nums">
                      {mass === null ? "—" : `${formatNumber(mass.value, locale, 3)} ${mass.unit}CO2e`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
