"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RejectDialog } from "@/components/activity/reject-dialog";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { validateActivitiesAction } from "@/app/actions/activity-status";
import type { TReviewLine } from "@/lib/activity/review-queries";
import { formatDateTime, formatDecimal, formatEmission, unitFor } from "@/lib/numbers/format";

// The lines awaiting review: one card per line (readable on a phone, no sideways table), checkboxes for
// validating several at once, reject with a comment per line.
export function ReviewQueue({ orgSlug, lines }: { orgSlug: string; lines: TReviewLine[] }) {
  const t = useTranslations("review");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<TReviewLine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const unit = unitFor(lines.map((l) => l.kgCO2e));
  const kept = lines.filter((l) => selected.has(l.id)).map((l) => l.id);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const validate = (ids: string[]) =>
    startTransition(async () => {
      const result = await validateActivitiesAction(orgSlug, { ids });
      setError(result.ok ? null : te(result.error));
      setSuccess(result.ok ? t("validated", { count: result.data.validated }) : null);
      if (result.ok) setSelected(new Set());
      router.refresh();
    });

  if (lines.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  const allSelected = kept.length === lines.length;
  const name = (l: TReviewLine) => l.label ?? l.activityTypeId;
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <FormSuccess message={success} />
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={allSelected}
            onChange={() => setSelected(allSelected ? new Set() : new Set(lines.map((l) => l.id)))}
          />
          {t("selectAll")}
        </label>
        <span className="text-sm text-slate-600">{t("selected", { count: kept.length })}</span>
        <Button size="sm" className="ml-auto" disabled={pending || kept.length === 0} onClick={() => validate(kept)}>
          {t("validateSelected", { count: kept.length })}
        </Button>
      </div>
      <ul aria-label={t("title")} className="space-y-2">
        {lines.map((line) => (
          <li
            key={line.id}
            className="grid grid-cols-[auto_1fr] gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[auto_1fr_auto]"
          >
            <input
              type="checkbox"
              className="mt-1 size-4"
              aria-label={t("select", { line: name(line) })}
              checked={selected.has(line.id)}
              onChange={() => toggle(line.id)}
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
              <Button size="sm" disabled={pending} onClick={() => validate([line.id])}>
                {t("validate")}
              </Button>
              <Button size="sm" variant="danger" disabled={pending} onClick={() => setRejecting(line)}>
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
            setSuccess(t("rejected"));
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
