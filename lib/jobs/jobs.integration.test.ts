import { scriptVar } from "../../scripts/lib/env.ts";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { previewReleaseUpdate } from "@/lib/activity/release-update/apply";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { startJob } from "@/lib/jobs/enqueue";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { getJobRun, latestJobRun, type TJobRunView } from "@/lib/jobs/runs";
import { startWorker } from "@/lib/jobs/worker";
import { installNewerAdeme, removeRelease } from "@/tests/fixtures/releases";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

// The job lifecycle against a real PostgreSQL and a real pg-boss: queued → running (progress) → done,
// idempotent sends, and runs read only within their organisation.
const db = testDb();
const VERSION = `23.8-jobs-${uniqueSuffix()}`;
let releaseId: string | undefined;
let boss: PgBoss;
const progressSeen: { done: number; total: number }[] = [];

beforeAll(async () => {
  boss = new PgBoss({ connectionString: scriptVar("DATABASE_URL")!, schema: BOSS_SCHEMA, max: 3 });
  await boss.start();
  for (const kind of Object.values(JOB_KINDS))
    await boss.createQueue(kind.queue, { name: kind.queue, policy: "short" });
});

afterAll(async () => {
  await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  await removeRelease(db, releaseId);
  await db.$disconnect();
});

async function waitForEnd(organizationId: string, runId: string): Promise<TJobRunView> {
  for (let i = 0; i < 300; i++) {
    const run = await getJobRun(db, { organizationId }, runId);
    if (!run) throw new Error("run not found");
    if (run.status === "RUNNING") progressSeen.push({ done: run.done, total: run.total });
    if (run.status === "DONE" || run.status === "FAILED") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the job did not finish");
}

describe("background jobs", () => {
  it("applies a release as a job, with progress, once however often it is asked", { timeout: 120_000 }, async () => {
    const a = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
    const b = await tenantWithPeriods(db, [2024]);
    for (let i = 0; i < 6; i++) await createActivity(db, a.scope(), electricity(a.periodOf(2024)));
    releaseId = await installNewerAdeme(db, VERSION);
    const ref = { source: "ademe", version: VERSION };
    const preview = await previewReleaseUpdate(db, a.organizationId, ref);
    expect(preview.activities).toMatchObject({ total: 6, changed: 6 });

    // Asked twice before any worker runs: one run, one queued message.
    const first = await startJob(db, boss, a.scope("MANAGER"), "release.apply", ref);
    const again = await startJob(db, boss, a.scope("OWNER"), "release.apply", ref);
    expect(again.id).toBe(first.id);
    expect(await boss.getQueueSize(JOB_KINDS["release.apply"].queue)).toBe(1);
    const queued = await getJobRun(db, { organizationId: a.organizationId }, first.id);
    expect(queued).toMatchObject({ status: "QUEUED", done: 0, startedBy: `MANAGER ${a.organization.slug.slice(5)}` });

    // Another organisation cannot read it, nor does it see it as its latest run.
    expect(await getJobRun(db, { organizationId: b.organizationId }, first.id)).toBeNull();
    expect(await latestJobRun(db, { organizationId: b.organizationId }, "release.apply")).toBeNull();

    await startWorker(boss, db, { chunkSize: 2, testStepDelayMs: 150 });
    const done = await waitForEnd(a.organizationId, first.id);
    expect(done).toMatchObject({ status: "DONE", done: 6, total: 6, errorCount: 0 });
    expect(done.result).toMatchObject({ version: VERSION, activitiesChanged: 6, deltaKgCO2e: preview.kgCO2e.delta });
    expect(done.finishedAt).not.toBeNull();
    // The bar moved through intermediate values.
    expect(progressSeen.some((p) => p.total === 6 && p.done > 0 && p.done < 6)).toBe(true);

    // The result is the preview's: totals, audit row in the same transaction as the change.
    const lines = await db.emissionLine.findMany({ where: { organizationId: a.organizationId } });
    const total = lines.reduce((sum, l) => sum + Number(l.kgCO2e), 0);
    expect(total).toBeCloseTo(Number(preview.kgCO2e.after.total), 6);
    expect(lines.every((l) => l.factorId === `ademe:43642@${VERSION}`)).toBe(true);
    expect(
      await db.auditEvent.count({ where: { organizationId: a.organizationId, action: "factorRelease.accept" } }),
    ).toBe(1);

    // Asking again once it is done: a new run that changes nothing (the release is already accepted).
    const late = await startJob(db, boss, a.scope("MANAGER"), "release.apply", ref);
    expect(late.id).not.toBe(first.id);
    const lateDone = await waitForEnd(a.organizationId, late.id);
    expect(lateDone).toMatchObject({ status: "DONE", result: { alreadyApplied: true } });
    expect(
      await db.auditEvent.count({ where: { organizationId: a.organizationId, action: "factorRelease.accept" } }),
    ).toBe(1);
    expect((await latestJobRun(db, { organizationId: a.organizationId }, "release.apply"))?.id).toBe(late.id);
  });

  it("recomputes a period as a job and reports a failure as a failed run", { timeout: 60_000 }, async () => {
    const t = await tenantWithPeriods(db, [2024]);
    const activity = await createActivity(db, t.scope(), electricity(t.periodOf(2024)));
    // Stored lines that no longer match their activity: the recompute rewrites them.
    await db.activityData.updateMany({
      where: { id: activity.id, organizationId: t.organizationId },
      data: { linesDigest: "stale" },
    });
    const run = await startJob(db, boss, t.scope(), "period.recompute", { periodId: t.periodOf(2024) });
    const done = await waitForEnd(t.organizationId, run.id);
    expect(done).toMatchObject({ status: "DONE", done: 1, total: 1, result: { activities: 1, changed: 1 } });

    // A period of another organisation: the job fails (NOT_FOUND) and nothing is written.
    const other = await tenantWithPeriods(db, [2024]);
    const foreign = await startJob(db, boss, t.scope(), "period.recompute", { periodId: other.periodOf(2024) });
    const failed = await waitForEnd(t.organizationId, foreign.id);
    expect(failed).toMatchObject({ status: "FAILED", errorCount: 1, errors: [{ code: "NOT_FOUND" }] });
  });
});
