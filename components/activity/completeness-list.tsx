import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NotationKeyEditor } from "@/components/activity/notation-key-editor";
import { Badge } from "@/components/ui/card";
import type { TCompletenessCell, TCompletenessRow, TCompletenessState } from "@/lib/completeness/cells";
import { formatDate, formatEmission, unitFor } from "@/lib/numbers/format";

const TONES: Record<TCompletenessState, "slate" | "amber" | "blue" | "green"> = {
  notStarted: "slate",
  inProgress: "amber",
  submitted: "blue",
  validated: "green",
  notationKey: "slate",
};

const STATUS_ORDER = ["DRAFT", "REJECTED", "SUBMITTED", "VALIDATED"] as const;

type Props = {
  orgSlug: string;
  periodId: string;
  periodOpen: boolean;
  rows: TCompletenessRow[];
  siteNames: Record<string, string>;
  canSetKeys: boolean;
};

// One block per category (a list, not a wide table, so a phone shows everything without scrolling
// sideways): its state, lines and tCO2e over all sites, then one line per site, and the notation key.
export async function CompletenessList({ orgSlug, periodId, periodOpen, rows, siteNames, canSetKeys }: Props) {
  const t = await getTranslations("completeness");
  const tk = await getTranslations("notationKeys");
  const tc = await getTranslations("collection.categories");
  const locale = await getLocale();
  // One unit for the whole list, so the figures compare at a glance.
  const unit = unitFor(rows.map((r) => r.kgCO2e));
  const emission = (kg: string) => `${formatEmission(kg, unit, locale)} ${t(`unit.${unit}`)}`;

  const stateBadge = (cell: TCompletenessCell) => (
    <Badge tone={TONES[cell.state]}>
      {cell.state === "notationKey" && cell.notationKey
        ? tk(`kinds.${cell.notationKey.kind}`)
        : t(`states.${cell.state}`)}
    </Badge>
  );
  // Who is asked for the cell's data and by when; an overdue request stands out.
  const asked = (cell: TCompletenessCell) =>
    cell.requests.map((r) => (
      <span key={`${r.assigneeName}-${r.dueDate}`} className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
        {t("requested", { name: r.assigneeName, date: formatDate(r.dueDate, locale) })}
        {r.overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
      </span>
    ));
  const figures = (cell: TCompletenessCell) =>
    cell.lines === 0 ? null : (
      <span className="text-sm text-slate-600">
        {t("lines", { count: cell.lines })} ·{" "}
        <span className="font-medium text-slate-900">{emission(cell.kgCO2e)}</span>
      </span>
    );

  return (
    <ul className="space-y-3" aria-label={t("listLabel")}>
      {rows.map((row) => (
        <li key={row.category} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <Link
                href={`/${orgSlug}/collection/${row.category}`}
                className="font-semibold text-slate-900 hover:underline"
              >
                {tc(`${row.category}.title`)}
              </Link>
              {stateBadge(row)}
            </div>
            {figures(row)}
          </div>
          {row.requests.length > 0 ? <div className="mt-1 space-y-0.5">{asked(row)}</div> : null}
          {row.notationKey?.explanation ? (
            <p className="mt-1 text-sm text-slate-600">{row.notationKey.explanation}</p>
          ) : null}
          {row.state === "inProgress" || row.state === "submitted" ? (
            <p className="mt-1 text-xs text-slate-500">
              {STATUS_ORDER.filter((status) => row.byStatus[status] > 0)
                .map((status) => t(`statusCount.${status}`, { count: row.byStatus[status] }))
                .join(" · ")}
            </p>
          ) : null}
          {row.sites.length > 0 ? (
            <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
              {row.sites.map((site) => (
                <li key={site.siteId} className="flex flex-wrap items-center justify-between gap-2 py-2 pl-3">
                  <span className="flex flex-col gap-0.5">
                    <span className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
                      {siteNames[site.siteId ?? ""] ?? t("noSite")} {stateBadge(site)}
                    </span>
                    {asked(site)}
                  </span>
                  {figures(site)}
                </li>
              ))}
            </ul>
          ) : null}
          {canSetKeys && periodOpen && (row.lines === 0 || row.notationKey) ? (
            <details className="mt-3 rounded-md bg-slate-50 p-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                {row.notationKey ? tk("kind") : tk("title")}
              </summary>
              <p className="mt-1 mb-3 text-xs text-slate-600">{tk("hint")}</p>
              <NotationKeyEditor
                orgSlug={orgSlug}
                periodId={periodId}
                category={row.category}
                siteId={null}
                current={row.notationKey}
              />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
