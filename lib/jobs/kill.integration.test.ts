import { childEnv, scriptVar } from "../../scripts/lib/env.ts";
import { spawn, type ChildProcess } from "node:child_process";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { previewReleaseUpdate } from "@/lib/activity/release-update/apply";
import { listAcceptedReleases } from "@/lib/factors/org-index";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { retryJob, startJob } from "@/lib/jobs/enqueue";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { getJobRun } from "@/lib/jobs/runs";
import { STALE_AFTER_MS } from "@/lib/jobs/status";
import { installNewerAdeme, removeRelease } from "@/tests/fixtures/releases";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

// A worker process killed in the middle of applying a release leaves the inventory exactly as before
// (the change is one transaction), its run shows as failed, and a retry reaches exactly the "after"
// state. The worker is the real `npm run worker` script, in a child process.
const db = testDb();
const VERSION = `23.9-kill-${uniqueSuffix()}`;
const ACTIVITIES = 24;
let releaseId: string | undefined;
let boss: PgBoss;
const children: ChildProcess[] = [];

function spawnWorker(extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: childEnv(extraEnv),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[worker] ${d.toString()}`));
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));

beforeAll(async () => {
  boss = new PgBoss({ connectionString: scriptVar("DATABASE_URL")!, schema: BOSS_SCHEMA, max: 2 });
  await boss.start();
  for (const kind of Object.values(JOB_KINDS))
    await boss.createQueue(kind.queue, { name: kind.queue, policy: "short" });
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await boss.stop({ graceful: false, wait: true, timeout: 2_000 });
  await removeRelease(db, releaseId);
  await db.$disconnect();
});

async function inventory(organizationId: string) {
  const [lines, activities, accepted, audits] = await Promise.all([
    db.emissionLine.findMany({
      where: { organizationId },
      orderBy: [{ activityId: "asc" }, { position: "asc" }],
      select: { id: true, activityId: true, position: true, factorId: true, factorValue: true, kgCO2e: true },
    }),
    db.activityData.findMany({
      where: { organizationId },
      orderBy: { id: "asc" },
      select: { id: true, kgCO2e: true, linesDigest: true, computedAt: true },
    }),
    listAcceptedReleases(db, organizationId),
    db.auditEvent.count({ where: { organizationId } }),
  ]);
  const rows = lines.map((l) => ({ ...l, factorValue: l.factorValue.toFixed(), kgCO2e: l.kgCO2e.toFixed() }));
  const total = lines.reduce((sum, l) => sum + Number(l.kgCO2e), 0);
  return { rows, activities: activities.map((a) => ({ ...a, kgCO2e: a.kgCO2e.toFixed() })), accepted, audits, total };
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a worker killed mid-job", () => {
  it(
    "leaves the inventory as before, shows the run failed, and the retry completes it",
    { timeout: 180_000 },
    async () => {
      const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
      for (let i = 0; i < ACTIVITIES; i++) {
        await createActivity(db, t.scope(), electricity(t.periodOf(2024), { quantity: String(1000 + i) }));
      }
      releaseId = await installNewerAdeme(db, VERSION);
      const ref = { source: "ademe", version: VERSION };
      const preview = await previewReleaseUpdate(db, t.organizationId, ref);
      const before = await inventory(t.organizationId);
      const scope = { organizationId: t.organizationId };

      // A slow worker: 2 activities per chunk, 400 ms after each chunk.
      const slow = spawnWorker({ ALBEDO_JOB_CHUNK_SIZE: "2", ALBEDO_TEST_JOB_STEP_DELAY_MS: "400" });
      const run = await startJob(db, boss, t.scope("MANAGER"), "release.apply", ref);
      await until(
        "the job to be half way",
        () => getJobRun(db, scope, run.id),
        (r) => r !== null && r.status === "RUNNING" && r.done >= 8 && r.done < ACTIVITIES,
      );
      slow.kill("SIGKILL");
      await exited(slow);

      // Exactly as before: lines, activities, accepted release, audit log.
      // (PostgreSQL rolls the transaction back when the connection drops; give it a moment to notice.)
      await until(
        "the rollback",
        () =>
          db.$queryRaw<
            { n: bigint }[]
          >`SELECT count(*) AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'`,
        (rows) => Number(rows[0]?.n ?? 0) === 0,
        10_000,
      );
      expect(await inventory(t.organizationId)).toEqual(before);

      // Right after the kill the run still looks alive; once its heartbeat is stale it shows failed.
      const later = new Date(Date.now() + STALE_AFTER_MS + 1_000);
      const lost = await getJobRun(db, scope, run.id, later);
      expect(lost).toMatchObject({ status: "FAILED", errors: [{ code: "WORKER_LOST" }] });
      expect(lost?.finishedAt?.getTime()).toBeLessThanOrEqual(Date.now());
      expect(lost?.done).toBeGreaterThanOrEqual(8);

      // Retry (as the retry button does), with a worker that is not killed.
      const retried = await retryJob(db, boss, t.scope("MANAGER"), run.id, later);
      expect(retried.id).not.toBe(run.id);
      expect(retried.retryOfId).toBe(run.id);
      expect(await getJobRun(db, scope, run.id)).toMatchObject({ status: "FAILED", errors: [{ code: "WORKER_LOST" }] });
      spawnWorker({ ALBEDO_JOB_CHUNK_SIZE: "5" });
      const done = await until(
        "the retry to finish",
        () => getJobRun(db, scope, retried.id),
        (r) => r !== null && (r.status === "DONE" || r.status === "FAILED"),
      );
      expect(done).toMatchObject({ status: "DONE", done: ACTIVITIES, total: ACTIVITIES, errorCount: 0 });

      // Exactly the "after" state the preview announced, applied once.
      const after = await inventory(t.organizationId);
      expect(after.rows).toHaveLength(before.rows.length);
      expect(after.rows.every((l) => l.factorId === `ademe:43642@${VERSION}` && l.factorValue === "0.06")).toBe(true);
      expect(after.total).toBeCloseTo(Number(preview.kgCO2e.after.total), 6);
      expect(after.accepted.find((r) => r.source === "ademe")?.version).toBe(VERSION);
      expect(after.audits).toBe(before.audits + 1);
    },
  );
});
