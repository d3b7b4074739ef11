// Text with control characters sent straight to the server actions (a crafted request, not the form):
// PostgreSQL refuses NUL in text, so without the shared text schema these calls crash as INTERNAL. They
// must answer VALIDATION with a field message and write nothing. Only the session, the request locale and
// Next's cache are stubbed; the database is real.
import { afterAll, describe, expect, it, vi } from "vitest";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));
vi.mock("@/lib/app-url", () => ({ appUrl: async () => "http://localhost:3000" }));
vi.mock("@/lib/auth", () => ({
  requestIp: async () => "203.0.113.9",
  requestClient: async () => ({ address: "203.0.113.9", deviceToken: null }),
  throttleOptions: () => ({ maxFailures: 5, clientMaxFailures: 20, windowMinutes: 15 }),
  trySignIn: async () => true,
}));

const sites = await import("@/app/actions/sites");
const products = await import("@/app/actions/products");
const periods = await import("@/app/actions/periods");
const profile = await import("@/app/actions/profile");
const customFactors = await import("@/app/actions/custom-factors");
const invitations = await import("@/app/actions/invitations");
const { createInvitation } = await import("@/lib/invitations/mutations");

const db = testDb();
afterAll(() => db.$disconnect());

const NOT_ALLOWED = "validation.controlCharacters";

async function ownerOfNewTenant() {
  const tenant = await createTenant(db);
  session.user = { ...tenant.actorOf("OWNER"), name: "Owner", locale: "fr" };
  const organizationId = tenant.organization.id;
  const snapshot = async () => ({
    sites: await db.site.count({ where: { organizationId } }),
    products: await db.product.count({ where: { organizationId } }),
    periods: await db.reportingPeriod.count({ where: { organizationId } }),
    factors: await db.customFactor.count({ where: { organizationId } }),
    org: await db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId } }),
  });
  return { tenant, slug: tenant.organization.slug, snapshot };
}

describe("control characters in text fields are a field error, never a crash", () => {
  it("refuses NUL in a site name, a product name, a period label, a profile name and a custom factor", async () => {
    const { slug, snapshot } = await ownerOfNewTenant();
    const before = await snapshot();

    expect(await sites.createSiteAction(slug, { name: "Siège\u0000", kind: "OFFICE", country: "FR" })).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { name: NOT_ALLOWED },
    });
    expect(
      await products.createProductAction(slug, { name: "Réservation", functionalUnit: "nuit\u0000", description: "" }),
    ).toEqual({ ok: false, error: "VALIDATION", fieldErrors: { functionalUnit: NOT_ALLOWED } });
    expect(await periods.createPeriodAction(slug, { year: "2024", label: "\u00002024" })).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { label: NOT_ALLOWED },
    });
    expect(
      await profile.updateProfileAction(slug, {
        name: "Acme\u0000",
        country: "FR",
        naceCode: "",
        headcount: "",
        annualRevenueEur: "",
        fiscalYearStartMonth: "1",
        baseYear: "",
        currency: "EUR",
      }),
    ).toEqual({ ok: false, error: "VALIDATION", fieldErrors: { name: NOT_ALLOWED } });
    expect(
      await customFactors.createCustomFactorAction(slug, {
        nameFr: "Électricité fournisseur",
        unit: "kWh",
        value: "0,052",
        region: "FR",
        source: "Contrat 2024",
        justification: "Attestation du fournisseur\u0000 jointe au dossier.",
      }),
    ).toEqual({ ok: false, error: "VALIDATION", fieldErrors: { justification: NOT_ALLOWED } });

    expect(await snapshot()).toEqual(before);
  });

  it("refuses a NUL in a record id with VALIDATION instead of a database error", async () => {
    const { slug, snapshot } = await ownerOfNewTenant();
    const before = await snapshot();
    expect(await sites.deleteSiteAction(slug, { id: "abc\u0000" })).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(await snapshot()).toEqual(before);
  });

  it("answers NOT_FOUND to an organisation slug with a NUL", async () => {
    const { slug, snapshot } = await ownerOfNewTenant();
    const before = await snapshot();
    const result = await sites.createSiteAction(`${slug}\u0000`, { name: "Siège", kind: "OFFICE", country: "FR" });
    expect(result).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps line breaks in multi-line fields and refuses them in single-line ones", async () => {
    const { slug, tenant } = await ownerOfNewTenant();
    const created = await products.createProductAction(slug, {
      name: "  Réservation  ",
      functionalUnit: "nuit",
      description: "Une nuit d'hôtel.\nPetit-déjeuner inclus.",
    });
    expect(created.ok).toBe(true);
    const stored = await db.product.findFirstOrThrow({ where: { organizationId: tenant.organization.id } });
    expect(stored).toMatchObject({ name: "Réservation", description: "Une nuit d'hôtel.\nPetit-déjeuner inclus." });

    expect(await products.createProductAction(slug, { name: "Ligne 1\nLigne 2", functionalUnit: "nuit" })).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { name: NOT_ALLOWED },
    });
  });

  it("refuses a NUL in a newcomer's name when accepting an invitation, and the invitation stays open", async () => {
    const { tenant } = await ownerOfNewTenant();
    const email = `newcomer-${uniqueSuffix()}@test.example`;
    const { token, invitation } = await createInvitation(db, tenant.scope(), { email, role: "VIEWER" }, 7);
    const result = await invitations.acceptAsNewUserAction({
      token,
      name: "Camille\u0000",
      password: "correct horse 42",
      confirmPassword: "correct horse 42",
    });
    expect(result).toEqual({ ok: false, error: "VALIDATION", fieldErrors: { name: NOT_ALLOWED } });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
  });
});
