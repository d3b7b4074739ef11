// The only writer of ActivityData.status. Each transition checks the period is open, moves exactly the
// lines asked for from the expected status (updateMany with organizationId and the expected status: a
// line validated meanwhile by someone else matches nothing, so a concurrent double validation fails with
// STATUS_CHANGED instead of happening twice), writes one audit row per line and the notifications, all in
// one transaction.
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockOrganization } from "@/lib/activity/context";
import { requestsAssignedTo } from "@/lib/activity/request-scope";
import { TRANSITIONS, canTransition, type TStatusTransition } from "@/lib/activity/status-rules";
import { notify, type TNotificationInput } from "@/lib/notifications/notifications";
import { MAX_STATUS_BATCH } from "@/lib/activity/status-schemas";

export type TStatusScope = TenantScope & { actorName?: string };
export type TSubmitOptions = {
  /** Contributors: only lines they created, or that answer a request assigned to them. */
  limitToOwnWork: boolean;
};

const MAX_LINES = MAX_STATUS_BATCH;

async function loadLines(tx: Tx, organizationId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_LINES) throw new AppError("VALIDATION");
  const lines = await tx.activityData.findMany({
    where: { id: { in: unique }, organizationId },
    select: { id: true, status: true, periodId: true, createdById: true, requestId: true, statusComment: true },
  });
  if (lines.length !== unique.length) throw new AppError("NOT_FOUND");
  const locked = await tx.reportingPeriod.count({
    where: { organizationId, id: { in: [...new Set(lines.map((l) => l.periodId))] }, status: "LOCKED" },
  });
  if (locked > 0) throw new AppError("PERIOD_LOCKED");
  return lines;
}
type TLine = Awaited<ReturnType<typeof loadLines>>[number];

async function move(
  tx: Tx,
  scope: TStatusScope,
  lines: readonly TLine[],
  transition: TStatusTransition,
  comment: string | null,
) {
  const { from, to } = TRANSITIONS[transition];
  if (lines.some((l) => !canTransition(transition, l.status))) throw new AppError("STATUS_CHANGED");
  const now = new Date();
  const { count } = await tx.activityData.updateMany({
    where: { id: { in: lines.map((l) => l.id) }, organizationId: scope.organizationId, status: { in: [...from] } },
    data: { status: to, statusComment: comment, statusChangedAt: now, statusChangedById: scope.actor.id },
  });
  if (count !== lines.length) throw new AppError("STATUS_CHANGED");
  for (const line of lines) {
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
}

const TX = { maxWait: 10_000, timeout: 60_000 };

/** DRAFT or REJECTED → SUBMITTED; the requester of each request the lines answer is told. */
export async function submitActivities(db: Db, scope: TStatusScope, ids: readonly string[], options: TSubmitOptions) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const lines = await loadLines(tx, scope.organizationId, ids);
    if (options.limitToOwnWork) {
      const requestIds = lines.flatMap((l) => (l.requestId === null ? [] : [l.requestId]));
      const assigned = await requestsAssignedTo(tx, scope, requestIds);
      const own = (l: TLine) => l.createdById === scope.actor.id || (l.requestId !== null && assigned.has(l.requestId));
      if (!lines.every(own)) throw new AppError("FORBIDDEN");
    }
    await move(tx, scope, lines, "submit", null);
    const perRequest = new Map<string, number>();
    for (const l of lines)
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
    return { submitted: lines.length };
  }, TX);
}

/** SUBMITTED → VALIDATED, all or none. */
export async function validateActivities(db: Db, scope: TStatusScope, ids: readonly string[]) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const lines = await loadLines(tx, scope.organizationId, ids);
    await move(tx, scope, lines, "validate", null);
    return { validated: lines.length };
  }, TX);
}

/** SUBMITTED → REJECTED with the reviewer's comment, which the line's author is sent and sees on the line. */
export async function rejectActivity(db: Db, scope: TStatusScope, id: string, comment: string) {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, scope.organizationId, "share");
    const lines = await loadLines(tx, scope.organizationId, [id]);
    await move(tx, scope, lines, "reject", comment);
    const line = lines[0] as TLine;
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
