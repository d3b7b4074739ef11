// The data-collection workflow's server actions (line statuses, data requests, notifications) called by
// people of organisation A against organisation B: NOT_FOUND, and B unchanged. Then who may call them.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { itRefusesCrossTenantCalls } from "@/tests/cross-tenant/suite";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));

const statuses = await import("@/app/actions/activity-status");
const requests = await import("@/app/actions/requests");
const notifications = await import("@/app/actions/notifications");
const { createActivity } = await import("@/lib/activity/mutations");
const { submitActivities } = await import("@/lib/activity/status");
const { createRequest } = await import("@/lib/requests/mutations");
const { electricity, tenantWithPeriods } = await import("@/lib/activity/testing");

const db = testDb();
afterAll(() => db.$disconnect());

async function world() {
  const a = await createTenant(db, ["OWNER", "VIEWER", "CONTRIBUTOR"]);
  const b = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "CONTRIBUTOR"] });
  const orgB = b.organizationId;
  const request = await createRequest(db, b.scope(), {
    category: "energy",
    periodId: b.periodOf(2024),
    siteId: null,
    assigneeId: b.actorOf("CONTRIBUTOR").id,
    dueDate: "2025-03-31",
    instructions: null,
  });
  const line = await createActivity(db, b.scope("CONTRIBUTOR"), electricity(b.periodOf(2024)), {
    limitToAssignedRequests: true,
  });
  const draft = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));
  await submitActivities(db, b.scope("CONTRIBUTOR"), [line.id], { limitToOwnWork: true });
  const notification = await db.notification.findFirstOrThrow({
    where: { organizationId: orgB, userId: b.actorOf("CONTRIBUTOR").id },
  });
  const signInAs = (role: "OWNER" | "VIEWER" | "CONTRIBUTOR") => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    activities: await db.activityData.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    requests: await db.dataRequest.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    notifications: await db.notification.findMany({ where: { organizationId: orgB }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { organizationId: orgB } }),
  });
  return {
    a,
    b,
    ids: { line: line.id, draft: draft.id, request: request.id, notification: notification.id },
    bRefs: { period: b.periodOf(2024), site: b.siteId, contributor: b.actorOf("CONTRIBUTOR").id },
    signInAs,
    snapshotB,
  };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const BY_ID: Record<string, Call> = {
  submitActivities: (slug, w) => statuses.submitActivitiesAction(slug, { ids: [w.ids.draft] }),
  validateActivities: (slug, w) => statuses.validateActivitiesAction(slug, { ids: [w.ids.line] }),
  rejectActivity: (slug, w) => statuses.rejectActivityAction(slug, { id: w.ids.line, comment: "Hijack" }),
  deleteRequest: (slug, w) => requests.deleteRequestAction(slug, { id: w.ids.request }),
  markNotificationsRead: (slug, w) => notifications.markNotificationsReadAction(slug, { ids: [w.ids.notification] }),
};

const ON_ORG: Record<string, Call> = {
  createRequest: (slug, w) =>
    requests.createRequestAction(slug, {
      category: "travel",
      periodId: w.bRefs.period,
      siteId: w.bRefs.site,
      assigneeId: w.bRefs.contributor,
      dueDate: "2025-06-30",
      instructions: "",
    }),
  markAllNotificationsRead: (slug) => notifications.markNotificationsReadAction(slug, { ids: "all" }),
};

beforeEach(() => {
  session.user = null;
});

describe("cross-tenant workflow actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: ON_ORG, actingRole: "OWNER" });

  const managerOnly = ["validateActivities", "rejectActivity", "deleteRequest", "createRequest"];
  for (const name of managerOnly) {
    it(`${name}: a viewer and a contributor of A are FORBIDDEN in A`, async () => {
      const w = await world();
      const call = { ...BY_ID, ...ON_ORG }[name] as Call;
      for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
        w.signInAs(role);
        expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "FORBIDDEN" });
      }
    });
  }

  it("validateActivities: a contributor of A bulk-validating A's submitted lines is FORBIDDEN, and nothing changes", async () => {
    const w = await world();
    const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "CONTRIBUTOR"] });
    const lines = [
      await createActivity(db, a.scope("CONTRIBUTOR"), electricity(a.periodOf(2024))),
      await createActivity(db, a.scope("CONTRIBUTOR"), electricity(a.periodOf(2024))),
    ];
    const ids = lines.map((l) => l.id);
    await submitActivities(db, a.scope("CONTRIBUTOR"), ids, { limitToOwnWork: true });
    const before = await db.activityData.findMany({
      where: { organizationId: a.organizationId },
      orderBy: { id: "asc" },
    });
    session.user = { ...a.actorOf("CONTRIBUTOR"), name: "C", locale: "fr" };
    expect(await statuses.validateActivitiesAction(a.organization.slug, { ids })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(
      await db.activityData.findMany({ where: { organizationId: a.organizationId }, orderBy: { id: "asc" } }),
    ).toEqual(before);
    // An owner's batch mixing A's lines with one of B's is refused whole: A's lines stay submitted.
    session.user = { ...a.actorOf("OWNER"), name: "O", locale: "fr" };
    const snapshot = await w.snapshotB();
    expect(await statuses.validateActivitiesAction(a.organization.slug, { ids: [...ids, w.ids.line] })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await db.activityData.count({ where: { organizationId: a.organizationId, status: "SUBMITTED" } })).toBe(2);
    expect(await w.snapshotB()).toEqual(snapshot);
  });

  it("submitActivities: a viewer of A is FORBIDDEN in A", async () => {
    const w = await world();
    w.signInAs("VIEWER");
    expect(await BY_ID.submitActivities!(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("a status smuggled into a reject or submit call is a field error", async () => {
    const w = await world();
    w.signInAs("OWNER");
    expect(
      await statuses.submitActivitiesAction(w.a.organization.slug, { ids: ["x"], status: "VALIDATED" }),
    ).toMatchObject({ ok: false, error: "VALIDATION", fieldErrors: { status: "validation.unknownField" } });
    expect(await statuses.rejectActivityAction(w.a.organization.slug, { id: "x", comment: "" })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { comment: "validation.required" },
    });
  });
});
