// Lines and data requests. A line may answer a request (ActivityData.requestId) when it falls within it:
// same category (lib/activity/categories.ts), same period, and the request's site when it names one.
// Contributors (people without `requests.manage`) create lines only within an open request assigned to
// them: `assertWithinAssignedRequest` is that rule, kept apart from any rule on who may edit a line.
import type { TenantScope } from "@/lib/audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { categoryOfActivityType } from "@/lib/activity/categories";
import { validationError } from "@/lib/activity/errors";
import { requestStatusOf, type TStatusCounts } from "@/lib/activity/status-rules";

export type TLineScope = { activityTypeId: string; periodId: string; siteId: string | null };
type TRequestScope = { category: string; periodId: string; siteId: string | null };

export const REQUEST_SCOPE_MESSAGES = {
  unknownRequest: "validation.unknownRequest",
  outsideRequest: "validation.outsideRequest",
} as const;

/** Pure: does this line fall within this request? */
export function lineFitsRequest(line: TLineScope, request: TRequestScope): boolean {
  return (
    categoryOfActivityType(line.activityTypeId) === request.category &&
    line.periodId === request.periodId &&
    (request.siteId === null || request.siteId === line.siteId)
  );
}

async function isOpen(tx: Tx, organizationId: string, requestId: string): Promise<boolean> {
  const groups = await tx.activityData.groupBy({
    by: ["status"],
    where: { organizationId, requestId },
    _count: { _all: true },
  });
  const counts: TStatusCounts = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  return requestStatusOf(counts) !== "validated";
}

/**
 * The request a new line answers: the one named (it must be the organisation's and the line must fit it),
 * else none. Field errors on `requestId` otherwise.
 */
export async function requestOfNewLine(tx: Tx, scope: TenantScope, line: TLineScope & { requestId: string | null }) {
  if (line.requestId === null) return null;
  const request = await tx.dataRequest.findFirst({
    where: { id: line.requestId, organizationId: scope.organizationId },
  });
  if (!request) throw validationError([{ field: "requestId", message: REQUEST_SCOPE_MESSAGES.unknownRequest }]);
  if (!lineFitsRequest(line, request))
    throw validationError([{ field: "requestId", message: REQUEST_SCOPE_MESSAGES.outsideRequest }]);
  return request;
}

/**
 * The contributor rule: the line must fall within an open request assigned to the actor (the one named, or
 * else the first that fits). Returns that request's id, which the line is linked to; NOT_ASSIGNED otherwise.
 */
export async function assertWithinAssignedRequest(
  tx: Tx,
  scope: TenantScope,
  line: TLineScope & { requestId: string | null },
): Promise<string> {
  const { organizationId } = scope;
  const candidates = await tx.dataRequest.findMany({
    where: {
      organizationId,
      assigneeId: scope.actor.id,
      periodId: line.periodId,
      ...(line.requestId === null ? {} : { id: line.requestId }),
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  for (const request of candidates) {
    if (lineFitsRequest(line, request) && (await isOpen(tx, organizationId, request.id))) return request.id;
  }
  throw new AppError("NOT_ASSIGNED");
}

/** The ids among `requestIds` assigned to the actor (for the contributor's submit rule). */
export async function requestsAssignedTo(tx: Tx, scope: TenantScope, requestIds: readonly string[]) {
  if (requestIds.length === 0) return new Set<string>();
  const rows = await tx.dataRequest.findMany({
    where: { organizationId: scope.organizationId, assigneeId: scope.actor.id, id: { in: [...requestIds] } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
