import { afterAll, describe, expect, it } from "vitest";
import { createSite, deleteSite, updateSite } from "@/lib/sites/mutations";
import { listSites } from "@/lib/sites/queries";
import { zSiteCreate } from "@/lib/sites/schemas";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { deleteProduct } from "@/lib/products/mutations";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const site = (name: string) =>
  zSiteCreate("fr").parse({ name, kind: "OFFICE", country: "FR", city: "Paris", headcount: "12" });

describe("sites are scoped to their organisation", () => {
  it("creates a site and writes the audit row in the same transaction", async () => {
    const a = await createTenant(db);
    const created = await createSite(db, a.scope(), site("Siège"));
    const audit = await db.auditEvent.findMany({ where: { organizationId: a.organization.id, entityId: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "site.create", actorId: a.users.OWNER?.id });
    expect((audit[0]?.after as { name: string }).name).toBe("Siège");
  });

  it("refuses to update or delete another organisation's site, leaving it untouched", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const bSite = await createSite(db, b.scope(), site("Entrepôt B"));
    await expect(updateSite(db, a.scope(), bSite.id, site("Pirated"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSite(db, a.scope(), bSite.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSites(db, b.organization.id)).map((s) => s.name)).toEqual(["Entrepôt B"]);
    expect(await listSites(db, a.organization.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });

  it("records before and after on update, and the deletion", async () => {
    const a = await createTenant(db);
    const created = await createSite(db, a.scope(), site("Bureau"));
    await updateSite(db, a.scope(), created.id, site("Bureau Lyon"));
    await deleteSite(db, a.scope(), created.id);
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["site.create", "site.update", "site.delete"]);
    expect((events[1]?.before as { name: string }).name).toBe("Bureau");
    expect((events[1]?.after as { name: string }).name).toBe("Bureau Lyon");
  });

  it("rejects a duplicate site name within one organisation only", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    await createSite(db, a.scope(), site("Paris"));
    await expect(createSite(db, a.scope(), site("Paris"))).rejects.toMatchObject({ code: "P2002" });
    await expect(createSite(db, b.scope(), site("Paris"))).resolves.toMatchObject({ name: "Paris" });
  });
});

describe("sites and products that carry activity data", () => {
  it("cannot be deleted while activities reference them (IN_USE), and nothing changes", async () => {
    const tenant = await tenantWithPeriods(db, [2024]);
    const product = await db.product.create({
      data: { organizationId: tenant.organizationId, name: "Produit", functionalUnit: "unit" },
    });
    await createActivity(
      db,
      tenant.scope(),
      electricity(tenant.periodOf(2024), { siteId: tenant.siteId, productId: product.id }),
    );
    await expect(deleteSite(db, tenant.scope(), tenant.siteId)).rejects.toMatchObject({ code: "IN_USE" });
    await expect(deleteProduct(db, tenant.scope(), product.id)).rejects.toMatchObject({ code: "IN_USE" });
    const activity = await db.activityData.findFirstOrThrow({ where: { organizationId: tenant.organizationId } });
    expect(activity).toMatchObject({ siteId: tenant.siteId, productId: product.id });
  });
});
