"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { EvidencePanel } from "@/components/activity/evidence-panel";
import { StatusControls } from "@/components/activity/status-controls";
import { RequestStatusBadge } from "@/components/requests/request-status";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { deleteRequestAction } from "@/app/actions/requests";
import type { TEvidenceSummary } from "@/lib/evidence/queries";
import type { TLineToHandIn, TRequestRow } from "@/lib/requests/queries";
import { formatDate } from "@/lib/numbers/format";

type Props = {
  orgSlug: string;
  requests: TRequestRow[];
  /** The assignee's draft and rejected lines, to submit from here. */
  toHandIn: TLineToHandIn[];
  /** Each request's files (instructions, templates, last year's invoice), by request id. */
  files: Record<string, TEvidenceSummary[]>;
  /** Managers see every request with its assignee and can delete; others see their own. */
  canManage: boolean;
  userId: string;
};

// One card per request (a phone shows it whole): what, where, when, its status from its lines, and for the
// assignee a direct link to the entry form and the lines sent back with the reviewer's comment.
export function RequestList({ orgSlug, requests, toHandIn, files, canManage, userId }: Props) {
  const t = useTranslations("requests");
  const tc = useTranslations("common");
  const locale = useLocale();
  const { error, run } = useRecordEditor(requests);
  if (requests.length === 0) {
    return <EmptyState title={canManage ? t("empty") : t("emptyMine")}>{canManage ? t("emptyHint") : null}</EmptyState>;
  }
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <ul aria-label={canManage ? t("title") : t("mine")} className="space-y-3">
        {requests.map((r) => {
          const mine = r.assigneeId === userId;
          const pending = toHandIn.filter((l) => l.requestId === r.id);
          const counts = Object.entries(r.counts).filter(([, n]) => (n ?? 0) > 0);
          return (
            <li
              key={r.id}
              data-testid={`request-${r.id}`}
              className={cn(
                "space-y-3 rounded-lg border bg-white p-4 shadow-sm",
                r.overdue ? "border-red-300" : "border-slate-200",
              )}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="font-semibold text-slate-900">{t(`categories.${r.category}`)}</h3>
                  <p className="text-sm text-slate-600">
                    {r.periodLabel} · {r.siteName ?? t("allSites")}
                  </p>
                </div>
                <RequestStatusBadge status={r.status} overdue={r.overdue} />
              </div>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:flex sm:flex-wrap sm:gap-x-8">
                <div>
                  <dt className="text-xs text-slate-500">{t("dueDate")}</dt>
                  <dd className={cn(r.overdue && "font-medium text-red-700")}>{formatDate(r.dueDate, locale)}</dd>
                </div>
                {canManage ? (
                  <div>
                    <dt className="text-xs text-slate-500">{t("assignee")}</dt>
                    <dd>{r.assigneeName || t("formerMember")}</dd>
                  </div>
                ) : r.requesterName ? (
                  <div>
                    <dt className="text-xs text-slate-500">{t("requester")}</dt>
                    <dd>{r.requesterName}</dd>
                  </div>
                ) : null}
                <div className="col-span-2">
                  <dt className="text-xs text-slate-500">{t("lines")}</dt>
                  <dd>
                    {counts.length === 0
                      ? t("noLines")
                      : counts.map(([status, n]) => t(`lineCount.${status}`, { count: n ?? 0 })).join(" · ")}
                  </dd>
                </div>
              </dl>
              {r.instructions ? (
                <p className="whitespace-pre-line rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
                  {r.instructions}
                </p>
              ) : null}
              {/* Everyone who sees a request may add files; a file is removed by its uploader or a manager. */}
              <EvidencePanel
                variant="inline"
                orgSlug={orgSlug}
                owner={{ requestId: r.id }}
                files={files[r.id] ?? []}
                canUpload
                canRemove={canManage || (files[r.id] ?? []).filter((f) => f.uploadedById === userId).map((f) => f.id)}
              />
              {pending.length > 0 ? (
                <ul aria-label={t("toHandIn")} className="space-y-3 border-t border-slate-100 pt-3">
                  {pending.map((line) => (
                    <li key={line.id} className="space-y-1">
                      <Link
                        href={`/${orgSlug}/collection/${r.category}/${line.id}`}
                        className="break-words text-sm font-medium text-brand-700 underline"
                      >
                        {line.label ?? line.activityTypeId}
                      </Link>
                      <StatusControls
                        orgSlug={orgSlug}
                        activityId={line.id}
                        status={line.status}
                        comment={line.comment}
                        canSubmit={mine}
                        canValidate={false}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className="flex flex-wrap gap-2">
                {mine && r.status !== "validated" ? (
                  <Link
                    href={`/${orgSlug}/collection/${r.category}/new?request=${encodeURIComponent(r.id)}`}
                    className={buttonClass("primary", "sm")}
                  >
                    {t("enterData")}
                  </Link>
                ) : null}
                {canManage ? (
                  <ConfirmButton
                    label={tc("delete")}
                    confirmLabel={tc("confirmDelete")}
                    onConfirm={() => run(deleteRequestAction(orgSlug, { id: r.id }))}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
