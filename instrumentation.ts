// Next.js calls register() once when a server process starts. On the Node.js runtime it starts the
// background job worker inside the app (lib/jobs), unless ALBEDO_WORKER=false says separate
// `npm run worker` processes do the jobs.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is set by Next itself (and inlined at build time), not configuration: read here so the
  // edge bundle never includes the worker.
  // eslint-disable-next-line no-restricted-properties -- set and inlined by Next, not a setting
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobsEnv } = await import("@/lib/env");
  // Reports queue rebuilds of stale rollups from this process, whoever does the jobs.
  const [{ registerRollupRequests }, { boss }] = await Promise.all([
    import("@/lib/jobs/rollup-queue"),
    import("@/lib/jobs/boss"),
  ]);
  registerRollupRequests(() => boss(jobsEnv().databaseUrl));
  if (!jobsEnv().workerInApp) return;
  const { startJobWorker } = await import("@/lib/jobs/process");
  await startJobWorker();
  console.log("[jobs] worker started in the app process (ALBEDO_WORKER=false to run it separately).");
}
