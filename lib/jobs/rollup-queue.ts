// Rebuilding stale reporting rollups in the background (lib/reporting/rollup): a system job, not a
// member's run (no JobRun row): a report that finds a period's rollup stale answers live and queues one
// message per (organisation, period). The queue is "stately": at most one waiting and one running rebuild
// per period, so a write during a rebuild queues exactly one more.
import type PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { rebuildRollup } from "@/lib/reporting/rollup/build";
import { setRollupRebuildRequester } from "@/lib/reporting/rollup/refresh";

export const ROLLUP_QUEUE = "reporting-rollup";
export const ROLLUP_QUEUE_OPTIONS = {
  name: ROLLUP_QUEUE,
  policy: "stately",
  retryLimit: 1,
  expireInSeconds: 3600,
} as const satisfies PgBoss.Queue;

const ZRollupMessage = z.object({ organizationId: z.string().min(1), periodId: z.string().min(1) });

/** This process's reports queue rebuilds through `boss` (the queue is created when pg-boss starts). */
export function registerRollupRequests(boss: () => Promise<Pick<PgBoss, "send">>): void {
  setRollupRebuildRequester(async (organizationId, periodId) =>
    (await boss()).send(ROLLUP_QUEUE, { organizationId, periodId }, { singletonKey: `${organizationId}:${periodId}` }),
  );
}

/** Subscribes this process to rollup rebuilds. */
export async function startRollupWorker(boss: PgBoss, db: Db): Promise<void> {
  await boss.work(ROLLUP_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) {
      const message = ZRollupMessage.safeParse(job.data);
      if (!message.success) {
        console.error(`[jobs] malformed message on ${ROLLUP_QUEUE}: ${job.id}`);
        continue;
      }
      await rebuildRollup(db, message.data.organizationId, message.data.periodId);
    }
  });
}
