import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit-log/queries";
import { createProduct } from "@/lib/products/mutations";
import { ZProductCreate } from "@/lib/products/schemas";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const product = (name: string) => ZProductCreate.parse({ name, functionalUnit: "unit", description: "" });

async function seedEvents(
  organizationId: string,
  actor: { id: string; email: string },
  count: number,
  entityType = "Site",
) {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < count; i += 1) {
      await recordAudit(tx, {
        organizationId,
        actor,
        action: "site.update",
        entityType,
        entityId: `e${i}`,
        before: { n: i },
        after: { n: i + 1 },
      });
    }
  });
}

describe("audit log queries", () => {
  it("never return another organisation's events, whatever the filter or cursor", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    await createProduct(db, a.scope(), product("A1"));
    const bProduct = await createProduct(db, b.scope(), product("B1"));
    const bEvent = await db.auditEvent.findFirstOrThrow({ where: { entityId: bProduct.id } });

    const own = await listAuditEvents(db, a.organization.id, { filter: {} });
    expect(own.events.map((e) => e.action)).toEqual(["product.create"]);
    const byForeignActor = await listAuditEvents(db, a.organization.id, { filter: { actor: b.users.OWNER?.id ?? "" } });
    expect(byForeignActor.events).toEqual([]);
    const withForeignCursor = await listAuditEvents(db, a.organization.id, { filter: {}, cursor: bEvent.id });
    expect(withForeignCursor.events.every((e) => e.id !== bEvent.id)).toBe(true);
    expect(withForeignCursor.events).toHaveLength(1);

    const options = await listAuditFilterOptions(db, a.organization.id);
    expect(options.actors).toEqual([{ id: a.users.OWNER?.id, email: a.users.OWNER?.email }]);
    expect(options.entityTypes).toEqual(["Product"]);
  });

  it("pages newest first without gaps or repeats", async () => {
    const a = await createTenant(db);
    await seedEvents(a.organization.id, a.actorOf("OWNER"), 7);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = await listAuditEvents(db, a.organization.id, { filter: {}, cursor, pageSize: 3 });
      seen.push(...result.events.map((e) => e.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    const all = await db.auditEvent.findMany({
      where: { organizationId: a.organization.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it("filters by actor, entity type and date range", async () => {
    const a = await createTenant(db, ["OWNER", "MANAGER"]);
    await seedEvents(a.organization.id, a.actorOf("OWNER"), 2, "Site");
    await seedEvents(a.organization.id, a.actorOf("MANAGER"), 3, "Product");
    const byManager = await listAuditEvents(db, a.organization.id, { filter: { actor: a.users.MANAGER?.id ?? "" } });
    expect(byManager.events).toHaveLength(3);
    const sites = await listAuditEvents(db, a.organization.id, { filter: { entity: "Site" } });
    expect(sites.events.map((e) => e.entityType)).toEqual(["Site", "Site"]);
    const past = await listAuditEvents(db, a.organization.id, { filter: { from: "2000-01-01", to: "2000-12-31" } });
    expect(past.events).toEqual([]);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const recent = await listAuditEvents(db, a.organization.id, { filter: { from: yesterday, to: tomorrow } });
    expect(recent.events).toHaveLength(5);
  });
});
