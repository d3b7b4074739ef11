import { getTranslations } from "next-intl/server";
import { PublicSection, type TPublicFormatters } from "@/components/transparency/labels";
import { formatNumber } from "@/lib/numbers/format";
import type { TSnapshot } from "@/lib/transparency/schemas";

// The action board as published: one column per status (stacked on a phone), each card with its title,
// linked posts, expected reduction and progress. Avoided emissions sit apart, never with reductions.
const STATUSES = ["IDEA", "PLANNED", "IN_PROGRESS", "DONE", "ABANDONED"] as const;
type TAction = NonNullable<TSnapshot["actions"]>[number];

export async function PublicActions({
  actions,
  f,
  locale,
}: {
  actions: TAction[];
  f: TPublicFormatters;
  locale: string;
}) {
  const t = await getTranslations("transparency.public.actions");
  const statuses = await getTranslations("reductions.statuses");
  const card = (a: TAction, i: number) => (
    <li key={`${a.title}-${i}`} className="break-inside-avoid rounded-md border border-slate-200 bg-white p-3 text-sm">
      <p className="font-medium text-slate-900">{a.title}</p>
      {a.posts.length > 0 ? <p className="mt-1 text-xs text-slate-500">{a.posts.map(f.post).join(", ")}</p> : null}
      {a.expectedKg !== null ? (
        <p className="mt-1 tabular-nums text-slate-700">{t("expected", { value: f.tonnes(a.expectedKg) })}</p>
      ) : null}
      <div className="mt-2 flex items-center gap-2">
        <div className="h-1.5 flex-1 rounded-full bg-slate-100" aria-hidden>
          <div className="h-1.5 rounded-full bg-emerald-600" style={{ width: `${a.progressPct}%` }} />
        </div>
        <span className="text-xs tabular-nums text-slate-600">
          {t("progress", { value: formatNumber(a.progressPct, locale, 0) })}
        </span>
      </div>
    </li>
  );
  const reductions = actions.filter((a) => a.type === "REDUCTION");
  const avoided = actions.filter((a) => a.type === "AVOIDED");
  return (
    <PublicSection id="actions" title={t("title")}>
      <div className="grid gap-3 md:grid-cols-5 print:grid-cols-5">
        {STATUSES.map((status) => {
          const inColumn = reductions.filter((a) => a.status === status);
          return (
            <section key={status} aria-labelledby={`status-${status}`} className="rounded-lg bg-slate-50 p-2">
              <h3 id={`status-${status}`} className="flex items-baseline justify-between px-1 text-sm font-medium">
                {statuses(status)}
                <span className="text-xs font-normal text-slate-500">{t("count", { count: inColumn.length })}</span>
              </h3>
              <ul className="mt-2 space-y-2">
                {inColumn.length === 0 ? <li className="px-1 text-xs text-slate-500">{t("none")}</li> : null}
                {inColumn.map(card)}
              </ul>
            </section>
          );
        })}
      </div>
      {avoided.length > 0 ? (
        <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-3">
          <p className="text-sm text-slate-700">{t("avoided")}</p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">{avoided.map(card)}</ul>
        </div>
      ) : null}
    </PublicSection>
  );
}
