// The target and action-plan server actions called by a user of organisation A against organisation B:
// NOT_FOUND (FORBIDDEN without the permission), and B's targets, actions and audit untouched. Also: A's
// own action linking B's site or member, or A's target on B's base period, is NOT_FOUND. Real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createContribution } from "@/lib/contributions/mutations";
import { zContributionCreate } from "@/lib/contributions/schemas";
import { createAction } from "@/lib/reductions/mutations";
import { zActionInput } from "@/lib/reductions/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { createTarget } from "@/lib/targets/mutations";
import { zTargetCreate } from "@/lib/targets/schemas";
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

const targets = await import("@/app/actions/targets");
const reductions = await import("@/app/actions/reductions");
const contributions = await import("@/app/actions/contributions");

const db = testDb();
afterAll(() => db.$disconnect());

const actionInput = {
  title: "Train",
  type: "REDUCTION",
  status: "PLANNED",
  posts: ["scope1"],
  expectedUnit: "TCO2E",
  expectedValue: "2",
};
const contributionInput = { name: "Forêt", kind: "REMOVAL", vintage: "2024", tonnes: "10", pricePerTonneEur: "40" };
const targetInput = (basePeriodId: string) => ({
  name: "2030",
  kind: "ABSOLUTE",
  preset: "SBTI_1_5",
  basePeriodId,
  targetYear: "2030",
  reductionPct: "33,6",
  posts: ["scope1"],
});

async function world() {
  const a = await tenantWithPeriods(db, [2022], { roles: ["OWNER", "VIEWER", "CONTRIBUTOR"] });
  const b = await tenantWithPeriods(db, [2022], { roles: ["OWNER", "VIEWER"] });
  for (const t of [a, b]) {
    await storeHandActivity(db, t.organizationId, {
      periodId: t.periodOf(2022),
      activityTypeId: "test.fuel",
      lines: [{ kg: "1000", scope: 1, begesPoste: "1.1" }],
    });
  }
  const target = await createTarget(db, b.scope(), zTargetCreate("fr").parse(targetInput(b.periodOf(2022))));
  const action = await createAction(db, b.scope(), zActionInput("fr").parse(actionInput));
  const contribution = await createContribution(db, b.scope(), zContributionCreate("fr").parse(contributionInput));
  const signInAs = (role: "OWNER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    targets: await db.reductionTarget.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    actions: await db.reductionAction.findMany({ where: { organizationId: b.organizationId }, orderBy: { id: "asc" } }),
    contributions: await db.climateContribution.findMany({ where: { organizationId: b.organizationId } }),
    audit: await db.auditEvent.count({ where: { organizationId: b.organizationId } }),
  });
  return { a, b, ids: { target: target.id, action: action.id, contribution: contribution.id }, signInAs, snapshotB };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const BY_ID: Record<string, Call> = {
  rebaseTarget: (slug, w) => targets.rebaseTargetAction(slug, { id: w.ids.target }),
  deleteTarget: (slug, w) => targets.deleteTargetAction(slug, { id: w.ids.target }),
  updateAction: (slug, w) => reductions.updateReductionAction(slug, { id: w.ids.action, values: actionInput }),
  moveAction: (slug, w) => reductions.moveReductionAction(slug, { id: w.ids.action, status: "DONE" }),
  deleteAction: (slug, w) => reductions.deleteReductionAction(slug, { id: w.ids.action }),
  deleteContribution: (slug, w) => contributions.deleteContributionAction(slug, { id: w.ids.contribution }),
};
const ON_ORG: Record<string, Call> = {
  createTarget: (slug, w) => targets.createTargetAction(slug, targetInput(w.b.periodOf(2022))),
  createAction: (slug) => reductions.createReductionAction(slug, actionInput),
  createContribution: (slug) => contributions.createContributionAction(slug, contributionInput),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant target and action-plan actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "OWNER" });
  itForbidsRolesInOwnOrganisation({ world, calls: { ...BY_ID, ...ON_ORG }, roles: ["VIEWER", "CONTRIBUTOR"] });

  it("A's own target on B's base period, or A's action linking B's site or member, is NOT_FOUND", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const slug = w.a.organization.slug;
    const before = await w.snapshotB();
    expect(await ON_ORG.createTarget!(slug, w)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await reductions.createReductionAction(slug, { ...actionInput, siteIds: [w.b.siteId] })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(
      await reductions.createReductionAction(slug, { ...actionInput, ownerId: w.b.actorOf("VIEWER").id }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await db.reductionAction.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
    expect(await w.snapshotB()).toEqual(before);
  });

  it("a smuggled organizationId is refused by the strict schema and saves nothing", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const result = await reductions.createReductionAction(w.a.organization.slug, {
      ...actionInput,
      organizationId: w.b.organizationId,
    });
    expect(result).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { organizationId: "validation.unknownField" },
    });
    expect(await db.reductionAction.count({ where: { organizationId: w.a.organizationId } })).toBe(0);
  });

  it("an owner of A creates a target and moves A's own action", async () => {
    const w = await world();
    w.signInAs("OWNER");
    const slug = w.a.organization.slug;
    expect(await targets.createTargetAction(slug, targetInput(w.a.periodOf(2022)))).toMatchObject({ ok: true });
    const created = await reductions.createReductionAction(slug, actionInput);
    if (!created.ok) throw new Error(created.error);
    expect(await reductions.moveReductionAction(slug, { id: created.data.id, status: "IN_PROGRESS" })).toMatchObject({
      ok: true,
    });
  });
});
