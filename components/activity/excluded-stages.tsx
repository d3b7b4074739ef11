"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TPreviewExcluded } from "@/lib/activity/preview";
import { formatEmission, unitFor } from "@/lib/numbers/format";

// Parts of the factor this kind of activity does not book (digital habits: the device's manufacturing and
// electricity, already counted elsewhere), shown under the breakdown so the left-out share stays visible.
export function ExcludedStages({ excluded }: { excluded: readonly TPreviewExcluded[] }) {
  const t = useTranslations("activity.preview");
  const ts = useTranslations("activity.stages");
  const locale = useLocale();
  if (excluded.length === 0) return null;
  const unit = unitFor(excluded.map((e) => e.kgCO2e));
  const reasons = [...new Set(excluded.map((e) => e.reason))];
  // An excluded stage is named for what it is here (the device's manufacturing), else by the generic stage name.
  const stageName = (stage: string) =>
    t.has(`excluded.stages.${stage}`)
      ? t(`excluded.stages.${stage}` as never)
      : ts.has(stage)
        ? ts(stage as never)
        : stage;
  return (
    <div data-testid="preview-excluded" className="border-t border-slate-100 pt-2">
      <h3 className="text-sm font-medium text-slate-700">{t("excluded.title")}</h3>
      <ul className="text-sm">
        {excluded.map((e) => (
          <li key={e.stage} className="flex items-start justify-between gap-3 py-1 text-slate-500">
            <span className="min-w-0">{stageName(e.stage)}</span>
            <span className="shrink-0 tabular-nums line-through decoration-slate-400">
              {formatEmission(e.kgCO2e, unit, locale)} {unit === "t" ? "t" : "kg"}
            </span>
          </li>
        ))}
      </ul>
      {reasons.map((reason) => (
        <p key={reason} className="text-xs text-slate-500">
          {t.has(`excluded.reasons.${reason}`) ? t(`excluded.reasons.${reason}` as never) : reason}
        </p>
      ))}
    </div>
  );
}
