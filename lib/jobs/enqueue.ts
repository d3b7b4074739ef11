// Starting a background job from a request: one short insert (the JobRun a member will watch) and one
// pg-boss message. Idempotent per organisation and target: while a run of the same kind on the same
// target is queued or running, starting again returns that run instead of queueing a second one.
import type PgBoss from "pg-boss";
import type { AuditActor } from "@/lib/audit";
import type { Db, Prisma } from "@/lib/db/client";
import { AppError, prismaErrorCode } from "@/lib/errors";
import { activeKeyOf, JOB_KINDS, type TJobKind, type TJobMessage } from "@/lib/jobs/kinds";
import { failIfLost, failRun, findRun, type TJobRunRow } from "@/lib/jobs/runs";
import { canRetry } from "@/lib/jobs/status";

type TScope = { organizationId: string; actor: AuditActor };
export type TJobSender = Pick<PgBoss, "send">;

async function createRun(
  db: Db,
  { organizationId, actor }: TScope,
  kind: TJobKind,
  params: Prisma.InputJsonValue,
  targetKey: string,
  retryOfId: string | null,
): Promise<{ run: TJobRunRow; created: boolean }> {
  const activeKey = activeKeyOf(kind, targetKey);
  try {
    const { id } = await db.jobRun.create({
      data: { organizationId, kind, targetKey, activeKey, params, startedById: actor.id, retryOfId },
      select: { id: true },
    });
    return { run: (await findRun(db, { organizationId }, id)) as TJobRunRow, created: true };
  } catch (error) {
    if (prismaErrorCode(error) !== "P2002") throw error;
  }
  const live = await db.jobRun.findFirst({ where: { organizationId, activeKey }, select: { id: true } });
  if (!live) throw new AppError("CONFLICT"); // finished between the insert and this read: ask again
  // A run whose worker died no longer holds the target.
  if (await failIfLost(db, { organizationId }, live.id)) {
    return createRun(db, { organizationId, actor }, kind, params, targetKey, retryOfId ?? live.id);
  }
  return { run: (await findRun(db, { organizationId }, live.id)) as TJobRunRow, created: false };
}

async function send(db: Db, sender: TJobSender, run: TJobRunRow): Promise<void> {
  const kind = JOB_KINDS[run.kind as TJobKind];
  const message: TJobMessage = { runId: run.id, organizationId: run.organizationId };
  let id: string | null = null;
  try {
    id = await sender.send(kind.queue, message, {
      singletonKey: `${run.organizationId}:${activeKeyOf(run.kind as TJobKind, run.targetKey)}`,
    });
  } finally {
    // Not queued (database error, or an older message for the same target still waiting): say so.
    if (id === null) await failRun(db, run, run.id, { count: 1, list: [{ code: "CONFLICT" }] });
  }
  if (id === null) throw new AppError("CONFLICT");
}

/** Queues a job of `kind` (params validated here) and returns its run, or the live run on the same target. */
export async function startJob<K extends TJobKind>(
  db: Db,
  sender: TJobSender,
  scope: TScope,
  kind: K,
  rawParams: unknown,
): Promise<TJobRunRow> {
  const spec = JOB_KINDS[kind];
  const params = spec.params.parse(rawParams);
  const targetKey = (spec.targetKey as (p: typeof params) => string)(params);
  const { run, created } = await createRun(db, scope, kind, params as Prisma.InputJsonValue, targetKey, null);
  if (created) await send(db, sender, run);
  return run;
}

/** Starts a failed run (or one whose worker died) again, as a new run with the same parameters. */
export async function retryJob(
  db: Db,
  sender: TJobSender,
  scope: TScope,
  runId: string,
  now = new Date(),
): Promise<TJobRunRow> {
  const old = await findRun(db, scope, runId);
  if (!old) throw new AppError("NOT_FOUND");
  if (!canRetry(old, now)) throw new AppError("CONFLICT");
  if (old.status === "RUNNING") await failIfLost(db, scope, old.id, now);
  const kind = old.kind as TJobKind;
  const { run, created } = await createRun(db, scope, kind, old.params as Prisma.InputJsonValue, old.targetKey, old.id);
  if (created) await send(db, sender, run);
  return run;
}
