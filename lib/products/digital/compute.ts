import type { TBulkSaveOptions } from "@/lib/activity/bulk";
import { replaceGeneratedActivities } from "@/lib/activity/replace-generated";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { modelActivities, type TModelActivity } from "@/lib/products/digital/model";
import { modelFromRow, type TDigitalModelRow } from "@/lib/products/digital/row";

// Computing a product's digital-use model: its activities (network and end-user devices only; servers come
// from the inventory) saved through the one bulk path (engine, lines, audit) with source PRODUCT_MODEL, a
// sourceRef per type and country, tagged with the product. Computing again rewrites those rows and deletes
// the ones the model no longer produces (e.g. after switching method): never a duplicate. No "server-only":
// the demo seed (tsx) computes its models through it too.

const refPrefix = (modelId: string) => `product-model:${modelId}:`;
const refOf = (modelId: string, a: TModelActivity) => `${refPrefix(modelId)}${a.activityTypeId}:${a.region}`;

/** Writes the model's activities for its period (replacing the previous ones); returns the total. */
export async function computeDigitalModel(db: Db, scope: TenantScope, modelId: string, options: TBulkSaveOptions = {}) {
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
  const { kgCO2e, removed } = await replaceGeneratedActivities(
    db,
    scope,
    {
      sourceKind: "PRODUCT_MODEL",
      refPrefix: refPrefix(modelId),
      rows,
    },
    options,
  );
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
