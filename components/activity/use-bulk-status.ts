"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitActivitiesAction, validateActivitiesAction } from "@/app/actions/activity-status";
import type { TSkipReason, TSkippedLine } from "@/lib/activity/status-rules";

export type TBulkTransition = "validate" | "submit";
export type TBulkReport = { done: string | null; skipped: { name: string; reason: string }[]; error: string | null };

const ACTIONS = { validate: validateActivitiesAction, submit: submitActivitiesAction } as const;

// Runs a status change on several lines (the review queue, a category list) and words its outcome:
// "3 lines validated · 1 skipped: status changed", with the skipped lines named.
export function useBulkStatus(orgSlug: string, nameOf: (id: string) => string) {
  const t = useTranslations("bulkStatus");
  const te = useTranslations("errors");
  const router = useRouter();
  const [report, setReport] = useState<TBulkReport>({ done: null, skipped: [], error: null });
  const [pending, startTransition] = useTransition();

  const describe = (moved: number, transition: TBulkTransition, skipped: readonly TSkippedLine[]): string => {
    const byReason = new Map<TSkipReason, number>();
    for (const s of skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    const parts = [...byReason].map(([reason, count]) => t("skipped", { count, reason: t(`reasons.${reason}`) }));
    return [t(transition === "validate" ? "validated" : "submitted", { count: moved }), ...parts].join(" · ");
  };

  const run = (transition: TBulkTransition, ids: string[], onDone?: () => void) =>
    startTransition(async () => {
      const result = await ACTIONS[transition](orgSlug, { ids });
      if (!result.ok) setReport({ done: null, skipped: [], error: te(result.error) });
      else {
        const moved = "validated" in result.data ? result.data.validated : result.data.submitted;
        const skipped = result.data.skipped;
        // Nothing moved: the same report, shown as a problem rather than a success.
        const summary = describe(moved, transition, skipped);
        setReport({
          done: moved > 0 ? summary : null,
          skipped: skipped.map((s) => ({ name: nameOf(s.id), reason: t(`reasons.${s.reason}`) })),
          error: moved > 0 ? null : summary,
        });
        if (moved > 0) onDone?.();
      }
      router.refresh();
    });
  return { run, pending, report };
}
