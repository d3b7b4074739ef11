// The survey campaign actions called by a user of organisation A against organisation B: NOT_FOUND (or
// FORBIDDEN without the permission), and B's campaigns, answers and audit untouched. Real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createCampaign } from "@/lib/surveys/campaigns";
import { itForbidsRolesInOwnOrganisation, itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
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

const surveys = await import("@/app/actions/surveys");

const db = testDb();
afterAll(() => db.$disconnect());

const dates = { opensOn: "2025-06-01", closesOn: "2025-06-30" };

async function world() {
  const a = await tenantWithPeriods(db, [2025], { roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2025]);
  const orgB = b.organizationId;
  const campaign = await createCampaign(db, b.scope(), {
    periodId: b.periodOf(2025),
    ...dates,
    expectedPopulation: 50,
    digitalQuestions: true,
  });
  const signInAs = (role: "OWNER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    campaigns: await db.surveyCampaign.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    responses: await db.surveyResponse.count({ where: { organizationId: orgB } }),
    audit: await db.auditEvent.count({ where: { organizationId: orgB } }),
  });
  return {
    a,
    b,
    ids: { campaign: campaign.id, periodA: a.periodOf(2025), periodB: b.periodOf(2025) },
    signInAs,
    snapshotB,
  };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;
// The period of the organisation the slug names: the only one the caller could legitimately pick.
const periodFor = (slug: string, w: World) => (slug === w.a.organization.slug ? w.ids.periodA : w.ids.periodB);

const BY_ID: Record<string, Call> = {
  revokeSurvey: (slug, w) => surveys.revokeSurveyAction(slug, { id: w.ids.campaign }),
  closeSurvey: (slug, w) => surveys.closeSurveyAction(slug, { id: w.ids.campaign }),
  reopenSurvey: (slug, w) => surveys.reopenSurveyAction(slug, { id: w.ids.campaign }),
  duplicateSurvey: (slug, w) =>
    surveys.duplicateSurveyAction(slug, { id: w.ids.campaign, periodId: periodFor(slug, w), ...dates }),
};
const ON_ORG: Record<string, Call> = {
  createSurvey: (slug, w) =>
    surveys.createSurveyAction(slug, {
      periodId: w.ids.periodB,
      ...dates,
      expectedPopulation: "10",
      digitalQuestions: false,
    }),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant survey actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "OWNER" });

  it("createSurvey with B's period through A's own organisation is NOT_FOUND", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const before = await w.snapshotB();
    expect(await ON_ORG.createSurvey!(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await w.snapshotB()).toEqual(before);
  });

  itForbidsRolesInOwnOrganisation({ world, calls: { ...BY_ID, ...ON_ORG }, roles: ["VIEWER", "CONTRIBUTOR"] });

  it("an owner of A creates, duplicates and revokes A's own campaigns", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const slug = w.a.organization.slug;
    const created = await surveys.createSurveyAction(slug, {
      periodId: w.ids.periodA,
      ...dates,
      expectedPopulation: "1 200",
      digitalQuestions: true,
    });
    if (!created.ok) throw new Error(created.error);
    const copy = await surveys.duplicateSurveyAction(slug, { id: created.data.id, periodId: w.ids.periodA, ...dates });
    expect(copy.ok).toBe(true);
    expect(await surveys.revokeSurveyAction(slug, { id: created.data.id })).toMatchObject({ ok: true });
    const rows = await db.surveyCampaign.findMany({ where: { organizationId: w.a.organizationId } });
    expect(rows.map((r) => [r.expectedPopulation, r.revokedAt !== null]).sort()).toEqual([
      [1200, false],
      [1200, true],
    ]);
  });
});
