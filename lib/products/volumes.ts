import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Decimal } from "@/lib/numbers/decimal";
import type { TProductVolumes } from "@/lib/products/volume-schemas";

// Functional-unit volumes of products per period: the denominators of product intensities. Product and
// periods are checked against the organisation before anything is written; each change is audited.

export type TProductVolume = { productId: string; periodId: string; volume: string };

export async function listProductVolumes(
  db: Db,
  organizationId: string,
  filter: { periodId?: string } = {},
): Promise<TProductVolume[]> {
  const rows = await db.productPeriodVolume.findMany({
    where: { organizationId, ...(filter.periodId === undefined ? {} : { periodId: filter.periodId }) },
    select: { productId: true, periodId: true, volume: true },
  });
  return rows.map((r) => ({ productId: r.productId, periodId: r.periodId, volume: r.volume.toFixed() }));
}

export async function setProductVolumes(db: Db, scope: TenantScope, input: TProductVolumes) {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId },
      select: { id: true },
    });
    if (!product) throw new AppError("NOT_FOUND");
    const periodIds = input.volumes.map((v) => v.periodId);
    const periods = await tx.reportingPeriod.findMany({
      where: { organizationId, id: { in: periodIds } },
      select: { id: true, status: true },
    });
    if (periods.length !== periodIds.length) throw new AppError("NOT_FOUND");
    const existing = await tx.productPeriodVolume.findMany({ where: { organizationId, productId: product.id } });
    for (const { periodId, volume } of input.volumes) {
      const before = existing.find((e) => e.periodId === periodId) ?? null;
      if (volume === null ? before === null : before !== null && new Decimal(before.volume.toFixed()).eq(volume)) {
        continue; // unchanged: nothing written, nothing recorded
      }
      if (periods.find((p) => p.id === periodId)?.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
      const where = { organizationId, productId: product.id, periodId };
      const audit = { ...scope, entityType: "ProductPeriodVolume", before };
      if (volume === null) {
        const { count } = await tx.productPeriodVolume.deleteMany({ where });
        if (count !== 1) throw new AppError("NOT_FOUND");
        await recordAudit(tx, { ...audit, action: "productVolume.delete", entityId: (before as { id: string }).id });
      } else if (before) {
        const { count } = await tx.productPeriodVolume.updateMany({ where, data: { volume } });
        if (count !== 1) throw new AppError("NOT_FOUND");
        const after = await tx.productPeriodVolume.findFirstOrThrow({ where });
        await recordAudit(tx, { ...audit, action: "productVolume.update", entityId: before.id, after });
      } else {
        const after = await tx.productPeriodVolume.create({ data: { ...where, volume } });
        await recordAudit(tx, { ...audit, action: "productVolume.create", entityId: after.id, after });
      }
    }
  });
}
