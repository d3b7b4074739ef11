// The factor release update action and the releases page's data, across organisations and roles: a user
// of organisation A cannot apply an update for organisation B (NOT_FOUND, B untouched), only managers
// apply, and a manager's update moves A alone. A newer ADEME release is installed for this file only:
// the shipped 23.6 with French grid electricity (element 43642) at 0.06 kgCO2e/kWh instead of 0.0519.
// Same approach as actions.integration.test.ts: only the session and Next's cache are stubbed. The update
// runs as a background job: a worker runs in this process (lib/jobs/process.ts) on the real pg-boss.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { latestBySource } from "@/lib/factors/acceptance/order";
import { installNewerAdeme, removeRelease } from "@/tests/fixtures/releases";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requireUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { applyReleaseUpdateAction } = await import("@/app/actions/factor-releases");
const { loadAppliedNotice, loadPreview, loadReleaseJob, loadReleasesOverview, releaseRefParam } =
  await import("@/app/(app)/[org]/factors/releases/data");
const { startJobWorker, stopJobWorker } = await import("@/lib/jobs/process");
const { getJobRun } = await import("@/lib/jobs/runs");

const db = testDb();
const VERSION = `23.7-releases-${uniqueSuffix()}`;
const NEWER = { source: "ademe", version: VERSION } as const;
let newerId: string | undefined;
let shippedIds: string[] = [];

beforeAll(async () => {
  // The releases every test organisation starts on (the shipped ones), read before the newer one exists.
  const installed = await db.factorRelease.findMany({
    select: { id: true, source: true, version: true, publishedOn: true, installedAt: true },
  });
  shippedIds = latestBySource(installed).map((r) => r.id);
  newerId = await installNewerAdeme(db, VERSION);
}, 120_000);

afterAll(async () => {
  await stopJobWorker();
  // Other test files must never see the fixture as the latest ADEME release.
  await removeRelease(db, newerId);
  await db.$disconnect();
});

beforeEach(() => {
  session.user = null;
});

/** An organisation on the shipped releases with one activity (12,000 kWh of French electricity, 622.8 kgCO2e). */
async function tenantOnShipped(roles: Role[]) {
  const t = await tenantWithPeriods(db, [2024], { roles });
  const releases = await db.factorRelease.findMany({
    where: { id: { in: shippedIds } },
    select: { id: true, source: true, version: true },
  });
  await db.organizationFactorRelease.deleteMany({ where: { organizationId: t.organizationId } });
  await db.organizationFactorRelease.createMany({
    data: releases.map((r) => ({
      organizationId: t.organizationId,
      source: r.source,
      version: r.version,
      releaseId: r.id,
      acceptedById: null,
    })),
  });
  const activity = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId }));
  return { ...t, activityId: activity.id };
}

async function world() {
  const a = await tenantOnShipped(["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"]);
  const b = await tenantOnShipped(["OWNER"]);
  const signInAs = (role: Role) => {
    session.user = { ...a.actorOf(role), name: role, locale: "fr" };
  };
  return { a, b, signInAs };
}

/** Everything an update could change for one organisation. */
async function snapshot(organizationId: string) {
  return {
    accepted: await db.organizationFactorRelease.findMany({ where: { organizationId }, orderBy: { source: "asc" } }),
    activities: await db.activityData.findMany({
      where: { organizationId },
      select: { id: true, kgCO2e: true, linesDigest: true, computedAt: true },
      orderBy: { id: "asc" },
    }),
    lines: await db.emissionLine.findMany({
      where: { organizationId },
      select: { id: true, factorId: true, kgCO2e: true },
      orderBy: { id: "asc" },
    }),
    audit: await db.auditEvent.count({ where: { organizationId } }),
  };
}

const ademeVersionOf = async (organizationId: string) =>
  (
    await db.organizationFactorRelease.findUnique({
      where: { organizationId_source: { organizationId, source: "ademe" } },
    })
  )?.version;

describe("cross-tenant factor release updates", () => {
  it("a user of A gets NOT_FOUND applying an update for organisation B, and B is unchanged", async () => {
    const w = await world();
    for (const role of ["OWNER", "MANAGER"] as const) {
      w.signInAs(role);
      const before = await snapshot(w.b.organizationId);
      expect(await applyReleaseUpdateAction(w.b.organization.slug, NEWER)).toMatchObject({
        ok: false,
        error: "NOT_FOUND",
      });
      expect(await snapshot(w.b.organizationId)).toEqual(before);
    }
    expect(await ademeVersionOf(w.b.organizationId)).toBe("23.6");
  });

  it("unauthenticated calls are refused with UNAUTHENTICATED, on either organisation", async () => {
    const w = await world();
    for (const t of [w.a, w.b]) {
      const before = await snapshot(t.organizationId);
      expect(await applyReleaseUpdateAction(t.organization.slug, NEWER)).toMatchObject({
        ok: false,
        error: "UNAUTHENTICATED",
      });
      expect(await snapshot(t.organizationId)).toEqual(before);
    }
  });

  it("a viewer and a contributor of A are FORBIDDEN in A, which stays on its release", async () => {
    const w = await world();
    const before = await snapshot(w.a.organizationId);
    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      w.signInAs(role);
      expect(await applyReleaseUpdateAction(w.a.organization.slug, NEWER)).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    }
    expect(await snapshot(w.a.organizationId)).toEqual(before);
  });

  it("refuses malformed input (VALIDATION), an unknown release (NOT_FOUND) and a release that is not newer (CONFLICT)", async () => {
    const w = await world();
    w.signInAs("MANAGER");
    const before = await snapshot(w.a.organizationId);
    for (const input of [
      { source: "nope", version: "1" },
      { source: "ademe", version: "" },
      { source: "ademe" },
      "ademe@23.7",
      null,
    ]) {
      expect(await applyReleaseUpdateAction(w.a.organization.slug, input)).toMatchObject({
        ok: false,
        error: "VALIDATION",
      });
    }
    expect(
      await applyReleaseUpdateAction(w.a.organization.slug, { source: "ademe", version: "0.1-never-shipped" }),
    ).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await applyReleaseUpdateAction(w.a.organization.slug, { source: "ademe", version: "23.6" })).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
    expect(await snapshot(w.a.organizationId)).toEqual(before);
  });

  it(
    "a manager of A applies the update: A's open period is recomputed and audited, B stays on 23.6",
    { timeout: 120_000 },
    async () => {
      const w = await world();
      const bBefore = await snapshot(w.b.organizationId);
      w.signInAs("MANAGER");
      const result = await applyReleaseUpdateAction(w.a.organization.slug, {
        source: "ademe",
        version: ` ${VERSION} `,
      });
      if (!result.ok) throw new Error(`refused: ${result.error}`);
      const { runId } = result.data;
      // Queued, not done: the request only recorded the run. The page shows it to A, not to B.
      const queued = await getJobRun(db, { organizationId: w.a.organizationId }, runId);
      expect(queued).toMatchObject({ status: "QUEUED", targetKey: `ademe@${VERSION}` });
      expect(await getJobRun(db, { organizationId: w.b.organizationId }, runId)).toBeNull();
      const aUpdates = (await loadReleasesOverview(db, w.a.organizationId)).updates;
      expect((await loadReleaseJob(db, w.a.organizationId, aUpdates))?.run.id).toBe(runId);
      expect(await loadReleaseJob(db, w.b.organizationId, aUpdates)).toBeNull();
      // Asking again while it waits returns the same run.
      expect(await applyReleaseUpdateAction(w.a.organization.slug, NEWER)).toEqual({ ok: true, data: { runId } });

      await startJobWorker();
      let run = queued;
      for (let i = 0; i < 600 && run?.status !== "DONE" && run?.status !== "FAILED"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        run = await getJobRun(db, { organizationId: w.a.organizationId }, runId);
      }
      expect(run).toMatchObject({
        status: "DONE",
        done: 1,
        total: 1,
        result: { source: "ademe", version: VERSION, activitiesChanged: 1, linesChanged: 3, deltaKgCO2e: "97.200000" }, // 622.8 → 720 kgCO2e
      });
      const accepted = await db.organizationFactorRelease.findUniqueOrThrow({
        where: { organizationId_source: { organizationId: w.a.organizationId, source: "ademe" } },
      });
      expect(accepted).toMatchObject({ version: VERSION, releaseId: newerId, acceptedById: w.a.users.MANAGER?.id });
      expect((await db.activityData.findUniqueOrThrow({ where: { id: w.a.activityId } })).kgCO2e.toFixed()).toBe("720");
      const lines = await db.emissionLine.findMany({ where: { organizationId: w.a.organizationId } });
      expect(lines.map((l) => l.factorId)).toEqual(Array(3).fill(`ademe:43642@${VERSION}`));
      const event = await db.auditEvent.findFirstOrThrow({
        where: { organizationId: w.a.organizationId, action: "factorRelease.accept" },
      });
      expect(event).toMatchObject({ actorId: w.a.users.MANAGER?.id, entityId: newerId, before: { version: "23.6" } });

      // The page's confirmation reads A's own acceptance; B has none.
      expect(await loadAppliedNotice(db, w.a.organizationId, NEWER)).toEqual({ ...NEWER, activitiesChanged: 1 });
      expect(await loadAppliedNotice(db, w.b.organizationId, NEWER)).toBeNull();

      // Applying twice is a conflict, not a second recalculation.
      expect(await applyReleaseUpdateAction(w.a.organization.slug, NEWER)).toMatchObject({
        ok: false,
        error: "CONFLICT",
      });
      expect(await snapshot(w.b.organizationId)).toEqual(bBefore);
      expect(await ademeVersionOf(w.b.organizationId)).toBe("23.6");
    },
  );
});

describe("the releases page's data", () => {
  it("reads the ?preview= parameter strictly", () => {
    expect(releaseRefParam(`ademe@${VERSION}`)).toEqual(NEWER);
    for (const bad of [
      undefined,
      "",
      "ademe",
      "@23.7",
      "ademe@",
      "unknown@1",
      ["ademe@23.7"],
      `ademe@${"9".repeat(101)}`,
    ]) {
      expect(releaseRefParam(bad)).toBeNull();
    }
  });

  it("lists and previews each organisation's own releases and activities only; previewing writes nothing", async () => {
    const w = await world();
    // A has one more activity than B, so the two previews cannot be mistaken for each other.
    await createActivity(db, w.a.scope(), electricity(w.a.periodOf(2024), { quantity: "1000" }));
    const overview = await loadReleasesOverview(db, w.a.organizationId);
    expect(overview.accepted.find((r) => r.source === "ademe")).toMatchObject({
      version: "23.6",
      publisher: "ADEME",
      acceptedBy: null,
    });
    expect(overview.updates.map((u) => [u.source, u.accepted?.version, u.available.map((r) => r.version)])).toEqual([
      ["ademe", "23.6", [VERSION]],
    ]);

    const aBefore = await snapshot(w.a.organizationId);
    const bBefore = await snapshot(w.b.organizationId);
    const previewA = await loadPreview(db, w.a.organizationId, NEWER);
    const previewB = await loadPreview(db, w.b.organizationId, NEWER);
    if (!previewA.ok || !previewB.ok) throw new Error("preview unavailable");
    expect(previewA.preview.activities).toMatchObject({ total: 2, changed: 2 });
    expect(previewB.preview.activities).toMatchObject({ total: 1, changed: 1 });
    expect(previewB.preview.kgCO2e.before.total).toBe("622.800000");
    expect(previewB.preview.kgCO2e.after.total).toBe("720.000000");
    expect(previewA.failures).toEqual([]);
    expect([...previewA.factors.keys()].sort()).toEqual(["ademe:43642@23.6", `ademe:43642@${VERSION}`]);
    expect(previewA.factors.get("ademe:43642@23.6")).toMatchObject({
      nameFr: "Electricité - 2024 - mix moyen - consommation",
      unitLabel: "kgCO2e/kWh",
    });
    expect(await snapshot(w.a.organizationId)).toEqual(aBefore);
    expect(await snapshot(w.b.organizationId)).toEqual(bBefore);

    // A release that is not newer, or not installed, is "unavailable", not an error page.
    expect(await loadPreview(db, w.a.organizationId, { source: "ademe", version: "23.6" })).toEqual({ ok: false });
    expect(await loadPreview(db, w.a.organizationId, { source: "desnz", version: "1999" })).toEqual({ ok: false });
  });
});
