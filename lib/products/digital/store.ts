import "server-only";
import { replaceGeneratedActivities } from "@/lib/activity/replace-generated";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { modelActivities, type TModelActivity } from "@/lib/products/digital/model";
import { modelFromRow, rowFromModel, type TDigitalModelRow } from "@/lib/products/digital/row";
import type { TDigitalModelSave } from "@/lib/products/digital/schemas";

// Saving a product's digital-use model for a period, then computing it: its activities (network and
// end-user devices only; servers come from the inventory) are saved through the one bulk path
// (lib/activity/bulk.ts: engine, lines, audit) with source PRODUCT_MODEL and a sourceRef per type and
// country, tagged with the product. Computing again rewrites those rows and deletes the ones the model no
// longer produces (e.g. after switching method): never a duplicate.

const refPrefix = (modelId: string) => `product-model:${modelId}:`;
const refOf = (modelId: string, a: TModelActivity) => `${refPrefix(modelId)}${a.activityTypeId}:${a.region}`;

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

/** Writes the model's activities for its period (replacing the previous ones); returns the total. */
export async function computeDigitalModel(db: Db, scope: TenantScope, modelId: string) {
  const { organizationId } = scope;
  const row = await db.productDigitalModel.findFirst({
    where: { id: modelId, organizationId },
    include: { product: { select: { name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const model = modelFromRow(row as TDigitalModelRow);
  const label = `${row.product.name} · ${model.method === "SWD_V4" ? "SWD v4 (CO2.js)" : "ADEME-Arcep 2022"}`;
  const rows = modelActivities(model).map((a) => ({
    periodId: row.periodId,
    productId: row.productId,
    activityTypeId: a.activityTypeId,
    quantity: numberToDecimal(Number(a.quantity.toPrecision(12))),
    unit: a.unit,
    region: a.region,
    label,
    dataQuality: "estimated",
    sourceKind: "PRODUCT_MODEL" as const,
    sourceRef: refOf(modelId, a),
  }));
  const { kgCO2e, removed } = await replaceGeneratedActivities(db, scope, {
    sourceKind: "PRODUCT_MODEL",
    refPrefix: refPrefix(modelId),
    rows,
  });
  await db.$transaction(async (tx) => {
    const computedAt = new Date();
    const { count } = await tx.productDigitalModel.updateMany({
      where: { id: modelId, organizationId },
      data: { computedAt },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "productDigitalModel.compute",
      entityType: "ProductDigitalModel",
      entityId: modelId,
      before: null,
      after: { method: model.method, activities: rows.length, removed, kgCO2e, computedAt },
    });
  });
  return { modelId, activities: rows.length, removed, kgCO2e };
}
