"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { TRequestStatus } from "@/lib/activity/status-rules";

const TONES = { open: "slate", inProgress: "blue", submitted: "amber", validated: "green" } as const;

export function RequestStatusBadge({ status, overdue }: { status: TRequestStatus; overdue: boolean }) {
  const t = useTranslations("requests");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>
      {overdue ? <Badge tone="red">{t("overdue")}</Badge> : null}
    </span>
  );
}
