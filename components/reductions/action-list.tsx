"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionTitle } from "@/components/reductions/action-title";
import { useMemo, useState } from "react";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import type { TActionRow } from "@/components/reductions/types";
import { Table, Td, Th } from "@/components/ui/table";
import { controlClass } from "@/components/ui/field";
import { formatAmount, formatNumber } from "@/lib/numbers/format";
import { ACTION_STATUSES, ACTION_TYPES } from "@/lib/reductions/schemas";

const SORTS = ["expected", "achieved", "costPerTonne", "title"] as const;
type TSort = (typeof SORTS)[number];

const sorters: Record<TSort, (a: TActionRow, b: TActionRow) => number> = {
  expected: (a, b) => (b.expectedKg ?? -1) - (a.expectedKg ?? -1),
  achieved: (a, b) => (b.achieved?.kg ?? -Infinity) - (a.achieved?.kg ?? -Infinity),
  costPerTonne: (a, b) => (a.costPerTonne ?? Infinity) - (b.costPerTonne ?? Infinity),
  title: (a, b) => a.title.localeCompare(b.title),
};

// The plan as a table: filter by status, type and post, sort by expected or achieved reduction, cost per
// tonne or title. Expected (typed, converted to t) and achieved (measured) sit side by side.
export function ActionList({ actions, onOpen }: { actions: TActionRow[]; onOpen: ((id: string) => void) | undefined }) {
  const t = useTranslations("reductions");
  const locale = useLocale();
  const postLabel = useCategoryLabel("ghg");
  const [status, setStatus] = useState("");
  const [type, setType] = useState("");
  const [post, setPost] = useState("");
  const [sort, setSort] = useState<TSort>("expected");
  const posts = [...new Set(actions.flatMap((a) => a.posts))].sort();
  const rows = useMemo(
    () =>
      actions
        .filter(
          (a) => (!status || a.status === status) && (!type || a.type === type) && (!post || a.posts.includes(post)),
        )
        .sort(sorters[sort]),
    [actions, status, type, post, sort],
  );
  const tonnes = (kg: number | null | undefined) =>
    kg === null || kg === undefined ? "—" : `${formatNumber(kg / 1000, locale, 1)} t`;
  const select = (id: string, label: string, value: string, set: (v: string) => void, options: [string, string][]) => (
    <label htmlFor={id} className="flex flex-col gap-1 text-xs font-medium text-slate-700">
      {label}
      <select id={id} value={value} onChange={(e) => set(e.target.value)} className={controlClass(false)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-4">
        {select("filter-status", t("list.status"), status, setStatus, [
          ["", t("list.all")],
          ...ACTION_STATUSES.map((s) => [s, t(`statuses.${s}`)] as [string, string]),
        ])}
        {select("filter-type", t("list.type"), type, setType, [
          ["", t("list.all")],
          ...ACTION_TYPES.map((s) => [s, t(`types.${s}`)] as [string, string]),
        ])}
        {select("filter-post", t("list.post"), post, setPost, [
          ["", t("list.all")],
          ...posts.map((p) => [p, postLabel(p)] as [string, string]),
        ])}
        {select(
          "sort",
          t("list.sort"),
          sort,
          (v) => setSort(v as TSort),
          SORTS.map((s) => [s, t(`list.sorts.${s}`)]),
        )}
      </div>
      {/* On a phone, one card per action instead of a table too wide to read. */}
      <ul className="space-y-2 sm:hidden">
        {rows.map((a) => (
          <li key={a.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm">
            {onOpen ? (
              <button type="button" onClick={() => onOpen(a.id)} className="text-left font-medium text-brand-700">
                {a.title}
              </button>
            ) : (
              <p className="font-medium">{a.title}</p>
            )}
            <p className="text-xs text-slate-500">
              {t(`statuses.${a.status}`)} ·{" "}
              {a.type === "AVOIDED" ? t("types.AVOIDED") : a.posts.map(postLabel).join(", ")}
            </p>
            <dl className="mt-2 grid grid-cols-2 gap-2 text-xs">
              <div>
                <dt className="text-slate-500">{t("list.expected")}</dt>
                <dd className="font-medium tabular-nums">{tonnes(a.expectedKg)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("list.achieved")}</dt>
                <dd className="font-medium tabular-nums">{a.achieved ? tonnes(a.achieved.kg) : "—"}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table label={t("list.label")}>
          <thead>
            <tr>
              <Th>{t("fields.title")}</Th>
              <Th>{t("fields.status")}</Th>
              <Th className="text-right">{t("list.expected")}</Th>
              <Th className="text-right">{t("list.achieved")}</Th>
              <Th className="text-right">{t("list.costPerTonne")}</Th>
              <Th className="text-right">{t("fields.progress")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((a) => (
              <tr key={a.id}>
                <Td>
                  <ActionTitle id={a.id} title={a.title} onOpen={onOpen} className="font-medium" />
                  <p className="text-xs text-slate-500">
                    {a.type === "AVOIDED" ? t("types.AVOIDED") : a.posts.map(postLabel).join(", ")}
                  </p>
                </Td>
                <Td>{t(`statuses.${a.status}`)}</Td>
                <Td className="text-right tabular-nums">{tonnes(a.expectedKg)}</Td>
                <Td className="text-right tabular-nums">
                  {a.achieved ? (
                    <>
                      {tonnes(a.achieved.kg)}
                      <span className="block text-xs text-slate-500">
                        {t("list.split", {
                          from: a.achieved.fromYear,
                          to: a.achieved.toYear,
                          activity: tonnes(a.achieved.activityKg),
                          factor: tonnes(a.achieved.factorKg),
                        })}
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td className="text-right tabular-nums">
                  {a.costPerTonne === null ? "—" : `${formatAmount(a.costPerTonne, "EUR", locale)}/t`}
                </Td>
                <Td className="text-right tabular-nums">{a.progressPct} %</Td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <Td className="text-slate-500">{t("list.none")}</Td>
              </tr>
            ) : null}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
