import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import { formatDateTime, formatEmission, formatNumber, formatPercent, unitFor } from "@/lib/numbers/format";
import type { TDigitalMethod } from "@/lib/products/digital/schemas";
import { SCENARIOS, type TScenarioResult } from "@/lib/products/digital/sensitivity";

// Both methods side by side for the same inputs (the booked one marked), then the "what if" variants.
// In-memory results of the model's pure functions and the engine: shown, never stored.

type TMethodResult = {
  method: TDigitalMethod;
  kgCO2e: number;
  byPart: { network: number; devices: number };
  gPerRequest: number | null;
  activities: { factorIds: readonly string[] }[];
};

export function DigitalModelResults({
  booked,
  computedAt,
  methods,
  scenarios,
}: {
  booked: TDigitalMethod;
  computedAt: string | null;
  methods: TMethodResult[];
  scenarios: { method: TDigitalMethod; results: TScenarioResult[] }[];
}) {
  const t = useTranslations("productPage");
  const locale = useLocale();
  const unit = unitFor(methods.map((m) => m.kgCO2e));
  const mass = (kg: number) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "tCO2e" : "kgCO2e"}`;
  const grams = (g: number | null) => (g === null ? "—" : formatNumber(g, locale, g < 1 ? 3 : 2));
  return (
    <div className="mt-3 space-y-6">
      <div>
        <p className="text-xs text-slate-500">
          {t("methodsCaption")}
          {computedAt ? ` ${t("computedAt", { date: formatDateTime(computedAt, locale) })}` : null}
        </p>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {methods.map((m) => {
            const sources = [...new Set(m.activities.flatMap((a) => a.factorIds.map((id) => id.split(":")[0])))];
            return (
              <section
                key={m.method}
                data-testid={`method-${m.method}`}
                className={`rounded-md border p-4 ${m.method === booked ? "border-brand-600 bg-brand-50/40" : "border-slate-200"}`}
              >
                <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
                  {t(`methods.${m.method}`)}
                  {m.method === booked ? <Badge tone="green">{t("booked")}</Badge> : null}
                </h3>
                <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">{t("parts.network")}</dt>
                  <dd className="text-right tabular-nums">{mass(m.byPart.network)}</dd>
                  <dt className="text-slate-600">{t("parts.devices")}</dt>
                  <dd className="text-right tabular-nums">{mass(m.byPart.devices)}</dd>
                  <dt className="font-medium text-slate-800">{t("modelTotal")}</dt>
                  <dd className="text-right font-medium tabular-nums">{mass(m.kgCO2e)}</dd>
                  <dt className="font-medium text-slate-800">{t("perRequest")}</dt>
                  <dd className="text-right text-lg font-semibold tabular-nums" data-testid="g-per-request">
                    {grams(m.gPerRequest)}
                  </dd>
                </dl>
                <p className="mt-2 text-xs text-slate-500">{t("factorsUsed", { factors: sources.join(", ") })}</p>
              </section>
            );
          })}
        </div>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("sensitivity")}</h3>
        <p className="text-xs text-slate-500">{t("sensitivityHint")}</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm" data-testid="sensitivity">
            <thead>
              <tr className="text-left text-xs text-slate-500">
                <th className="py-1 pr-3 font-medium">{t("scenario")}</th>
                {scenarios.map((m) => (
                  <th key={m.method} className="py-1 pr-3 text-right font-medium">
                    {t(`methodsShort.${m.method}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {SCENARIOS.map((scenario) => (
                <tr key={scenario}>
                  <td className="py-1.5 pr-3">{t(`scenarios.${scenario}`)}</td>
                  {scenarios.map((m) => {
                    const r = m.results.find((x) => x.scenario === scenario);
                    const change =
                      scenario === "base" || !r || r.changeShare === null
                        ? null
                        : formatPercent(r.changeShare, locale, { signed: true });
                    return (
                      <td key={m.method} className="py-1.5 pr-3 text-right tabular-nums">
                        {grams(r?.gPerRequest ?? null)}
                        {change ? <span className="block text-xs text-slate-500">{change}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
