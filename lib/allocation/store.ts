import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TAllocationKey, TAllocationTarget } from "@/lib/allocation/schemas";

// Writing a post's allocation key for a period: the period and every product are checked against the
// organisation, a locked period refuses the change, and the key with its inputs is replaced in one
// transaction with its audit row (before and after). No emission line is touched: allocation is read-time.

const KEY_SELECT = {
  id: true,
  periodId: true,
  post: true,
  kind: true,
  inputs: { select: { productId: true, value: true }, orderBy: { productId: "asc" } },
} as const;

async function openPeriod(tx: Tx, organizationId: string, periodId: string) {
  const period = await tx.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { id: true, status: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
}

export async function setAllocationKey(db: Db, scope: TenantScope, input: TAllocationKey) {
  const { organizationId } = scope;
  return db.$transaction(async (tx) => {
    await openPeriod(tx, organizationId, input.periodId);
    // A hosting key has no inputs; the others keep the products given a value above zero.
    const inputs =
      input.kind === "HOSTING" ? [] : input.inputs.filter((i) => i.value !== null && Number(i.value) !== 0);
    const productIds = inputs.map((i) => i.productId);
    const owned = await tx.product.count({ where: { organizationId, id: { in: productIds } } });
    if (owned !== productIds.length) throw new AppError("NOT_FOUND");
    const where = { organizationId, periodId: input.periodId, post: input.post };
    const before = await tx.allocationKey.findFirst({ where, select: KEY_SELECT });
    let key = { id: before?.id ?? "" };
    if (before) {
      const { count } = await tx.allocationKey.updateMany({
        where: { ...where, id: before.id },
        data: { kind: input.kind },
      });
      if (count !== 1) throw new AppError("NOT_FOUND");
    } else {
      key = await tx.allocationKey.create({ data: { ...where, kind: input.kind }, select: { id: true } });
    }
    await tx.allocationKeyInput.deleteMany({ where: { organizationId, keyId: key.id } });
    await tx.allocationKeyInput.createMany({
      data: inputs.map((i) => ({ organizationId, keyId: key.id, productId: i.productId, value: i.value as string })),
    });
    const after = await tx.allocationKey.findFirstOrThrow({
      where: { id: key.id, organizationId },
      select: KEY_SELECT,
    });
    await recordAudit(tx, {
      ...scope,
      action: before ? "allocationKey.update" : "allocationKey.create",
      entityType: "AllocationKey",
      entityId: key.id,
      before,
      after,
    });
    return { id: key.id };
  });
}

/** Removes a post's key: its untagged part is unallocated again. */
export async function deleteAllocationKey(db: Db, scope: TenantScope, input: TAllocationTarget) {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    await openPeriod(tx, organizationId, input.periodId);
    const where = { organizationId, periodId: input.periodId, post: input.post };
    const before = await tx.allocationKey.findFirst({ where, select: KEY_SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.allocationKey.deleteMany({ where: { ...where, id: before.id } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "allocationKey.delete",
      entityType: "AllocationKey",
      entityId: before.id,
      before,
    });
  });
}
