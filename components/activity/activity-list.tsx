"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { BulkStatusBar } from "@/components/activity/bulk-status-bar";
import { RowActions } from "@/components/activity/row-actions";
import { ActivityStatusBadge } from "@/components/activity/status-badge";
import { useBulkStatus, type TBulkTransition } from "@/components/activity/use-bulk-status";
import { cn } from "@/components/ui/cn";
import { useSelection } from "@/components/ui/use-selection";
import type { TActivityStatus } from "@/lib/activity/status-rules";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDecimal, formatEmission, unitFor } from "@/lib/numbers/format";

export type TActivityRow = {
  id: string;
  date: string | null;
  type: string;
  label: string | null;
  quantity: string;
  unit: string;
  site: string | null;
  kgCO2e: string;
  status: TActivityStatus;
  canEdit: boolean;
  href: string;
};

type Props = {
  orgSlug: string;
  title: string;
  rows: TActivityRow[];
  canDuplicate: boolean;
  openPeriods: { id: string; name: string }[];
  /** Status changes the person may make on ticked lines (none: no checkboxes). */
  transitions: readonly TBulkTransition[];
};

// A table on wide screens; below, one card per line (two columns on a tablet), so no key column hides
// behind a sideways scroll. Lines can be ticked (in both) and validated or submitted together.
export function ActivityList({ orgSlug, title, rows, canDuplicate, openPeriods, transitions }: Props) {
  const t = useTranslations("collection.columns");
  const tb = useTranslations("bulkStatus");
  const locale = useLocale();
  const selection = useSelection(rows.map((r) => r.id));
  const names = new Map(rows.map((r) => [r.id, r.label ?? r.type]));
  const bulk = useBulkStatus(orgSlug, (id) => names.get(id) ?? id);
  const selectable = transitions.length > 0;
  const tick = (row: TActivityRow, className: string) =>
    selectable ? (
      <input
        type="checkbox"
        className={className}
        aria-label={tb("select", { line: row.label ?? row.type })}
        checked={selection.isSelected(row.id)}
        onChange={() => selection.toggle(row.id)}
      />
    ) : null;
  const unit = unitFor(rows.map((r) => r.kgCO2e));
  const kg = (row: TActivityRow) => formatEmission(row.kgCO2e, unit, locale);
  const actions = (row: TActivityRow, showEdit = true) => (
    <RowActions
      showEdit={showEdit}
      orgSlug={orgSlug}
      activityId={row.id}
      label={row.label ?? row.type}
      editHref={row.href}
      canEdit={row.canEdit}
      canDuplicate={canDuplicate}
      openPeriods={openPeriods}
    />
  );
  const name = (row: TActivityRow) => (
    <>
      <Link href={row.href} className="font-medium text-slate-900 hover:underline">
        {row.label ?? row.type}
      </Link>
      {row.label ? <span className="block text-xs text-slate-500">{row.type}</span> : null}
    </>
  );
  return (
    <div className="space-y-3">
      {selectable ? <BulkStatusBar selection={selection} bulk={bulk} transitions={transitions} /> : null}
      <div className="hidden xl:block">
        <Table label={title}>
          <thead>
            <tr>
              {selectable ? (
                <Th className="w-px pr-0">
                  <span className="sr-only">{tb("bar")}</span>
                </Th>
              ) : null}
              <Th>{t("date")}</Th>
              <Th>{t("activity")}</Th>
              <Th className="text-right">{t("quantity")}</Th>
              <Th>{t("site")}</Th>
              <Th className="text-right">{unit === "t" ? "tCO2e" : "kgCO2e"}</Th>
              <Th>{t("status")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={selection.isSelected(row.id) ? "bg-brand-50/60" : undefined}>
                {selectable ? <Td className="w-px pr-0">{tick(row, "size-4 align-middle")}</Td> : null}
                <Td className="whitespace-nowrap">{row.date ? formatDate(row.date, locale) : "—"}</Td>
                <Td>{name(row)}</Td>
                <Td className="text-right">
                  <span className="whitespace-nowrap tabular-nums">{formatDecimal(row.quantity, locale)}</span>
                  <span className="block text-xs text-slate-500">{row.unit}</span>
                </Td>
                <Td>{row.site ?? "—"}</Td>
                <Td className="text-right tabular-nums">{kg(row)}</Td>
                <Td>
                  <ActivityStatusBadge status={row.status} />
                </Td>
                <Td className="w-px whitespace-nowrap px-2">{actions(row, false)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul aria-label={title} className="grid gap-3 md:grid-cols-2 xl:hidden">
        {rows.map((row) => (
          <li
            key={row.id}
            className={cn(
              "rounded-lg border bg-white p-4 shadow-sm",
              selection.isSelected(row.id) ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200",
            )}
          >
            <div className="flex items-start justify-between gap-3">
              {tick(row, "mt-1 size-4 shrink-0")}
              <div className="min-w-0 flex-1">{name(row)}</div>
              <ActivityStatusBadge status={row.status} />
            </div>
            <p className="mt-2 flex flex-wrap justify-between gap-x-4 text-sm text-slate-700">
              <span className="tabular-nums">
                {formatDecimal(row.quantity, locale)} {row.unit}
              </span>
              <span className="font-medium tabular-nums">
                {kg(row)} {unit === "t" ? "tCO2e" : "kgCO2e"}
              </span>
            </p>
            <p className="mt-1 text-xs text-slate-500">
              {[row.date ? formatDate(row.date, locale) : null, row.site].filter(Boolean).join(" · ") || "—"}
            </p>
            <div className="mt-2">{actions(row)}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
