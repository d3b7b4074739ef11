"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import type { TBulkTransition, useBulkStatus } from "@/components/activity/use-bulk-status";
import { Button } from "@/components/ui/button";
import type { TSelection } from "@/components/ui/use-selection";

type Props = {
  selection: TSelection;
  bulk: ReturnType<typeof useBulkStatus>;
  /** The buttons the person's rights allow (activity.validate, activity.submit). */
  transitions: readonly TBulkTransition[];
};

// The bar above a list of lines that can be ticked (the review queue, a category list): "select all on
// this page", how many are ticked, one button per status change, then what happened, line by line. It
// stays in view while the list scrolls.
export function BulkStatusBar({ selection, bulk, transitions }: Props) {
  const t = useTranslations("bulkStatus");
  const count = selection.selected.length;
  const { report } = bulk;
  // A fragment: the sticky bar must be a child of the list's wrapper to stay in view along the whole list.
  return (
    <>
      <div
        role="group"
        aria-label={t("bar")}
        className="sticky top-0 z-10 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur sm:py-3"
      >
        <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" className="size-4" checked={selection.allSelected} onChange={selection.toggleAll} />
          {t("selectAllOnPage")}
        </label>
        {/* On a phone the buttons already say how many; the count stays for screen readers. */}
        <span aria-live="polite" className="sr-only text-sm tabular-nums text-slate-600 sm:not-sr-only">
          {t("selected", { count })}
        </span>
        {count > 0 ? (
          <Button size="sm" variant="ghost" onClick={selection.clear} title={t("clear")}>
            <X className="size-4" aria-hidden />
            <span className="sr-only sm:not-sr-only">{t("clear")}</span>
          </Button>
        ) : null}
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          {transitions.map((transition) => (
            <Button
              key={transition}
              size="sm"
              variant={transition === "validate" ? "primary" : "secondary"}
              disabled={bulk.pending || count === 0}
              onClick={() => bulk.run(transition, selection.selected, selection.clear)}
            >
              {t(transition === "validate" ? "validateSelected" : "submitSelected", { count })}
            </Button>
          ))}
        </div>
      </div>
      <FormError message={report.error} />
      <FormSuccess message={report.done} />
      {report.skipped.length > 0 ? (
        <ul aria-label={t("skippedLines")} className="space-y-0.5 text-sm text-amber-800">
          {report.skipped.map((line, index) => (
            <li key={index} className="break-words">
              {t("skippedLine", { name: line.name, reason: line.reason })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
