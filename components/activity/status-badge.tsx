"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { TActivityStatus } from "@/lib/activity/status-rules";

const TONES = { DRAFT: "slate", SUBMITTED: "blue", VALIDATED: "green", REJECTED: "red" } as const;

export function ActivityStatusBadge({ status }: { status: TActivityStatus }) {
  const t = useTranslations("activityStatus");
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}

/** The reviewer's reason on a rejected line, as the contributor reads it. */
export function RejectionComment({ comment }: { comment: string | null }) {
  const t = useTranslations("activityStatus");
  if (!comment) return null;
  return (
    <div role="note" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-medium">{t("rejectedBecause")}</p>
      <p className="mt-0.5 whitespace-pre-line">{comment}</p>
    </div>
  );
}
