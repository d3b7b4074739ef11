import { afterAll, describe, expect, it } from "vitest";
import { createProduct, deleteProduct, updateProduct } from "@/lib/products/mutations";
import { listProducts } from "@/lib/products/queries";
import { ZProductCreate } from "@/lib/products/schemas";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const product = (name: string, functionalUnit = "booking") =>
  ZProductCreate.parse({ name, functionalUnit, description: "" });

describe("products are scoped to their organisation", () => {
  it("creates a product and writes its audit row in the same transaction", async () => {
    const a = await createTenant(db);
    const created = await createProduct(db, a.scope(), product("Réservation en ligne"));
    expect(created).toMatchObject({ organizationId: a.organization.id, description: null, functionalUnit: "booking" });
    const audit = await db.auditEvent.findMany({ where: { organizationId: a.organization.id, entityId: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "product.create", entityType: "Product", actorId: a.users.OWNER?.id });
  });

  it("refuses to update or delete another organisation's product, leaving it untouched", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const bProduct = await createProduct(db, b.scope(), product("API B", "request"));
    await expect(updateProduct(db, a.scope(), bProduct.id, product("Pirated"))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteProduct(db, a.scope(), bProduct.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listProducts(db, b.organization.id)).toMatchObject([
      { id: bProduct.id, name: "API B", functionalUnit: "request" },
    ]);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: bProduct.id } })).toBe(1);
  });

  it("records before and after on update, and the deletion", async () => {
    const a = await createTenant(db);
    const created = await createProduct(db, a.scope(), product("SaaS"));
    await updateProduct(db, a.scope(), created.id, product("SaaS Pro", "user-month"));
    await deleteProduct(db, a.scope(), created.id);
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["product.create", "product.update", "product.delete"]);
    expect(events[1]?.before).toMatchObject({ name: "SaaS", functionalUnit: "booking" });
    expect(events[1]?.after).toMatchObject({ name: "SaaS Pro", functionalUnit: "user-month" });
    expect(await listProducts(db, a.organization.id)).toEqual([]);
  });

  it("reports a duplicate name as CONFLICT within one organisation only, and writes no audit row", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const first = await createProduct(db, a.scope(), product("Billet"));
    const other = await createProduct(db, a.scope(), product("Abonnement"));
    await expect(createProduct(db, a.scope(), product("Billet"))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: "errors.CONFLICT" },
    });
    await expect(updateProduct(db, a.scope(), other.id, product("Billet"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createProduct(db, b.scope(), product("Billet"))).resolves.toMatchObject({ name: "Billet" });
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(2);
    expect((await listProducts(db, a.organization.id)).map((p) => p.id).sort()).toEqual([first.id, other.id].sort());
  });
});
