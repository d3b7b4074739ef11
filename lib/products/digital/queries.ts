import "server-only";
import type { Db } from "@/lib/db/client";
import { modelFromRow } from "@/lib/products/digital/row";

/** A product's digital-use model for a period, in people's units; null when none was entered. */
export async function getDigitalModel(db: Db, organizationId: string, productId: string, periodId: string) {
  const row = await db.productDigitalModel.findFirst({ where: { organizationId, productId, periodId } });
  return row ? { id: row.id, computedAt: row.computedAt, model: modelFromRow(row) } : null;
}
