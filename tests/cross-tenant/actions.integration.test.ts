// Every server action that takes an organisation or a record id, called by a user of organisation A
// against organisation B: it must answer NOT_FOUND (or FORBIDDEN for a missing permission) and leave
// B untouched. Only the session, the request locale and Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
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

const sites = await import("@/app/actions/sites");
const products = await import("@/app/actions/products");
const periods = await import("@/app/actions/periods");
const members = await import("@/app/actions/members");
const profile = await import("@/app/actions/profile");
const portfolio = await import("@/app/actions/portfolio");
const factorPicker = await import("@/app/actions/factor-picker");
const { createInvitation } = await import("@/lib/invitations/mutations");

const db = testDb();
afterAll(() => db.$disconnect());

async function world() {
  const a = await createTenant(db, ["OWNER", "VIEWER", "CONTRIBUTOR"]);
  const b = await createTenant(db, ["OWNER", "VIEWER"]);
  const orgB = b.organization.id;
  const site = await db.site.create({ data: { organizationId: orgB, name: "Site B" } });
  const product = await db.product.create({
    data: { organizationId: orgB, name: "Product B", functionalUnit: "unit" },
  });
  const period = await db.reportingPeriod.create({
    data: {
      organizationId: orgB,
      year: 2024,
      label: "2024",
      startDate: new Date("2024-01-01"),
      endDate: new Date("2024-12-31"),
    },
  });
  await db.productPeriodVolume.create({
    data: { organizationId: orgB, productId: product.id, periodId: period.id, volume: "1200" },
  });
  const { invitation } = await createInvitation(
    db,
    b.scope(),
    { email: `guest-${uniqueSuffix()}@test.example`, role: "VIEWER" },
    7,
  );
  const signInAs = (role: "OWNER" | "VIEWER" | "CONTRIBUTOR") => {
    const actor = a.actorOf(role);
    session.user = { ...actor, name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    org: await db.organization.findUniqueOrThrow({ where: { id: orgB } }),
    sites: await db.site.findMany({ where: { organizationId: orgB } }),
    products: await db.product.findMany({ where: { organizationId: orgB } }),
    periods: await db.reportingPeriod.findMany({ where: { organizationId: orgB } }),
    productVolumes: await db.productPeriodVolume.findMany({ where: { organizationId: orgB } }),
    memberships: await db.membership.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: orgB } }),
    jobRuns: await db.jobRun.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    passwordResets: await db.passwordReset.findMany({
      where: { user: { memberships: { some: { organizationId: orgB } } } },
      orderBy: { id: "asc" },
    }),
  });
  return {
    a,
    b,
    ids: {
      site: site.id,
      product: product.id,
      period: period.id,
      invitation: invitation.id,
      bViewerMembership: b.users.VIEWER!.membershipId,
    },
    signInAs,
    snapshotB,
  };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const siteValues = { name: "Hijack", kind: "OFFICE", country: "FR" };
const productValues = { name: "Hijack", functionalUnit: "unit" };
const periodValues = { label: "Hijack", startDate: "2024-01-01", endDate: "2024-12-31" };
const profileValues = {
  name: "Hijack",
  country: "FR",
  naceCode: "",
  headcount: "",
  annualRevenueEur: "",
  fiscalYearStartMonth: "1",
  baseYear: "",
  currency: "EUR",
};

// Actions that act on a record by id: called with B's slug and with A's slug + B's id.
const BY_ID: Record<string, Call> = {
  updateSite: (slug, w) => sites.updateSiteAction(slug, { id: w.ids.site, values: siteValues }),
  deleteSite: (slug, w) => sites.deleteSiteAction(slug, { id: w.ids.site }),
  updateProduct: (slug, w) => products.updateProductAction(slug, { id: w.ids.product, values: productValues }),
  deleteProduct: (slug, w) => products.deleteProductAction(slug, { id: w.ids.product }),
  setProductVolumes: (slug, w) =>
    products.setProductVolumesAction(slug, {
      productId: w.ids.product,
      volumes: [{ periodId: w.ids.period, volume: "1" }],
    }),
  saveDigitalModel: (slug, w) =>
    products.saveDigitalModelAction(slug, {
      productId: w.ids.product,
      periodId: w.ids.period,
      model: {
        method: "SWD_V4",
        monthlyRequests: "1000",
        mbUpPerRequest: "0",
        mbDownPerRequest: "1",
        mobileSharePct: "50",
        devices: {
          smartphone: { minutes: "1" },
          tablet: { sharePct: "0", minutes: "1" },
          laptop: { sharePct: "100", minutes: "1" },
          desktop: { sharePct: "0", minutes: "1" },
        },
        countries: [{ country: "FR", sharePct: "100" }],
      },
    }),
  updatePeriod: (slug, w) => periods.updatePeriodAction(slug, { id: w.ids.period, values: periodValues }),
  deletePeriod: (slug, w) => periods.deletePeriodAction(slug, { id: w.ids.period }),
  lockPeriod: (slug, w) => periods.setPeriodLockedAction(slug, { id: w.ids.period, locked: true }),
  recomputePeriod: (slug, w) => periods.recomputePeriodAction(slug, { id: w.ids.period }),
  updatePeriodCalcSettings: (slug, w) =>
    periods.updatePeriodCalcSettingsAction(slug, {
      id: w.ids.period,
      values: { gwpSet: "AR6", includeContrails: false, capitalGoodsMethod: "amortised" },
    }),
  updatePeriodFigures: (slug, w) =>
    periods.updatePeriodFiguresAction(slug, { id: w.ids.period, values: { headcount: "12", annualRevenueEur: "" } }),
  updateSiteEnergy: (slug, w) =>
    sites.updateSiteEnergyAction(slug, {
      id: w.ids.site,
      values: {
        heatNetwork: "lyon",
        coolingNetwork: null,
        marketInstrument: { kind: "guarantee_of_origin", certificateRef: "GO-1" },
      },
    }),
  revokeInvitation: (slug, w) => members.revokeInvitationAction(slug, { id: w.ids.invitation }),
  changeRole: (slug, w) => members.changeRoleAction(slug, { id: w.ids.bViewerMembership, role: "OWNER" }),
  removeMember: (slug, w) => members.removeMemberAction(slug, { id: w.ids.bViewerMembership }),
  generateResetLink: (slug, w) => members.generateResetLinkAction(slug, { id: w.ids.bViewerMembership }),
};

// Actions that act on the organisation itself: only B's slug can reach B.
const ON_ORG: Record<string, Call> = {
  createSite: (slug) => sites.createSiteAction(slug, siteValues),
  createProduct: (slug) => products.createProductAction(slug, productValues),
  createPeriod: (slug) => periods.createPeriodAction(slug, { year: "2030" }),
  inviteMember: (slug) =>
    members.inviteMemberAction(slug, { email: `x-${uniqueSuffix()}@test.example`, role: "OWNER" }),
  updateProfile: (slug) => profile.updateProfileAction(slug, profileValues),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant server actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "OWNER" });

  for (const [name, call] of Object.entries({ ...BY_ID, ...ON_ORG })) {
    it(`${name}: a viewer and a contributor of A are FORBIDDEN in A`, async () => {
      const w = await world();
      for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
        w.signInAs(role);
        expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "FORBIDDEN" });
      }
    });
  }

  it("searchPickerFactors: B's slug is NOT_FOUND for A's members, who all may search their own library", async () => {
    const w = await world();
    for (const role of ["OWNER", "VIEWER", "CONTRIBUTOR"] as const) {
      w.signInAs(role);
      expect(await factorPicker.searchPickerFactorsAction(w.b.organization.slug, { q: "chaleur" })).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
      // Library factors only (custom factors are chosen through customFactorId, and only one's own).
      const own = await factorPicker.searchPickerFactorsAction(w.a.organization.slug, { q: "réseau de chaleur" });
      expect(own.ok && own.data.hits.length > 0 && own.data.hits.every((h) => !h.id.startsWith("custom:"))).toBe(true);
    }
    session.user = null;
    expect(await factorPicker.searchPickerFactorsAction(w.a.organization.slug, { q: "chaleur" })).toMatchObject({
      ok: false,
      error: "UNAUTHENTICATED",
    });
  });

  it("createClient: a consultant cannot add a client to a firm they do not belong to", async () => {
    const w = await world();
    const firm = await db.consultingFirm.create({ data: { name: "Other firm", slug: `firm-${uniqueSuffix()}` } });
    w.signInAs("OWNER");
    const count = await db.organization.count();
    expect(
      await portfolio.createClientAction({ firmId: firm.id, name: "Intrus", country: "FR", headcount: "" }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    session.user = null;
    expect(
      await portfolio.createClientAction({ firmId: firm.id, name: "Intrus", country: "FR", headcount: "" }),
    ).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
    expect(await db.organization.count()).toBe(count);
  });
});
