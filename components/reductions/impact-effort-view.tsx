"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionTitle } from "@/components/reductions/action-title";
import type { TActionRow } from "@/components/reductions/types";
import { ImpactEffortChart } from "@/components/ui/impact-effort-chart";
import { formatMoney, formatNumber } from "@/lib/numbers/format";
import { impactEffort, type TQuadrant } from "@/lib/reductions/impact-effort";

const QUADRANTS: readonly TQuadrant[] = ["quickWin", "majorProject", "fillIn", "reconsider"];
const COLORS: Record<TQuadrant, string> = {
  quickWin: "#0e7665",
  majorProject: "#4f46e5",
  fillIn: "#64748b",
  reconsider: "#d97706",
};

// The plan's reduction actions by cost and expected reduction (lib/reductions/impact-effort.ts), then the
// same groups as lists, so a phone or a screen reader gets every figure. Costs are internal: managers only.
export function ImpactEffortView({
  actions,
  canSeeCosts,
  onOpen,
}: {
  actions: TActionRow[];
  canSeeCosts: boolean;
  onOpen: ((id: string) => void) | undefined;
}) {
  const t = useTranslations("reductions.impact");
  const locale = useLocale();
  if (!canSeeCosts) return <p className="text-sm text-slate-600">{t("managersOnly")}</p>;
  const { placed, medians, missing } = impactEffort(actions);
  const tonnes = (value: number) => t("tonnes", { value: formatNumber(value, locale, 1) });
  const euros = (value: number) => formatMoney(value, "EUR", locale);
  return (
    <section className="space-y-4" aria-labelledby="impact-effort-title">
      <div>
        <h2 id="impact-effort-title" className="text-base font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      {medians ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <ImpactEffortChart
            points={placed.map((p) => ({
              id: p.id,
              title: p.title,
              x: p.costEur,
              y: p.tonnes,
              color: COLORS[p.quadrant],
            }))}
            medians={{ x: medians.costEur, y: medians.tonnes }}
            locale={locale}
            label={t("chartLabel", { count: placed.length })}
            axes={{ x: t("axisCost"), y: t("axisReduction") }}
          />
          <p className="mt-2 text-xs text-slate-500">
            {t("medians", { tonnes: tonnes(medians.tonnes), cost: euros(medians.costEur) })}
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      )}
      <div className="grid gap-3 sm:grid-cols-2" data-testid="impact-groups">
        {QUADRANTS.map((quadrant) => {
          const group = placed.filter((p) => p.quadrant === quadrant);
          return (
            <div key={quadrant} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
                <span aria-hidden className="size-2.5 rounded-full" style={{ background: COLORS[quadrant] }} />
                {t(`quadrants.${quadrant}.title`)}
                <span className="font-normal text-slate-500">({group.length})</span>
              </h3>
              <p className="text-xs text-slate-500">{t(`quadrants.${quadrant}.hint`)}</p>
              <ul className="mt-2 divide-y divide-slate-100" data-testid={`impact-${quadrant}`}>
                {group.map((p) => (
                  <li key={p.id} className="flex items-baseline justify-between gap-3 py-1.5 text-sm">
                    <ActionTitle id={p.id} title={p.title} onOpen={onOpen} />
                    <span className="shrink-0 text-xs tabular-nums text-slate-600">
                      {tonnes(p.tonnes)} · {euros(p.costEur)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {missing.length > 0 ? (
        <div className="text-sm text-slate-600">
          <p className="font-medium text-slate-800">{t("missingTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((m) => (
              <li key={m.id}>{t(m.reason === "cost" ? "missingCost" : "missingExpected", { title: m.title })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-xs text-slate-500">{t("avoidedNote")}</p>
    </section>
  );
}
