import type { TenantScope } from "@/lib/audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can, type EffectiveRole } from "@/lib/permissions";
import { mayEditActivity } from "@/lib/activity/edit-rights";
import { mayViewRequest } from "@/lib/requests/visibility";

// What a document backs: one activity line or one data request (the database's CHECK constraint
// "EvidenceFile_one_owner" holds that exactly one is set). Each owner has its own rule for who changes
// its documents; every lookup carries the organisation, so another organisation's id is NOT_FOUND.
export type TEvidenceActor = TenantScope & { role: EffectiveRole };
export type TEvidenceOwner = { activityId: string } | { requestId: string };
type TOwnerKey = { activityId: string; requestId?: never } | { requestId: string; activityId?: never };

/** The owner's key as stored (for the where and the audit row), once the actor may attach to it. */
export async function ownerToAttach(tx: Tx, scope: TEvidenceActor, owner: TEvidenceOwner): Promise<TOwnerKey> {
  if ("activityId" in owner) return { activityId: (await lineToChange(tx, scope, owner.activityId)).id };
  const request = await requestOf(tx, scope, owner.requestId);
  if (!mayViewRequest({ role: scope.role, userId: scope.actor.id }, request)) throw new AppError("FORBIDDEN");
  return { requestId: request.id };
}

/**
 * May the actor remove this document? On a line: whoever may edit the line, in an open period. On a
 * request: the person who uploaded it, or whoever manages requests.
 */
export async function assertMayRemove(
  tx: Tx,
  scope: TEvidenceActor,
  file: { activityId: string | null; requestId: string | null; uploadedById: string | null },
) {
  if (file.activityId !== null) {
    await lineToChange(tx, scope, file.activityId);
    return;
  }
  if (file.requestId === null) throw new AppError("NOT_FOUND");
  await requestOf(tx, scope, file.requestId);
  if (!can(scope.role, "requests.manage") && file.uploadedById !== scope.actor.id) throw new AppError("FORBIDDEN");
}

async function lineToChange(tx: Tx, scope: TEvidenceActor, activityId: string) {
  const activity = await tx.activityData.findFirst({
    where: { id: activityId, organizationId: scope.organizationId },
    select: { id: true, createdById: true, period: { select: { status: true } } },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  if (!mayEditActivity({ role: scope.role, userId: scope.actor.id }, activity)) throw new AppError("FORBIDDEN");
  if (activity.period.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
  return activity;
}

async function requestOf(tx: Tx, scope: TEvidenceActor, requestId: string) {
  const request = await tx.dataRequest.findFirst({
    where: { id: requestId, organizationId: scope.organizationId },
    select: { id: true, assigneeId: true },
  });
  if (!request) throw new AppError("NOT_FOUND");
  return request;
}
