// Pure rules about a run's state, shared by the worker, the retry and the progress view.

export const HEARTBEAT_MS = 5_000;
/** A running job whose worker has not written a heartbeat for this long is taken for dead. */
export const STALE_AFTER_MS = 30_000;

export type TRunStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";
export type TRunState = { status: TRunStatus; heartbeatAt: Date | null };

export function isStale(run: TRunState, now: Date): boolean {
  return (
    run.status === "RUNNING" && (run.heartbeatAt === null || now.getTime() - run.heartbeatAt.getTime() > STALE_AFTER_MS)
  );
}

/** What the user sees: a running job whose worker died is failed (and can be retried). */
export function effectiveStatus(run: TRunState, now: Date): TRunStatus {
  return isStale(run, now) ? "FAILED" : run.status;
}

export function canRetry(run: TRunState, now: Date): boolean {
  return effectiveStatus(run, now) === "FAILED";
}

/** 0–100, for the progress bar; a finished run is full whatever its counts. */
export function percentOf(run: { status: TRunStatus; done: number; total: number }): number {
  if (run.status === "DONE") return 100;
  if (run.total <= 0) return 0;
  return Math.min(100, Math.floor((run.done / run.total) * 100));
}

/** Milliseconds between start (or queueing) and end (or now). */
export function elapsedMs(
  run: { createdAt: Date; startedAt: Date | null; finishedAt: Date | null },
  now: Date,
): number {
  const from = run.startedAt ?? run.createdAt;
  return Math.max(0, (run.finishedAt ?? now).getTime() - from.getTime());
}
