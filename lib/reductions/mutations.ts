import type { ActionStatus } from "@/generated/prisma/enums";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { dateOfIso } from "@/lib/periods/dates";
import { AppError } from "@/lib/errors";
import type { TActionInput } from "@/lib/reductions/schemas";

// Linked sites, products and the owner must all be the organisation's: one of another organisation is
// NOT_FOUND, as if it did not exist, and nothing is written.
async function assertOwnLinks(tx: Tx, organizationId: string, input: TActionInput) {
  const [sites, products, owner] = await Promise.all([
    tx.site.count({ where: { organizationId, id: { in: input.siteIds } } }),
    tx.product.count({ where: { organizationId, id: { in: input.productIds } } }),
    input.ownerId ? tx.membership.count({ where: { organizationId, userId: input.ownerId } }) : 1,
  ]);
  if (sites !== new Set(input.siteIds).size || products !== new Set(input.productIds).size || owner !== 1)
    throw new AppError("NOT_FOUND");
}

const dataOf = (input: TActionInput) => ({
  ...input,
  startDate: input.startDate ? dateOfIso(input.startDate) : null,
  endDate: input.endDate ? dateOfIso(input.endDate) : null,
});

export async function createAction(db: Db, scope: TenantScope, input: TActionInput) {
  return db.$transaction(async (tx) => {
    await assertOwnLinks(tx, scope.organizationId, input);
    const action = await tx.reductionAction.create({
      data: { ...dataOf(input), organizationId: scope.organizationId },
    });
    await recordAudit(tx, {
      ...scope,
      action: "reductionAction.create",
      entityType: "ReductionAction",
      entityId: action.id,
      after: action,
    });
    return action;
  });
}

async function update(
  db: Db,
  scope: TenantScope,
  id: string,
  data: Record<string, unknown>,
  auditAction: string,
  check?: (tx: Tx) => Promise<void>,
) {
  return db.$transaction(async (tx) => {
    await check?.(tx);
    const where = { id, organizationId: scope.organizationId };
    const before = await tx.reductionAction.findFirst({ where });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.reductionAction.updateMany({ where, data });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.reductionAction.findFirstOrThrow({ where });
    await recordAudit(tx, {
      ...scope,
      action: auditAction,
      entityType: "ReductionAction",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function updateAction(db: Db, scope: TenantScope, id: string, input: TActionInput) {
  return update(db, scope, id, dataOf(input), "reductionAction.update", (tx) =>
    assertOwnLinks(tx, scope.organizationId, input),
  );
}

/** The board's move: a new status only (drag and drop or keyboard). Done sets progress to 100 %. */
export async function moveAction(db: Db, scope: TenantScope, id: string, status: ActionStatus) {
  return update(db, scope, id, status === "DONE" ? { status, progressPct: 100 } : { status }, "reductionAction.move");
}

export async function deleteAction(db: Db, scope: TenantScope, id: string) {
  await db.$transaction(async (tx) => {
    const where = { id, organizationId: scope.organizationId };
    const before = await tx.reductionAction.findFirst({ where });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.reductionAction.deleteMany({ where });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "reductionAction.delete",
      entityType: "ReductionAction",
      entityId: id,
      before,
    });
  });
}
