// npm run worker: a process that only does background jobs (lib/jobs), for deployments that keep job
// work away from the web servers. Needs DATABASE_URL (the app's database, already migrated); any number
// can run side by side. SIGINT/SIGTERM let the running job finish (up to 10 s), then exit.
import { startJobWorker, stopJobWorker } from "../lib/jobs/process.ts";

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: stopping…`);
  await stopJobWorker().catch((error: unknown) => console.error(error));
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

startJobWorker()
  .then(() => console.log("[worker] ready: waiting for jobs."))
  .catch((error: unknown) => {
    console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
