"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatEmission, unitFor } from "@/lib/numbers/format";

type TLine = { scope: number; ghgCategory: number | null; begesPoste: string; stage: string | null; kgCO2e: string };

// Lines by scope, GHG Protocol category, BEGES poste and life-cycle stage: stacked rows, fit for a phone.
export function LineBreakdown({ lines }: { lines: readonly TLine[] }) {
  const t = useTranslations("activity.preview");
  const ts = useTranslations("activity.stages");
  const locale = useLocale();
  const unit = unitFor(lines.map((l) => l.kgCO2e));
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium text-slate-700">{t("breakdown")}</h3>
      <ul className="divide-y divide-slate-100 text-sm">
        {lines.map((line, i) => (
          <li key={i} className="flex items-start justify-between gap-3 py-1.5">
            <span className="min-w-0 text-slate-700">
              {t("scopeN", { scope: line.scope })}
              {line.ghgCategory !== null ? ` · ${t("categoryN", { category: line.ghgCategory })}` : ""}
              {` · ${t("poste", { poste: line.begesPoste })}`}
              {line.stage ? (
                <span className="block text-xs text-slate-500">
                  {ts.has(line.stage) ? ts(line.stage as never) : line.stage}
                </span>
              ) : null}
            </span>
            <span className="shrink-0 tabular-nums text-slate-900">
              {formatEmission(line.kgCO2e, unit, locale)} {unit === "t" ? "t" : "kg"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
