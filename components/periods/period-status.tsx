"use client";

import { Lock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { PeriodRow } from "@/lib/periods/queries";
import { formatDate } from "@/lib/numbers/format";

// Everyone who can read settings sees whether a period is locked, by whom and since when.
export function PeriodStatus({ period }: { period: PeriodRow }) {
  const t = useTranslations("periods");
  const locale = useLocale();
  if (period.status === "OPEN") return <Badge tone="green">{t("status.OPEN")}</Badge>;
  const when = period.lockedAt ? formatDate(new Date(period.lockedAt), locale) : null;
  return (
    <span className="inline-flex flex-col gap-0.5">
      <Badge tone="amber">
        <Lock aria-hidden className="mr-1 size-3" />
        {t("status.LOCKED")}
      </Badge>
      {when ? (
        <span className="text-xs text-slate-500">
          {period.lockedBy ? t("lockedByOn", { name: period.lockedBy, date: when }) : t("lockedOn", { date: when })}
        </span>
      ) : null}
    </span>
  );
}
