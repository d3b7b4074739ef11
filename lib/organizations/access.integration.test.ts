import { afterAll, describe, expect, it } from "vitest";
import { listAccessibleOrganizations, resolveOrgAccess } from "@/lib/organizations/access";
import { createClientOrganization, listPortfolio } from "@/lib/organizations/portfolio";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

async function createFirmWithConsultant() {
  const suffix = uniqueSuffix();
  const consultant = await db.user.create({
    data: { email: `consultant-${suffix}@test.example`, name: "Consultant", passwordHash: "x" },
  });
  const firm = await db.consultingFirm.create({
    data: { name: `Firm ${suffix}`, slug: `firm-${suffix}`, members: { create: { userId: consultant.id } } },
  });
  return { consultant, firm };
}

describe("organisation access", () => {
  it("resolves a member's own role and nothing for strangers", async () => {
    const a = await createTenant(db, ["MANAGER"]);
    const b = await createTenant(db, ["OWNER"]);
    expect(await resolveOrgAccess(db, { userId: a.users.MANAGER!.id, slug: a.organization.slug })).toMatchObject({
      role: "MANAGER",
      viaFirm: false,
    });
    expect(await resolveOrgAccess(db, { userId: a.users.MANAGER!.id, slug: b.organization.slug })).toBeNull();
    expect(await resolveOrgAccess(db, { userId: a.users.MANAGER!.id, slug: "no-such-org" })).toBeNull();
  });

  it("gives consultants manager rights on their firm's clients only", async () => {
    const { consultant, firm } = await createFirmWithConsultant();
    const client = await createTenant(db);
    const other = await createTenant(db);
    await db.organization.update({ where: { id: client.organization.id }, data: { consultingFirmId: firm.id } });
    expect(await resolveOrgAccess(db, { userId: consultant.id, slug: client.organization.slug })).toMatchObject({
      role: "CONSULTANT",
      viaFirm: true,
    });
    expect(await resolveOrgAccess(db, { userId: consultant.id, slug: other.organization.slug })).toBeNull();
    const orgs = await listAccessibleOrganizations(db, consultant.id);
    expect(orgs.map((o) => o.slug)).toEqual([client.organization.slug]);
  });

  it("loses a consultant's access once the client is handed over", async () => {
    const { consultant, firm } = await createFirmWithConsultant();
    const client = await createTenant(db);
    await db.organization.update({ where: { id: client.organization.id }, data: { consultingFirmId: firm.id } });
    await db.organization.update({ where: { id: client.organization.id }, data: { consultingFirmId: null } });
    expect(await resolveOrgAccess(db, { userId: consultant.id, slug: client.organization.slug })).toBeNull();
  });

  it("lets a consultant create a client for their own firm only", async () => {
    const mine = await createFirmWithConsultant();
    const theirs = await createFirmWithConsultant();
    const actor = { id: mine.consultant.id, email: mine.consultant.email };
    const created = await createClientOrganization(db, actor, {
      firmId: mine.firm.id,
      name: "Client Élan",
      country: "FR",
      headcount: 12,
    });
    expect(created.slug).toMatch(/^client-elan/);
    await expect(
      createClientOrganization(db, actor, { firmId: theirs.firm.id, name: "Intrus", country: "FR", headcount: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const portfolio = await listPortfolio(db, mine.consultant.id);
    expect(portfolio.flatMap((f) => f.clients.map((c) => c.id))).toEqual([created.id]);
    expect(await db.auditEvent.count({ where: { organizationId: created.id, action: "organization.create" } })).toBe(1);
  });
});
