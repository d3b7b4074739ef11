import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { THostingTotals } from "@/lib/imports/boavizta/hosting";
import { formatDecimal, formatIndicator } from "@/lib/numbers/format";

// The filtered resources' totals: what they put in the inventory (the dashboards' figure for the same
// lines), the tools' GWP per phase as printed, the resources not assessed, and the "other environmental
// indicators" (ADP, primary energy and any other criterion) kept beside GWP, never added to it.
export function HostingTotals({ totals }: { totals: THostingTotals }) {
  const t = useTranslations("imports.hosting");
  const tc = useTranslations("imports.boavizta.criteria");
  const locale = useLocale();
  const n = (v: string) => formatDecimal(v, locale);
  const indicators = [
    { key: "adp", label: tc("adp"), unit: "kgSbeq", embedded: totals.adpEmbedded, use: totals.adpUse },
    { key: "pe", label: tc("pe"), unit: "MJ", embedded: totals.peEmbedded, use: totals.peUse },
    ...totals.otherCriteria
      .filter((o) => o.phase === "embedded" || o.phase === "use")
      .reduce<{ key: string; label: string; unit: string; embedded: string; use: string }[]>((rows, o) => {
        const row = rows.find((r) => r.key === o.criterion) ?? {
          key: o.criterion,
          label: o.criterion,
          unit: o.unit,
          embedded: "0",
          use: "0",
        };
        if (!rows.includes(row)) rows.push(row);
        row[o.phase as "embedded" | "use"] = o.value;
        return rows;
      }, []),
  ];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card>
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div className="col-span-2">
            <dt className="text-slate-500">{t("totals.inventory")}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="hosting-inventory-kg">
              {n(totals.inventoryKg)} kgCO2e
            </dd>
            <dd className="text-xs text-slate-500">{t("totals.inventoryHint")}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("totals.gwpEmbedded")}</dt>
            <dd className="font-medium tabular-nums">{n(totals.gwpEmbedded)} kgCO2eq</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("totals.gwpUse")}</dt>
            <dd className="font-medium tabular-nums">{n(totals.gwpUse)} kgCO2eq</dd>
          </div>
          <div className="col-span-2" data-testid="hosting-counts">
            <dt className="text-slate-500">{t("totals.resources")}</dt>
            <dd className="font-medium">
              {t("totals.counts", { total: totals.resources, notAssessed: totals.notAssessed })}
            </dd>
          </div>
        </dl>
        {totals.notAssessed > 0 ? (
          <p className="mt-3 text-sm text-amber-800" role="note">
            {t("totals.notAssessedNote")}
          </p>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-1 text-base font-semibold">{t("indicators.title")}</h2>
        <p className="mb-3 text-xs text-slate-600">{t("indicators.hint")}</p>
        <Table label={t("indicators.title")}>
          <thead>
            <tr>
              <Th>{t("indicators.indicator")}</Th>
              <Th className="text-right">{t("embedded")}</Th>
              <Th className="text-right">{t("use")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {indicators.map((i) => (
              <tr key={i.key}>
                <Td>
                  {i.label} <span className="text-xs text-slate-500">({i.unit})</span>
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatIndicator(i.embedded, locale)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatIndicator(i.use, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
