import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { testDb } from "@/tests/fixtures/tenants";
import { loadDemoData, seedDemo } from "./demo";

const db = testDb();
afterAll(() => db.$disconnect());

async function counts() {
  const orgIds = (await db.organization.findMany({ where: { slug: { in: ["nuage-analytics", "panier-vert"] } }, select: { id: true } })).map((o) => o.id);
  const where = { organizationId: { in: orgIds } };
  return {
    orgs: orgIds.length,
    members: await db.membership.count({ where }),
    sites: await db.site.count({ where }),
    products: await db.product.count({ where }),
    periods: await db.reportingPeriod.count({ where }),
    audit: await db.auditEvent.count({ where }),
  };
}

describe("demo seed", () => {
  it("loads the demo and is idempotent", async () => {
    const data = loadDemoData();
    await seedDemo(db, data);
    const first = await counts();
    expect(first).toEqual({ orgs: 2, members: 8, sites: 5, products: 3, periods: 8, audit: 2 });
    await seedDemo(db, data);
    expect(await counts()).toEqual(first);
  });

  it("creates sign-in-able accounts and a consultant serving both organisations", async () => {
    const data = loadDemoData();
    await seedDemo(db, data);
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@nuage-analytics.example" } });
    expect(await verifyPassword(owner.passwordHash, data.password)).toBe(true);
    const firm = await db.consultingFirm.findUniqueOrThrow({ where: { slug: "klimato-conseil" }, include: { clients: true, members: true } });
    expect(firm.clients.map((c) => c.slug).sort()).toEqual(["nuage-analytics", "panier-vert"]);
    expect(firm.members).toHaveLength(1);
    const locked = await db.reportingPeriod.findMany({ where: { organization: { slug: "nuage-analytics" }, status: "LOCKED" }, select: { year: true } });
    expect(locked.map((p) => p.year).sort()).toEqual([2022, 2023]);
  });
});
