import { childEnv, scriptVar } from "../../scripts/lib/env.ts";
import { spawn, type ChildProcess } from "node:child_process";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { createImportPreview } from "@/lib/imports/preview";
import { listImportsWithRuns, startImportCommit } from "@/lib/jobs/imports";
import { parsedImport, upload } from "@/lib/imports/testing";
import { BOSS_SCHEMA } from "@/lib/jobs/boss";
import { retryJob } from "@/lib/jobs/enqueue";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { getJobRun } from "@/lib/jobs/runs";
import { STALE_AFTER_MS } from "@/lib/jobs/status";
import { testDb } from "@/tests/fixtures/tenants";

// A worker killed in the middle of an import's commit leaves the inventory exactly as before (the rows
// were only staged), the import shows as failed, and a retry commits it once. The worker is the real
// `npm run worker` script, in a child process.
const db = testDb();
const ROWS = 5000; // 5 chunks of 1,000
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
  await db.$disconnect();
});

async function inventory(organizationId: string) {
  const [activities, lines, audits] = await Promise.all([
    db.activityData.findMany({ where: { organizationId }, orderBy: { id: "asc" }, select: { id: true, kgCO2e: true } }),
    db.emissionLine.findMany({ where: { organizationId }, orderBy: { id: "asc" }, select: { id: true, kgCO2e: true } }),
    db.auditEvent.count({ where: { organizationId, action: { in: ["import.commit", "activity.create"] } } }),
  ]);
  return {
    activities: activities.map((a) => [a.id, a.kgCO2e.toFixed()]),
    lines: lines.map((l) => [l.id, l.kgCO2e.toFixed()]),
    audits,
  };
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a worker killed mid-import", () => {
  it(
    "leaves the inventory as before, shows the import failed, and the retry commits it once",
    { timeout: 240_000 },
    async () => {
      const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER"] });
      const p = t.periodOf(2024);
      await createActivity(db, t.scope(), electricity(p));
      const preview = await createImportPreview(db, t.scope("MANAGER"), upload(p, parsedImport(p, ROWS), "kill test"));
      const before = await inventory(t.organizationId);
      const scope = { organizationId: t.organizationId };

      // A slow worker: 1.5 s after each chunk of 1,000 rows.
      const slow = spawnWorker({ ALBEDO_TEST_JOB_STEP_DELAY_MS: "1500" });
      const { runId } = await startImportCommit(db, async () => boss, t.scope("MANAGER"), preview.id);
      await until(
        "the commit to be half way",
        () => getJobRun(db, scope, runId),
        (r) => r !== null && r.status === "RUNNING" && r.done >= 2000 && r.done < ROWS,
      );
      slow.kill("SIGKILL");
      await exited(slow);
      expect(await inventory(t.organizationId)).toEqual(before);

      // Once the run's heartbeat is stale, the import reads as failed.
      const later = new Date(Date.now() + STALE_AFTER_MS + 1_000);
      expect(await getJobRun(db, scope, runId, later)).toMatchObject({
        status: "FAILED",
        errors: [{ code: "WORKER_LOST" }],
      });
      await db.jobRun.updateMany({
        where: { id: runId },
        data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1_000) },
      });
      expect((await listImportsWithRuns(db, t.organizationId)).find((i) => i.id === preview.id)?.status).toBe("FAILED");

      // Retry (the progress bar's button), with a worker that is not killed.
      const retried = await retryJob(db, boss, t.scope("MANAGER"), runId, later);
      spawnWorker({});
      const done = await until(
        "the retry to finish",
        () => getJobRun(db, scope, retried.id),
        (r) => r !== null && (r.status === "DONE" || r.status === "FAILED"),
      );
      expect(done).toMatchObject({ status: "DONE", done: ROWS, total: ROWS, errorCount: 0 });
      const after = await inventory(t.organizationId);
      expect(after.activities).toHaveLength(before.activities.length + ROWS);
      expect(after.audits).toBe(before.audits + 1);
      expect(await db.import.findFirstOrThrow({ where: { id: preview.id } })).toMatchObject({
        status: "COMMITTED",
        jobRunId: retried.id,
      });
    },
  );
});
