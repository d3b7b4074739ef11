// The background job actions (progress polling, retry), called by a user of organisation A about a run
// of organisation B: NOT_FOUND, and B's runs untouched. Inside A, a run's kind decides who may read it
// and who may retry it. Only the session and Next's cache are stubbed; the database is real.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
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

const { jobRunStatusAction, retryJobAction } = await import("@/app/actions/jobs");

const db = testDb();
afterAll(() => db.$disconnect());

beforeEach(() => {
  session.user = null;
});

/** A failed run of `kind` in the organisation, started by `startedById`. */
async function failedRun(organizationId: string, startedById: string, kind = "period.recompute") {
  return db.jobRun.create({
    data: {
      organizationId,
      kind,
      targetKey: "some-period",
      params: kind === "period.recompute" ? { periodId: "some-period" } : { source: "ademe", version: "99" },
      status: "FAILED",
      done: 3,
      total: 10,
      errorCount: 1,
      errors: [{ code: "WORKER_LOST" }],
      startedById,
      finishedAt: new Date(),
    },
  });
}

async function world() {
  const a = await createTenant(db, ["OWNER", "MANAGER", "VIEWER", "CONTRIBUTOR"]);
  const b = await createTenant(db, ["OWNER"]);
  const runB = await failedRun(b.organization.id, b.actorOf("OWNER").id);
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  const snapshotB = async () => ({
    runs: await db.jobRun.findMany({ where: { organizationId: b.organization.id }, orderBy: { id: "asc" } }),
  });
  return { a, b, runB: runB.id, signInAs, snapshotB };
}

type World = Awaited<ReturnType<typeof world>>;
type Call = (slug: string, w: World) => Promise<{ ok: boolean; error?: string }>;

const BY_ID: Record<string, Call> = {
  jobRunStatus: (slug, w) => jobRunStatusAction(slug, { runId: w.runB }),
  retryJob: (slug, w) => retryJobAction(slug, { runId: w.runB }),
};

describe("cross-tenant job actions", () => {
  itRefusesCrossTenantCalls({ world, byId: BY_ID, onOrg: {}, actingRole: "OWNER" });

  it("inside A: a manager reads a recalculation's progress; viewers and contributors may not read or retry it", async () => {
    const w = await world();
    const run = await failedRun(w.a.organization.id, w.a.actorOf("MANAGER").id);
    w.signInAs("MANAGER");
    const status = await jobRunStatusAction(w.a.organization.slug, { runId: run.id });
    expect(status).toMatchObject({
      ok: true,
      data: {
        id: run.id,
        status: "FAILED",
        done: 3,
        total: 10,
        errorCount: 1,
        startedBy: expect.stringMatching(/^MANAGER /),
      },
    });
    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      w.signInAs(role);
      expect(await jobRunStatusAction(w.a.organization.slug, { runId: run.id })).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
      expect(await retryJobAction(w.a.organization.slug, { runId: run.id })).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    }
    // A release update's progress is for every member to read (the releases page is), its retry for managers.
    const release = await failedRun(w.a.organization.id, w.a.actorOf("MANAGER").id, "release.apply");
    w.signInAs("VIEWER");
    expect(await jobRunStatusAction(w.a.organization.slug, { runId: release.id })).toMatchObject({ ok: true });
    expect(await retryJobAction(w.a.organization.slug, { runId: release.id })).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await jobRunStatusAction(w.a.organization.slug, { runId: "" })).toMatchObject({
      ok: false,
      error: "VALIDATION",
    });
  });
});
