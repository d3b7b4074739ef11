// The worker: takes messages from pg-boss, runs the handler of the run's kind, and keeps the JobRun row
// up to date (progress after each chunk, a heartbeat every few seconds) on connections of its own, while
// the handler's change is one transaction. Runs in the app process (instrumentation.ts) unless
// ALBEDO_WORKER=false, and in as many `npm run worker` processes as a deployment wants.
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { ActivityRowsError } from "@/lib/activity/errors";
import { AppError } from "@/lib/errors";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { JOB_KINDS, ZJobMessage, type TJobKind, type TJobMessage } from "@/lib/jobs/kinds";
import { claimRun, failRun, finishRun, heartbeat, reportProgress, type TJobError } from "@/lib/jobs/runs";
import { HEARTBEAT_MS } from "@/lib/jobs/status";

export type TWorkerSettings = { chunkSize: number; testStepDelayMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the run row keeps of a failure: codes and translation keys only, never raw messages. */
export function jobErrorsOf(error: unknown): { count: number; list: TJobError[] } {
  if (error instanceof ActivityRowsError) {
    return {
      count: error.rowErrors.length,
      list: error.rowErrors.map((e) => ({
        code: e.code ?? "VALIDATION",
        message: e.message,
        activityId: e.activityId,
      })),
    };
  }
  if (error instanceof AppError) {
    // A known reason (a translation key such as imports.errors.inventoryChanged) says more than the code.
    const reason = Object.values(error.fieldErrors ?? {})[0];
    return { count: 1, list: [reason ? { code: error.code, message: reason } : { code: error.code }] };
  }
  return { count: 1, list: [{ code: "INTERNAL" }] };
}

/** Runs one queued run to its end. Never throws: the outcome is written on the run. */
export async function runJob(db: Db, message: TJobMessage, settings: TWorkerSettings): Promise<void> {
  const scope = { organizationId: message.organizationId };
  const run = await claimRun(db, scope, message.runId);
  if (!run) return; // finished, failed or taken meanwhile: nothing to do
  const beat = setInterval(() => {
    heartbeat(db, scope, run.id).catch((error: unknown) => console.error("[jobs] heartbeat:", error));
  }, HEARTBEAT_MS);
  try {
    const user = run.startedById
      ? await db.user.findUnique({ where: { id: run.startedById }, select: { id: true, email: true } })
      : null;
    if (!user) throw new AppError("FORBIDDEN"); // the member who asked is gone: nobody to act for
    const result = await JOB_HANDLERS[run.kind as TJobKind](db, {
      organizationId: run.organizationId,
      actor: user,
      params: run.params,
      runId: run.id,
      chunks: {
        chunkSize: settings.chunkSize,
        onProgress: async (progress) => {
          await reportProgress(db, scope, run.id, progress);
          if (settings.testStepDelayMs > 0) await sleep(settings.testStepDelayMs);
        },
      },
    });
    await finishRun(db, scope, run.id, result);
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[jobs] ${run.kind} ${run.id}:`, error);
    await failRun(db, scope, run.id, jobErrorsOf(error)).catch((e: unknown) => console.error("[jobs] fail:", e));
  } finally {
    clearInterval(beat);
  }
}

/** Subscribes this process to every job queue. */
export async function startWorker(boss: PgBoss, db: Db, settings: TWorkerSettings): Promise<void> {
  for (const kind of Object.values(JOB_KINDS)) {
    await boss.work<TJobMessage>(kind.queue, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) {
        const message = ZJobMessage.safeParse(job.data);
        if (message.success) await runJob(db, message.data, settings);
        else console.error(`[jobs] malformed message on ${kind.queue}: ${job.id}`);
      }
    });
  }
}
