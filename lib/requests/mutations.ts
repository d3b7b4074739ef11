// Data requests: a manager asks a member for one category of a period (one site or all) by a due date.
// The assignee is told in the same transaction (lib/notifications).
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { notify } from "@/lib/notifications/notifications";
import { dateOfIso } from "@/lib/periods/dates";
import { REQUEST_MESSAGES, type TRequestCreate } from "@/lib/requests/schemas";

export type TRequestScope = TenantScope & { actorName?: string };

export async function createRequest(db: Db, scope: TRequestScope, input: TRequestCreate) {
  const { organizationId } = scope;
  return db.$transaction(async (tx) => {
    const [period, site, membership] = await Promise.all([
      tx.reportingPeriod.findFirst({ where: { id: input.periodId, organizationId } }),
      input.siteId === null ? null : tx.site.findFirst({ where: { id: input.siteId, organizationId } }),
      tx.membership.findFirst({ where: { organizationId, userId: input.assigneeId } }),
    ]);
    const fieldErrors: Record<string, string> = {};
    if (!period) fieldErrors.periodId = REQUEST_MESSAGES.unknownPeriod;
    if (input.siteId !== null && !site) fieldErrors.siteId = REQUEST_MESSAGES.unknownSite;
    // Only someone who can enter data can answer a request.
    if (!membership || !can(membership.role, "activity.create"))
      fieldErrors.assigneeId = REQUEST_MESSAGES.invalidAssignee;
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", fieldErrors);
    if (period?.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
    const request = await tx.dataRequest.create({
      data: {
        organizationId,
        category: input.category,
        periodId: input.periodId,
        siteId: input.siteId,
        assigneeId: input.assigneeId,
        requesterId: scope.actor.id,
        dueDate: dateOfIso(input.dueDate),
        instructions: input.instructions,
      },
    });
    await recordAudit(tx, {
      organizationId,
      actor: scope.actor,
      action: "request.create",
      entityType: "DataRequest",
      entityId: request.id,
      after: request,
    });
    await notify(tx, organizationId, scope.actor.id, [
      { userId: input.assigneeId, kind: "REQUEST_ASSIGNED", requestId: request.id, actorName: scope.actorName ?? null },
    ]);
    return request;
  });
}

/** Removes a request; the lines that answered it stay, unlinked. */
export async function deleteRequest(db: Db, scope: TenantScope, requestId: string): Promise<void> {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const before = await tx.dataRequest.findFirst({ where: { id: requestId, organizationId } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.activityData.updateMany({ where: { organizationId, requestId }, data: { requestId: null } });
    const { count } = await tx.dataRequest.deleteMany({ where: { id: requestId, organizationId } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      organizationId,
      actor: scope.actor,
      action: "request.delete",
      entityType: "DataRequest",
      entityId: requestId,
      before,
    });
  });
}
