"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BulkStatusBar } from "@/components/activity/bulk-status-bar";
import { RejectDialog } from "@/components/activity/reject-dialog";
import { useBulkStatus } from "@/components/activity/use-bulk-status";
import { FormSuccess } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { useSelection } from "@/components/ui/use-selection";
import type { TReviewLine } from "@/lib/activity/review-queries";
import { formatDateTime, formatDecimal, formatEmission, unitFor } from "@/lib/numbers/format";

// The lines awaiting review: one card per line (readable on a phone, no sideways table), checkboxes for
// validating several at once, reject with a comment per line.
export function ReviewQueue({ orgSlug, lines }: { orgSlug: string; lines: TReviewLine[] }) {
  const t = useTranslations("review");
  const tb = useTranslations("bulkStatus");
  const locale = useLocale();
  const router = useRouter();
  const name = (l: TReviewLine) => l.label ?? l.activityTypeId;
  const names = new Map(lines.map((l) => [l.id, name(l)]));
  const selection = useSelection(lines.map((l) => l.id));
  const bulk = useBulkStatus(orgSlug, (id) => names.get(id) ?? id);
  const [rejecting, setRejecting] = useState<TReviewLine | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const unit = unitFor(lines.map((l) => l.kgCO2e));

  if (lines.length === 0)
    return (
      <div className="space-y-3">
        <FormSuccess message={bulk.report.done ?? rejected} />
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      </div>
    );
  return (
    <div className="space-y-3">
      <FormSuccess message={rejected} />
      <BulkStatusBar selection={selection} bulk={bulk} transitions={["validate"]} />
      <ul aria-label={t("title")} className="space-y-2">
        {lines.map((line) => (
          <li
            key={line.id}
            className="grid grid-cols-[auto_1fr] gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[auto_1fr_auto]"
          >
            <input
              type="checkbox"
              className="mt-1 size-4"
              aria-label={tb("select", { line: name(line) })}
              checked={selection.isSelected(line.id)}
              onChange={() => selection.toggle(line.id)}
            />
            <div className="min-w-0 space-y-1">
              <p className="break-words font-medium text-slate-900">{name(line)}</p>
              <p className="break-all font-mono text-xs text-slate-500">{line.activityTypeId}</p>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:flex sm:flex-wrap">
                <div>
                  <dt className="text-xs text-slate-500">{t("quantity")}</dt>
                  <dd className="tabular-nums">
                    {formatDecimal(line.quantity, locale)} {line.unit}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">{t(unit === "t" ? "emissionsT" : "emissionsKg")}</dt>
                  <dd className="tabular-nums font-medium">{formatEmission(line.kgCO2e, unit, locale)}</dd>
                </div>
                {line.siteName ? (
                  <div>
                    <dt className="text-xs text-slate-500">{t("site")}</dt>
                    <dd>{line.siteName}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="text-xs text-slate-500">{t("submittedBy")}</dt>
                  <dd>
                    {line.submittedBy ?? t("formerMember")}
                    {line.submittedAt ? (
                      <span className="block text-xs text-slate-500">{formatDateTime(line.submittedAt, locale)}</span>
                    ) : null}
                  </dd>
                </div>
              </dl>
            </div>
            <div className="col-span-2 flex flex-wrap items-start gap-2 sm:col-span-1 sm:flex-col sm:items-stretch">
              <Button size="sm" disabled={bulk.pending} onClick={() => bulk.run("validate", [line.id])}>
                {t("validate")}
              </Button>
              <Button size="sm" variant="danger" disabled={bulk.pending} onClick={() => setRejecting(line)}>
                {t("reject")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {rejecting ? (
        <RejectDialog
          orgSlug={orgSlug}
          activityId={rejecting.id}
          lineLabel={name(rejecting)}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            setRejected(t("rejected"));
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
