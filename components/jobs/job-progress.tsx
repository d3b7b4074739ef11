"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { jobRunStatusAction, retryJobAction } from "@/app/actions/jobs";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TJobRunView } from "@/lib/jobs/runs";
import { elapsedMs, percentOf } from "@/lib/jobs/status";

const POLL_MS = 1_000;
const live = (run: TJobRunView) => run.status === "QUEUED" || run.status === "RUNNING";

function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
    : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}

const TONE = { QUEUED: "slate", RUNNING: "blue", DONE: "green", FAILED: "red" } as const;

/**
 * A background job's progress, read from its run row (so it survives a reload): polls the run about
 * once a second while it is queued or running. When it ends, `doneHref` (or the current page) is
 * reloaded from the server so every figure shows the result.
 */
export function JobProgress({
  orgSlug,
  initial,
  title,
  canRetry,
  doneHref,
}: {
  orgSlug: string;
  initial: TJobRunView;
  title: string;
  canRetry: boolean;
  doneHref?: string;
}) {
  const t = useTranslations("jobs");
  const tAll = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [run, setRun] = useState(initial);
  const [now, setNow] = useState(() => new Date());
  const [error, setError] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);

  useEffect(() => setRun(initial), [initial]);

  useEffect(() => {
    if (!live(run)) return;
    const timer = setInterval(async () => {
      setNow(new Date());
      const result = await jobRunStatusAction(orgSlug, { runId: run.id });
      if (!result.ok) return;
      setRun(result.data);
      if (result.data.status === "DONE") {
        if (doneHref) router.replace(doneHref);
        else router.refresh();
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [run, orgSlug, doneHref, router]);

  const percent = percentOf(run);
  const errorText = (e: { code?: string; message?: string }) => {
    if (e.message && tAll.has(e.message)) return tAll(e.message);
    if (e.code && t.has(`errorCodes.${e.code}`)) return t(`errorCodes.${e.code}`);
    if (e.code && tAll.has(`errors.${e.code}`)) return tAll(`errors.${e.code}`);
    return tAll("errors.INTERNAL");
  };

  async function retry() {
    setRetrying(true);
    const result = await retryJobAction(orgSlug, { runId: run.id });
    setRetrying(false);
    if (!result.ok) {
      setError(tAll(`errors.${result.error}`));
      return;
    }
    setError(null);
    router.refresh();
  }

  return (
    <section
      aria-labelledby={`job-${run.id}`}
      className={cn(
        "space-y-3 rounded-lg border bg-white p-4 shadow-sm sm:p-5",
        run.status === "FAILED" ? "border-red-200" : "border-brand-600/30",
      )}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`job-${run.id}`} className="text-base font-semibold text-slate-900">
          {title}
        </h3>
        <Badge tone={TONE[run.status]}>{t(`status.${run.status}`)}</Badge>
      </div>
      <div
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("progressText", { done: run.done, total: run.total })}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={cn(
            "h-full rounded-full transition-[width] duration-500",
            run.status === "FAILED" ? "bg-red-500" : "bg-brand-600",
          )}
          style={{ width: `${percent}%` }}
        />
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("done")}</dt>
          <dd className="font-medium tabular-nums text-slate-900" data-testid="job-done">
            {/* A queued run has not counted its work yet: "0 / 0" would read as an empty import. */}
            {run.total === 0 && run.status === "QUEUED"
              ? t("notStarted")
              : t("progressText", { done: run.done, total: run.total })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("elapsed")}</dt>
          <dd className="font-medium tabular-nums text-slate-900">{formatElapsed(elapsedMs(run, now))}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("errors")}</dt>
          <dd className={cn("font-medium tabular-nums", run.errorCount > 0 ? "text-red-700" : "text-slate-900")}>
            {format.number(run.errorCount)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("startedBy")}</dt>
          <dd className="truncate font-medium text-slate-900" title={run.startedBy ?? undefined}>
            {run.startedBy ?? t("unknownUser")}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-slate-500">
        {t("startedAt", { date: format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
        {run.status === "QUEUED" ? ` · ${t("waiting")}` : null}
      </p>
      {run.status === "FAILED" ? (
        <div
          role="alert"
          className="space-y-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">{t("failed")}</p>
          {run.errors.length > 0 ? (
            <ul className="list-disc space-y-0.5 pl-5">
              {run.errors.slice(0, 5).map((e, i) => (
                <li key={i}>{errorText(e)}</li>
              ))}
              {run.errorCount > 5 ? <li>{t("moreErrors", { count: run.errorCount - 5 })}</li> : null}
            </ul>
          ) : null}
          {canRetry ? (
            <Button size="sm" variant="secondary" onClick={retry} disabled={retrying}>
              {retrying ? t("retrying") : t("retry")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <FormError message={error} />
    </section>
  );
}
