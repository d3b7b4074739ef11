"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RejectionComment } from "@/components/activity/status-badge";
import { FormError } from "@/components/forms/form-error";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { markNotificationsReadAction } from "@/app/actions/notifications";
import type { TFeedItem } from "@/lib/requests/notification-feed";
import { formatDateTime } from "@/lib/numbers/format";

export function NotificationList({ orgSlug, items }: { orgSlug: string; items: TFeedItem[] }) {
  const t = useTranslations("notifications");
  const tr = useTranslations("requests");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const mark = (ids: string[] | "all") =>
    startTransition(async () => {
      const result = await markNotificationsReadAction(orgSlug, { ids });
      setError(result.ok ? null : te(result.error));
      router.refresh();
    });
  if (items.length === 0) return <EmptyState title={t("empty")} />;
  const unread = items.filter((i) => !i.read).length;
  const what = (i: TFeedItem) => (i.category ? tr(`categories.${i.category}`) : t("deleted"));
  const who = (i: TFeedItem) => i.actorName ?? t("someone");
  const text = (i: TFeedItem) => {
    switch (i.kind) {
      case "REQUEST_ASSIGNED":
        return t("requestAssigned", { actor: who(i), category: what(i), period: i.periodLabel ?? "" });
      case "LINE_REJECTED":
        return t("lineRejected", { actor: who(i), line: i.lineLabel ?? t("deleted") });
      case "LINES_SUBMITTED":
        return t("linesSubmitted", { actor: who(i), count: i.count ?? 0, category: what(i) });
    }
  };
  const href = (i: TFeedItem) => {
    if (i.kind === "LINES_SUBMITTED") return `/${orgSlug}/collection/review`;
    if (i.kind === "LINE_REJECTED" && i.activityId && i.category)
      return `/${orgSlug}/collection/${i.category}/${i.activityId}`;
    return `/${orgSlug}/collection/requests`;
  };
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t("unread", { count: unread })}</p>
        {unread > 0 ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => mark("all")}>
            {t("markAllRead")}
          </Button>
        ) : null}
      </div>
      <ul aria-label={t("title")} className="space-y-2">
        {items.map((i) => (
          <li
            key={i.id}
            className={cn(
              "space-y-2 rounded-lg border bg-white p-4 shadow-sm",
              i.read ? "border-slate-200" : "border-brand-600/40 bg-brand-50/40",
            )}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className={cn("break-words text-sm", !i.read && "font-semibold")}>
                  {!i.read ? <span className="sr-only">{t("new")} </span> : null}
                  {text(i)}
                </p>
                <p className="text-xs text-slate-500">{formatDateTime(i.createdAt, locale)}</p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Link href={href(i)} className={buttonClass("secondary", "sm")}>
                  {t("open")}
                </Link>
                {!i.read ? (
                  <Button size="sm" variant="ghost" disabled={pending} onClick={() => mark([i.id])}>
                    {t("markRead")}
                  </Button>
                ) : null}
              </div>
            </div>
            {i.kind === "LINE_REJECTED" ? <RejectionComment comment={i.comment} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
