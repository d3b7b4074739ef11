import { afterAll, describe, expect, it } from "vitest";
import { getOrganizationProfile, updateOrganizationProfile } from "@/lib/organizations/profile";
import { zOrganizationProfile } from "@/lib/organizations/profile-schemas";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const profile = (overrides: Record<string, string> = {}) =>
  zOrganizationProfile("fr").parse({
    name: "Albedo Test",
    country: "BE",
    naceCode: "62.01",
    headcount: "40",
    annualRevenueEur: "1 250 000,5",
    fiscalYearStartMonth: "4",
    baseYear: "2022",
    currency: "eur",
    ...overrides,
  });

describe("organisation profile", () => {
  it("updates only its own organisation and records before/after in the same transaction", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    await updateOrganizationProfile(db, a.scope(), profile());
    expect(await getOrganizationProfile(db, a.organization.id)).toEqual({
      name: "Albedo Test",
      country: "BE",
      naceCode: "62.01",
      headcount: 40,
      annualRevenueEur: "1250000.50",
      fiscalYearStartMonth: 4,
      baseYear: 2022,
      currency: "EUR",
    });
    const untouched = await db.organization.findUniqueOrThrow({ where: { id: b.organization.id } });
    expect(untouched).toMatchObject({
      name: b.organization.name,
      country: "FR",
      fiscalYearStartMonth: 1,
      baseYear: null,
    });
    const [event] = await db.auditEvent.findMany({
      where: { organizationId: a.organization.id, action: "organization.update" },
    });
    expect(event).toMatchObject({
      entityType: "Organization",
      entityId: a.organization.id,
      actorId: a.users.OWNER?.id,
    });
    expect(event?.before).toMatchObject({ name: a.organization.name, fiscalYearStartMonth: 1, annualRevenueEur: null });
    expect(event?.after).toMatchObject({ name: "Albedo Test", fiscalYearStartMonth: 4, annualRevenueEur: "1250000.5" });
  });

  it("never changes slug or consulting firm, even if the input carries them", async () => {
    const a = await createTenant(db);
    const crafted = { ...profile(), slug: "hijacked", consultingFirmId: "firm-x", id: "other" } as ReturnType<
      typeof profile
    >;
    await updateOrganizationProfile(db, a.scope(), crafted);
    const after = await db.organization.findUniqueOrThrow({ where: { id: a.organization.id } });
    expect(after).toMatchObject({
      id: a.organization.id,
      slug: a.organization.slug,
      consultingFirmId: null,
      name: "Albedo Test",
    });
  });

  it("clears optional fields", async () => {
    const a = await createTenant(db);
    await updateOrganizationProfile(db, a.scope(), profile());
    await updateOrganizationProfile(
      db,
      a.scope(),
      profile({ naceCode: "", headcount: "", annualRevenueEur: "", baseYear: "" }),
    );
    expect(await getOrganizationProfile(db, a.organization.id)).toMatchObject({
      naceCode: null,
      headcount: null,
      annualRevenueEur: null,
      baseYear: null,
    });
  });

  it("reports an unknown organisation as NOT_FOUND without writing an audit row", async () => {
    const a = await createTenant(db);
    const scope = { organizationId: "does-not-exist", actor: a.actorOf("OWNER") };
    await expect(updateOrganizationProfile(db, scope, profile())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { organizationId: "does-not-exist" } })).toBe(0);
  });
});
