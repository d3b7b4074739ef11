// The data-entry server actions (app/actions/activities.ts), called by a user of organisation A against
// organisation B (by B's slug, or by B's record ids through A's slug): NOT_FOUND, and B left untouched;
// inside A, viewers may only read and contributors may only change their own lines.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { testDb } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const actions = await import("@/app/actions/activities");

const db = testDb();
afterAll(() => db.$disconnect());

const ROLES = ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] as const;
type TRole = (typeof ROLES)[number];

async function world() {
  const a = await tenantWithPeriods(db, [2024, 2025], { roles: [...ROLES] });
  const b = await tenantWithPeriods(db, [2024, 2025]);
  const bLine = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));
  const aByManager = await createActivity(db, a.scope("MANAGER"), electricity(a.periodOf(2024)));
  const aByContributor = await createActivity(db, a.scope("CONTRIBUTOR"), electricity(a.periodOf(2024)));
  const signInAs = (role: TRole) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    activities: await db.activityData.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    lines: await db.emissionLine.count({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return {
    a,
    b,
    ids: {
      bLine: bLine.id,
      bPeriod: b.periodOf(2024),
      bOtherPeriod: b.periodOf(2025),
      bSite: b.siteId,
      aPeriod: a.periodOf(2024),
      aOtherPeriod: a.periodOf(2025),
      aByManager: aByManager.id,
      aByContributor: aByContributor.id,
    },
    signInAs,
    snapshotB,
  };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const values = (periodId: string, extra: Record<string, unknown> = {}) => ({
  periodId,
  activityTypeId: "energy.electricity.grid",
  quantity: "1 000",
  unit: "kWh",
  ...extra,
});

// A foreign period or site named in the input is refused as a field error ("not one of the organisation's
// periods"), which reveals nothing either: the suite's NOT_FOUND check reads it as such.
const unknownAs404 =
  (field: string) => (result: { ok: boolean; error?: string; fieldErrors?: Record<string, string> }) =>
    !result.ok &&
    result.error === "VALIDATION" &&
    result.fieldErrors?.[field]?.startsWith("activity.validation.unknown")
      ? { ok: false, error: "NOT_FOUND" }
      : result;

// B's ids through A's slug must be NOT_FOUND; with B's slug, A's user is not a member (NOT_FOUND too).
const BY_ID: Record<string, Call> = {
  updateActivity: (slug, w) => actions.updateActivityAction(slug, { id: w.ids.bLine, values: values(w.ids.bPeriod) }),
  deleteActivity: (slug, w) => actions.deleteActivityAction(slug, { id: w.ids.bLine }),
  duplicateActivity: (slug, w) =>
    actions.duplicateActivityAction(slug, { id: w.ids.bLine, periodId: w.ids.bOtherPeriod }),
  duplicateIntoBPeriod: (slug, w) =>
    actions.duplicateActivityAction(slug, { id: w.ids.aByManager, periodId: w.ids.bPeriod }),
  createActivityInBPeriod: async (slug, w) =>
    unknownAs404("periodId")(await actions.createActivityAction(slug, values(w.ids.bPeriod))),
  createActivityAtBSite: async (slug, w) =>
    unknownAs404("siteId")(await actions.createActivityAction(slug, values(w.ids.aPeriod, { siteId: w.ids.bSite }))),
  moveActivityToBPeriod: async (slug, w) =>
    unknownAs404("periodId")(
      await actions.updateActivityAction(slug, { id: w.ids.aByManager, values: values(w.ids.bPeriod) }),
    ),
  previewInBPeriod: async (slug, w) => {
    const result = await actions.previewActivityAction(slug, values(w.ids.bPeriod));
    return result.ok && !result.data.ok
      ? unknownAs404("periodId")({ ok: false, error: "VALIDATION", fieldErrors: result.data.fieldErrors })
      : result;
  },
};
const ON_ORG: Record<string, Call> = {
  searchAirports: (slug) => actions.searchAirportsAction(slug, { query: "lyon", locale: "fr" }),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant activity actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "MANAGER" });

  it("a viewer of A reads (preview, airport search) but writes nothing", async () => {
    const w = await world();
    w.signInAs("VIEWER");
    const slug = w.a.organization.slug;
    expect(await actions.previewActivityAction(slug, values(w.ids.aPeriod))).toMatchObject({
      ok: true,
      data: { ok: true, kgCO2e: "51.900000" },
    });
    const search = await actions.searchAirportsAction(slug, { query: "LYS", locale: "en" });
    expect(search.ok && search.data[0]).toEqual({
      iata: "LYS",
      label: "Lyon (LYS) – Lyon Saint-Exupéry Airport, France",
    });
    for (const call of [
      actions.createActivityAction(slug, values(w.ids.aPeriod)),
      actions.updateActivityAction(slug, { id: w.ids.aByManager, values: values(w.ids.aPeriod) }),
      actions.deleteActivityAction(slug, { id: w.ids.aByManager }),
      actions.duplicateActivityAction(slug, { id: w.ids.aByManager, periodId: w.ids.aOtherPeriod }),
    ])
      expect(await call).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("a contributor of A changes and deletes only their own lines", async () => {
    const w = await world();
    w.signInAs("CONTRIBUTOR");
    const slug = w.a.organization.slug;
    const managers = { id: w.ids.aByManager, values: values(w.ids.aPeriod, { quantity: "1" }) };
    expect(await actions.updateActivityAction(slug, managers)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await actions.deleteActivityAction(slug, { id: w.ids.aByManager })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    const own = { id: w.ids.aByContributor, values: values(w.ids.aPeriod, { quantity: "2 000" }) };
    expect(await actions.updateActivityAction(slug, own)).toEqual({ ok: true, data: { id: w.ids.aByContributor } });
    expect((await db.activityData.findUniqueOrThrow({ where: { id: w.ids.aByContributor } })).quantity.toFixed()).toBe(
      "2000",
    );
    expect(await actions.deleteActivityAction(slug, { id: w.ids.aByContributor })).toMatchObject({ ok: true });
  });

  it("bad input is a field error and saves nothing, a smuggled organisation id or status included", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    const slug = w.a.organization.slug;
    const count = () => db.activityData.count({ where: { organizationId: w.a.organizationId } });
    const before = await count();
    expect(await actions.createActivityAction(slug, values(w.ids.aPeriod, { quantity: "-5" }))).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { quantity: "activity.validation.decimal" },
    });
    expect(await actions.createActivityAction(slug, values(w.ids.aPeriod, { unit: "furlong" }))).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { unit: "activity.validation.unknownUnit" },
    });
    const bLines = await db.activityData.count({ where: { organizationId: w.b.organizationId } });
    expect(
      await actions.createActivityAction(slug, { ...values(w.ids.aPeriod), organizationId: w.b.organizationId }),
    ).toMatchObject({ ok: false, error: "VALIDATION", fieldErrors: { organizationId: "validation.unknownField" } });
    expect(await actions.createActivityAction(slug, { ...values(w.ids.aPeriod), status: "VALIDATED" })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { status: "validation.unknownField" },
    });
    expect(await count()).toBe(before);
    expect(await db.activityData.count({ where: { organizationId: w.b.organizationId } })).toBe(bLines);
  });
});
