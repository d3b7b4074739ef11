// Starting and stopping the job worker in a process: the app's (instrumentation.ts) or a dedicated
// one (scripts/worker.ts). It gets its own Prisma client, so jobs never starve the request pool.
import { createPrismaClient, type Db } from "@/lib/db/client";
import { jobsEnv } from "@/lib/env";
import { boss, stopBoss } from "@/lib/jobs/boss";
import { startRollupWorker } from "@/lib/jobs/rollup-queue";
import { startWorker } from "@/lib/jobs/worker";

let workerDb: Db | undefined;

export async function startJobWorker(): Promise<void> {
  const settings = jobsEnv();
  workerDb ??= createPrismaClient(settings.databaseUrl);
  await startWorker(await boss(settings.databaseUrl), workerDb, settings);
  await startRollupWorker(await boss(settings.databaseUrl), workerDb);
}

/** Lets running jobs finish (up to pg-boss's timeout), then closes the connections. */
export async function stopJobWorker(): Promise<void> {
  await stopBoss();
  await workerDb?.$disconnect();
  workerDb = undefined;
}
