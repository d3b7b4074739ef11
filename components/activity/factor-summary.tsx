"use client";

import { useLocale, useTranslations } from "next-intl";
import { langOf, splitRule } from "@/components/activity/labels";
import type { TFactorDetails } from "@/lib/activity/factor-details";
import { unitName } from "@/lib/factors/labels/units";
import { formatDecimal, formatNumber } from "@/lib/numbers/format";

// The factor a line uses and why it was chosen, in words.
export function FactorSummary({ factor, rule }: { factor: TFactorDetails; rule: string | null }) {
  const t = useTranslations("activity.preview");
  const tr = useTranslations("activity.rules");
  const locale = useLocale();
  const lang = langOf(locale);
  const name = lang === "en" ? (factor.nameEn ?? factor.nameFr) : factor.nameFr;
  const parts = rule ? splitRule(rule) : null;
  const rows: [string, React.ReactNode][] = [
    [t("factor"), name],
    [
      t("factorId"),
      <code key="id" className="break-all text-xs">
        {factor.id}
      </code>,
    ],
    [t("source"), `${factor.source} ${factor.version}`],
    [t("value"), `${formatDecimal(factor.value, locale)} kgCO2e/${unitName(factor.unit, lang)}`],
    [
      t("uncertainty"),
      factor.uncertaintyPct === null
        ? t("uncertaintyUnknown")
        : `± ${formatNumber(factor.uncertaintyPct, locale, 1)} %`,
    ],
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="min-w-0 break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {parts ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="preview-rule">
          {tr.has(parts.base) ? tr(parts.base as never) : parts.base}
          {parts.fallback ? ` ${tr("regionFallback", { region: parts.fallback })}` : ""}
        </p>
      ) : null}
    </div>
  );
}
