// Demo digital-use models (demo-data.json, products[].digitalModels): saved on the product and period,
// then computed through the same path as the app (lib/products/digital/store.ts), as validated rows.
// Idempotent: a model already stored with the same inputs and computed is left alone (no new audit row).
import { isDeepStrictEqual } from "node:util";
import type { Db } from "@/lib/db/client";
import { modelFromRow, rowFromModel } from "@/lib/products/digital/row";
import { computeDigitalModel } from "@/lib/products/digital/compute";
import type { TDemoData } from "./demo-schema";

export async function seedDemoDigitalModels(db: Db, data: TDemoData) {
  for (const org of data.organizations) {
    const models = org.products.flatMap((p) =>
      Object.entries(p.digitalModels).map(([year, model]) => ({ product: p.name, year: Number(year), model })),
    );
    if (models.length === 0) continue;
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: org.slug }, select: { id: true } });
    const organizationId = organization.id;
    const managerEmail = org.members.find((m) => m.role === "MANAGER")?.email ?? org.members[0]?.email;
    const actor = await db.user.findFirstOrThrow({ where: { email: managerEmail }, select: { id: true, email: true } });
    for (const { product, year, model } of models) {
      const [p, period] = await Promise.all([
        db.product.findFirstOrThrow({ where: { organizationId, name: product }, select: { id: true } }),
        db.reportingPeriod.findFirstOrThrow({ where: { organizationId, year }, select: { id: true } }),
      ]);
      const where = { organizationId, productId: p.id, periodId: period.id };
      const existing = await db.productDigitalModel.findFirst({ where });
      if (existing?.computedAt && isDeepStrictEqual(modelFromRow(existing), model)) continue;
      const saved = existing
        ? await db.productDigitalModel.update({ where: { id: existing.id }, data: rowFromModel(model) })
        : await db.productDigitalModel.create({ data: { ...where, ...rowFromModel(model) } });
      await computeDigitalModel(db, { organizationId, actor }, saved.id, {
        bypassPeriodLock: true,
        initialStatus: "VALIDATED",
      });
    }
  }
}
