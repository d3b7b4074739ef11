import "server-only";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { computeDigitalModel } from "@/lib/products/digital/compute";
import { rowFromModel } from "@/lib/products/digital/row";
import type { TDigitalModelSave } from "@/lib/products/digital/schemas";

// Saving a product's digital-use model for a period (product and period checked against the organisation,
// the period open, audited in the same transaction), then computing it into activity data (compute.ts).

export async function saveDigitalModel(db: Db, scope: TenantScope, input: TDigitalModelSave) {
  const { organizationId } = scope;
  const saved = await db.$transaction(async (tx) => {
    const [product, period] = await Promise.all([
      tx.product.findFirst({ where: { id: input.productId, organizationId }, select: { id: true } }),
      tx.reportingPeriod.findFirst({
        where: { id: input.periodId, organizationId },
        select: { id: true, status: true },
      }),
    ]);
    if (!product || !period) throw new AppError("NOT_FOUND");
    if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
    const where = { organizationId, productId: product.id, periodId: period.id };
    const before = await tx.productDigitalModel.findFirst({ where });
    const data = rowFromModel(input.model);
    if (before) {
      const { count } = await tx.productDigitalModel.updateMany({ where: { id: before.id, organizationId }, data });
      if (count !== 1) throw new AppError("NOT_FOUND");
    } else {
      await tx.productDigitalModel.create({ data: { ...where, ...data } });
    }
    const after = await tx.productDigitalModel.findFirstOrThrow({ where });
    await recordAudit(tx, {
      ...scope,
      action: before ? "productDigitalModel.update" : "productDigitalModel.create",
      entityType: "ProductDigitalModel",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
  return computeDigitalModel(db, scope, saved.id);
}
