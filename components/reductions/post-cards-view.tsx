"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionTitle } from "@/components/reductions/action-title";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import { cn } from "@/components/ui/cn";
import { formatNumber, formatPercent } from "@/lib/numbers/format";
import type { TPostCard } from "@/lib/reductions/post-cards";

// One card per emission post (lib/reductions/post-cards.ts): its latest emissions and share, the change
// from the period before, a small bar trend over the periods with data, and the actions on it, or a
// warning when there is none.
export function PostCardsView({ cards, onOpen }: { cards: TPostCard[]; onOpen: ((id: string) => void) | undefined }) {
  const t = useTranslations("reductions");
  const locale = useLocale();
  const label = useCategoryLabel("ghg");
  const tonnes = (kg: number) => formatNumber(kg / 1000, locale, 1);
  if (cards.length === 0) return <p className="text-sm text-slate-600">{t("posts.empty")}</p>;
  const latestYear = cards[0]?.series.at(-1)?.year;
  const previousYear = cards[0]?.series.at(-2)?.year;
  return (
    <section className="space-y-3" aria-labelledby="post-cards-title">
      <div>
        <h2 id="post-cards-title" className="text-base font-semibold text-slate-900">
          {t("posts.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("posts.intro", { year: latestYear ?? "" })}</p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" data-testid="post-cards">
        {cards.map((card) => {
          const max = Math.max(...card.series.map((s) => s.kg), 1);
          return (
            <li
              key={card.post}
              className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="post-card"
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="min-w-0 text-sm font-semibold text-slate-900">{label(card.post)}</h3>
                <p className="shrink-0 text-right text-lg font-semibold tabular-nums text-slate-900">
                  {tonnes(card.latestKg)} <span className="text-xs font-medium text-slate-500">tCO2e</span>
                </p>
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                {card.shareOfTotal === null
                  ? null
                  : t("posts.share", { value: formatPercent(card.shareOfTotal, locale) })}
                {card.changePct === null ? null : (
                  <>
                    {" · "}
                    <span className={cn("font-medium", card.changePct <= 0 ? "text-emerald-700" : "text-amber-700")}>
                      {t("posts.change", {
                        value: formatPercent(card.changePct / 100, locale, { signed: true }),
                        year: previousYear ?? "",
                      })}
                    </span>
                  </>
                )}
              </p>
              <div className="mt-3 flex h-10 items-end gap-1" aria-hidden>
                {card.series.map((s) => (
                  <span
                    key={s.year}
                    title={`${s.year}: ${tonnes(s.kg)} t`}
                    className="flex-1 rounded-t-sm bg-brand-600/70 last:bg-brand-700"
                    style={{ height: `${Math.max(4, (s.kg / max) * 100)}%` }}
                  />
                ))}
              </div>
              <p className="sr-only">{card.series.map((s) => `${s.year}: ${tonnes(s.kg)} tCO2e`).join(", ")}</p>
              <div className="mt-1 flex justify-between text-[11px] text-slate-500" aria-hidden>
                <span>{card.series[0]?.year}</span>
                <span>{card.series.at(-1)?.year}</span>
              </div>
              {card.actions.length === 0 ? (
                <p className="mt-3 text-xs font-medium text-amber-700">{t("posts.noAction")}</p>
              ) : (
                <ul className="mt-3 space-y-1.5 border-t border-slate-100 pt-2">
                  {card.actions.map((a) => (
                    <li key={a.id} className="flex items-baseline justify-between gap-3 text-sm">
                      <ActionTitle id={a.id} title={a.title} onOpen={onOpen} />
                      <span className="shrink-0 text-xs text-slate-500">
                        {t(`statuses.${a.status}` as "statuses.IDEA")}
                        {a.expectedKg ? ` · ${t("posts.expected", { value: tonnes(a.expectedKg) })}` : null}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
