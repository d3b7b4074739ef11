"use client";

import { Download, FileArchive } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { evidencePackStateAction, startEvidencePackAction } from "@/app/actions/exports";
import { FormError } from "@/components/forms/form-error";
import { Button, buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import type { TExportFileMeta } from "@/lib/exports/file-store";
import type { TJobRunView } from "@/lib/jobs/runs";
import { percentOf } from "@/lib/jobs/status";

type TState = { run: TJobRunView | null; file: TExportFileMeta | null };

const POLL_MS = 1_000;
const TONE = { QUEUED: "slate", RUNNING: "blue", DONE: "green", FAILED: "red" } as const;

/**
 * The period's evidence pack: start the background build, follow it (read from its run row, so a reload
 * shows it where it is), download the finished workbook.
 */
export function EvidencePackPanel({
  orgSlug,
  periodId,
  initial,
}: {
  orgSlug: string;
  periodId: string;
  initial: TState;
}) {
  const t = useTranslations("exports.pack");
  const tj = useTranslations("jobs");
  const tAll = useTranslations();
  const format = useFormatter();
  const [state, setState] = useState(initial);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = state.run;
  const live = run !== null && (run.status === "QUEUED" || run.status === "RUNNING");

  useEffect(() => setState(initial), [initial]);

  useEffect(() => {
    if (!live) return;
    const timer = setInterval(async () => {
      const result = await evidencePackStateAction(orgSlug, { periodId });
      if (result.ok) setState(result.data);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [live, orgSlug, periodId]);

  async function start() {
    setStarting(true);
    const result = await startEvidencePackAction(orgSlug, { periodId });
    setStarting(false);
    if (!result.ok) return setError(tAll(`errors.${result.error}`));
    setError(null);
    setState((s) => ({ ...s, run: result.data.run }));
  }

  return (
    <Card className="min-w-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <FileArchive aria-hidden className="size-4 text-slate-500" />
          {t("title")}
        </h3>
        {run ? <Badge tone={TONE[run.status]}>{tj(`status.${run.status}`)}</Badge> : null}
      </div>
      <p className="mt-1 text-xs text-slate-500">{t("description")}</p>
      {live ? (
        <div className="mt-3 space-y-1" data-testid="evidence-pack-progress">
          <div
            role="progressbar"
            aria-label={t("title")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percentOf(run)}
            className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
              style={{ width: `${percentOf(run)}%` }}
            />
          </div>
          <p className="text-xs tabular-nums text-slate-600">{t("progress", { done: run.done, total: run.total })}</p>
        </div>
      ) : null}
      {run?.status === "FAILED" ? (
        <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("failed")}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {state.file && !live ? (
          <a
            href={`/${orgSlug}/evidence-pack/${state.file.id}`}
            download
            className={buttonClass("primary", "sm")}
            data-testid="evidence-pack-download"
          >
            <Download aria-hidden className="size-4" />
            {t("download")}
          </a>
        ) : null}
        <Button
          size="sm"
          variant={state.file ? "secondary" : "primary"}
          onClick={start}
          disabled={starting || live}
          data-testid="evidence-pack-start"
        >
          {starting ? t("starting") : state.file ? t("again") : t("start")}
        </Button>
      </div>
      {state.file && !live ? (
        <p className="mt-2 text-xs text-slate-500" data-testid="evidence-pack-ready">
          {t("readyAt", {
            date: format.dateTime(new Date(state.file.createdAt), { dateStyle: "medium", timeStyle: "short" }),
            lines: state.file.rows,
          })}
        </p>
      ) : null}
      <FormError message={error} />
    </Card>
  );
}
