// The only writer of ActivityData.status. A batch moves every line it may and reports the others per line
// (locked period, someone else's line, status changed); each line moves whole (status and audit row) or
// not at all. The write is one updateManyAndReturn with organizationId and the expected status, so a line
// validated meanwhile by someone else is not returned and is reported STATUS_CHANGED instead of moving
// twice. A call for one line fails with that line's reason instead (the one-line buttons show an error).
// Audit rows and notifications are written in the same transaction.
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockOrganization } from "@/lib/activity/context";
import { requestsAssignedTo } from "@/lib/activity/request-scope";
import {
  TRANSITIONS,
  partitionForTransition,
  type TSkippedLine,
  type TStatusTransition,
} from "@/lib/activity/status-rules";
import { notify, type TNotificationInput } from "@/lib/notifications/notifications";
import { MAX_STATUS_BATCH } from "@/lib/activity/status-schemas";

export type TStatusScope = TenantScope & { actorName?: string };
export type TSubmitOptions = {
  /** Contributors: only lines they created, or that answer a request assigned to them. */
  limitToOwnWork: boolean;
};

const MAX_LINES = MAX_STATUS_BATCH;

/** Every asked line of this organisation (another organisation's id fails the whole call) and the locked periods. */
async function loadLines(tx: Tx, organizationId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_LINES) throw new AppError("VALIDATION");
  const lines = await tx.activityData.findMany({
    where: { id: { in: unique }, organizationId },
    select: { id: true, status: true, periodId: true, createdById: true, requestId: true, statusComment: true },
  });
  if (lines.length !== unique.length) throw new AppError("NOT_FOUND");
  const locked = await tx.reportingPeriod.findMany({
    where: { organizationId, id: { in: [...new Set(lines.map((l) => l.periodId))] }, status: "LOCKED" },
    select: { id: true },
  });
  return { lines, lockedPeriodIds: new Set(locked.map((p) => p.id)) };
}
type TLine = Awaited<ReturnType<typeof loadLines>>["lines"][number];

/** Moves the movable lines, audits each one moved; returns those moved and every line skipped. */
async function move(
  tx: Tx,
  scope: TStatusScope,
  batch: { movable: readonly TLine[]; skipped: readonly TSkippedLine[] },
  transition: TStatusTransition,
  comment: string | null,
): Promise<{ moved: TLine[]; skipped: TSkippedLine[] }> {
  const { from, to } = TRANSITIONS[transition];
  const updated =
    batch.movable.length === 0
      ? []
      : await tx.activityData.updateManyAndReturn({
          where: {
            id: { in: batch.movable.map((l) => l.id) },
            organizationId: scope.organizationId,
            status: { in: [...from] },
          },
          data: { status: to, statusComment: comment, statusChangedAt: new Date(), statusChangedById: scope.actor.id },
          select: { id: true },
        });
  const movedIds = new Set(updated.map((u) => u.id));
  const moved = batch.movable.filter((l) => movedIds.has(l.id));
  const skipped = [
    ...batch.skipped,
    ...batch.movable.filter((l) => !movedIds.has(l.id)).map((l) => ({ id: l.id, reason: "STATUS_CHANGED" as const })),
  ];
  // One line asked for: its reason is the call's error. A batch reports instead, even when nothing moved.
  const single = batch.movable.length + batch.skipped.length === 1;
  if (single && moved.length === 0) throw new AppError((skipped[0] as TSkippedLine).reason);
  for (const line of moved) {
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: `activity.${transition}`,
      entityType: "ActivityData",
      entityId: line.id,
      before: { status: line.status, statusComment: line.statusComment },
      after: { status: to, statusComment: comment },
    });
  }
  return { moved, skipped };
}

const TX = { maxWait: 10_000, timeout: 60_000 };

/** DRAFT or REJECTED → SUBMITTED; the requester of each request the lines answer is told. */
export async function submitActivities(db: Db, scope: TStatusScope, ids: readonly string[], options: TSubmitOptions) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const { lines, lockedPeriodIds } = await loadLines(tx, scope.organizationId, ids);
    let isOwn: ((l: TLine) => boolean) | undefined;
    if (options.limitToOwnWork) {
      const requestIds = lines.flatMap((l) => (l.requestId === null ? [] : [l.requestId]));
      const assigned = await requestsAssignedTo(tx, scope, requestIds);
      isOwn = (l) => l.createdById === scope.actor.id || (l.requestId !== null && assigned.has(l.requestId));
    }
    const batch = partitionForTransition("submit", lines, { lockedPeriodIds, ...(isOwn ? { isOwn } : {}) });
    const { moved, skipped } = await move(tx, scope, batch, "submit", null);
    const perRequest = new Map<string, number>();
    for (const l of moved)
      if (l.requestId !== null) perRequest.set(l.requestId, (perRequest.get(l.requestId) ?? 0) + 1);
    const requests = await tx.dataRequest.findMany({
      where: { organizationId: scope.organizationId, id: { in: [...perRequest.keys()] } },
      select: { id: true, requesterId: true },
    });
    await notify(
      tx,
      scope.organizationId,
      scope.actor.id,
      requests.flatMap((r): TNotificationInput[] =>
        r.requesterId === null
          ? []
          : [
              {
                userId: r.requesterId,
                kind: "LINES_SUBMITTED",
                requestId: r.id,
                count: perRequest.get(r.id) ?? 0,
                actorName: scope.actorName ?? null,
              },
            ],
      ),
    );
    return { submitted: moved.length, skipped };
  }, TX);
}

/** SUBMITTED → VALIDATED: the submitted lines of open periods move, the others are reported. */
export async function validateActivities(db: Db, scope: TStatusScope, ids: readonly string[]) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const { lines, lockedPeriodIds } = await loadLines(tx, scope.organizationId, ids);
    const { moved, skipped } = await move(
      tx,
      scope,
      partitionForTransition("validate", lines, { lockedPeriodIds }),
      "validate",
      null,
    );
    return { validated: moved.length, skipped };
  }, TX);
}

/** SUBMITTED → REJECTED with the reviewer's comment, which the line's author is sent and sees on the line. */
export async function rejectActivity(db: Db, scope: TStatusScope, id: string, comment: string) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const { lines, lockedPeriodIds } = await loadLines(tx, scope.organizationId, [id]);
    const { moved } = await move(
      tx,
      scope,
      partitionForTransition("reject", lines, { lockedPeriodIds }),
      "reject",
      comment,
    );
    const line = moved[0] as TLine;
    if (line.createdById !== null) {
      await notify(tx, scope.organizationId, scope.actor.id, [
        {
          userId: line.createdById,
          kind: "LINE_REJECTED",
          activityId: line.id,
          requestId: line.requestId,
          comment,
          actorName: scope.actorName ?? null,
        },
      ]);
    }
    return { rejected: 1 };
  }, TX);
}
