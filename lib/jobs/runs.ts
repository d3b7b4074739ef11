// The JobRun rows: what a member sees of a background job. Every predicate carries the organisation;
// state changes are guarded by the state they leave (updateMany + count), so a late or duplicate
// worker can never overwrite a newer outcome.
import type { Db, Prisma } from "@/lib/db/client";
import type { TJobKind } from "@/lib/jobs/kinds";
import { effectiveStatus, STALE_AFTER_MS, type TRunStatus } from "@/lib/jobs/status";

type TScope = { organizationId: string };

export type TJobError = { code?: string; message?: string; activityId?: string };

export const MAX_STORED_ERRORS = 20;

const RUN_SELECT = {
  id: true,
  organizationId: true,
  kind: true,
  targetKey: true,
  params: true,
  status: true,
  done: true,
  total: true,
  errorCount: true,
  errors: true,
  result: true,
  startedById: true,
  retryOfId: true,
  createdAt: true,
  startedAt: true,
  heartbeatAt: true,
  finishedAt: true,
} as const satisfies Prisma.JobRunSelect;

export type TJobRunRow = Prisma.JobRunGetPayload<{ select: typeof RUN_SELECT }>;

/** A run as the UI shows it: effective status (a dead worker's run is failed) and the starter's name. */
export type TJobRunView = Omit<TJobRunRow, "errors" | "organizationId" | "startedById"> & {
  status: TRunStatus;
  errors: TJobError[];
  startedBy: string | null;
};

async function toView(db: Db, row: TJobRunRow, now: Date): Promise<TJobRunView> {
  const user =
    row.startedById === null
      ? null
      : await db.user.findUnique({ where: { id: row.startedById }, select: { name: true, email: true } });
  const { organizationId: _o, startedById: _s, errors, ...rest } = row;
  const status = effectiveStatus(row, now);
  // A run whose worker died reads as it will be recorded on retry: failed, worker lost, at its last beat.
  const lost = status !== row.status;
  return {
    ...rest,
    status,
    errors: lost ? [{ code: "WORKER_LOST" }] : Array.isArray(errors) ? (errors as TJobError[]) : [],
    finishedAt: lost ? (row.heartbeatAt ?? row.startedAt) : row.finishedAt,
    startedBy: user ? user.name || user.email : null,
  };
}

export async function findRun(db: Db, { organizationId }: TScope, runId: string): Promise<TJobRunRow | null> {
  return db.jobRun.findFirst({ where: { id: runId, organizationId }, select: RUN_SELECT });
}

/** One run of the organisation, for the progress bar; null when it is not theirs. */
export async function getJobRun(db: Db, scope: TScope, runId: string, now = new Date()): Promise<TJobRunView | null> {
  const row = await findRun(db, scope, runId);
  return row ? toView(db, row, now) : null;
}

/** The organisation's latest run of a kind (optionally on one target): what a page shows after a reload. */
export async function latestJobRun(
  db: Db,
  { organizationId }: TScope,
  kind: TJobKind,
  targetKey?: string,
  now = new Date(),
): Promise<TJobRunView | null> {
  const row = await db.jobRun.findFirst({
    where: { organizationId, kind, ...(targetKey === undefined ? {} : { targetKey }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: RUN_SELECT,
  });
  return row ? toView(db, row, now) : null;
}

/** QUEUED → RUNNING. Null when the run is gone, finished or already taken by another worker. */
export async function claimRun(db: Db, { organizationId }: TScope, runId: string): Promise<TJobRunRow | null> {
  const now = new Date();
  const { count } = await db.jobRun.updateMany({
    where: { id: runId, organizationId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: now, heartbeatAt: now },
  });
  return count === 1 ? findRun(db, { organizationId }, runId) : null;
}

export async function heartbeat(db: Db, { organizationId }: TScope, runId: string): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: runId, organizationId, status: "RUNNING" },
    data: { heartbeatAt: new Date() },
  });
}

export async function reportProgress(
  db: Db,
  { organizationId }: TScope,
  runId: string,
  p: { done: number; total: number; errors: number },
): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: runId, organizationId, status: "RUNNING" },
    data: { done: p.done, total: p.total, errorCount: p.errors, heartbeatAt: new Date() },
  });
}

/** RUNNING → DONE with its result. False when the run was meanwhile declared lost. */
export async function finishRun(
  db: Db,
  { organizationId }: TScope,
  runId: string,
  result: Prisma.InputJsonValue,
): Promise<boolean> {
  const { count } = await db.jobRun.updateMany({
    where: { id: runId, organizationId, status: "RUNNING" },
    data: { status: "DONE", result, activeKey: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** QUEUED/RUNNING → FAILED, freeing the target for a retry. */
export async function failRun(
  db: Db,
  { organizationId }: TScope,
  runId: string,
  errors: { count: number; list: readonly TJobError[] },
): Promise<boolean> {
  const { count } = await db.jobRun.updateMany({
    where: { id: runId, organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    data: {
      status: "FAILED",
      errorCount: errors.count,
      errors: errors.list.slice(0, MAX_STORED_ERRORS) as Prisma.InputJsonValue,
      activeKey: null,
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

/** A RUNNING run whose heartbeat is stale: marked FAILED (worker lost). False if it is alive after all. */
export async function failIfLost(db: Db, { organizationId }: TScope, runId: string, now = new Date()) {
  const { count } = await db.jobRun.updateMany({
    where: {
      id: runId,
      organizationId,
      status: "RUNNING",
      OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } }],
    },
    data: {
      status: "FAILED",
      errorCount: 1,
      errors: [{ code: "WORKER_LOST" }],
      activeKey: null,
      finishedAt: now,
    },
  });
  return count === 1;
}
