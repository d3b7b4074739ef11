import PgBoss from "pg-boss";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { ROLLUP_QUEUE_OPTIONS } from "@/lib/jobs/rollup-queue";

// The one owner of pg-boss: its schema ("pgboss", created and migrated by pg-boss itself on start), the
// queues, and one started instance per process (kept on globalThis so dev reloads reuse it). Jobs are
// not retried by pg-boss: a failed run is retried by a person (lib/jobs/enqueue.ts retryJob).

export const BOSS_SCHEMA = "pgboss";

const globalForBoss = globalThis as unknown as { albedoBoss?: Promise<PgBoss> };

async function startBoss(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: BOSS_SCHEMA, max: 4 });
  boss.on("error", (error) => console.error("[jobs] pg-boss:", error));
  await boss.start();
  for (const kind of Object.values(JOB_KINDS)) {
    // A killed worker's job expires after an hour; its run is shown failed long before (stale heartbeat).
    await boss.createQueue(kind.queue, { name: kind.queue, policy: "short", retryLimit: 0, expireInSeconds: 3600 });
  }
  await boss.createQueue(ROLLUP_QUEUE_OPTIONS.name, ROLLUP_QUEUE_OPTIONS); // reporting rollups (system jobs)
  return boss;
}

/** This process's pg-boss, started on first use. */
export function boss(databaseUrl: string): Promise<PgBoss> {
  globalForBoss.albedoBoss ??= startBoss(databaseUrl).catch((error: unknown) => {
    globalForBoss.albedoBoss = undefined;
    throw error;
  });
  return globalForBoss.albedoBoss;
}

export async function stopBoss(): Promise<void> {
  const started = globalForBoss.albedoBoss;
  globalForBoss.albedoBoss = undefined;
  if (started) await (await started).stop({ graceful: true, timeout: 10_000, wait: true });
}
