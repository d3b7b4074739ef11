// Who rebuilds a stale rollup: the app process registers a pg-boss sender at start (instrumentation.ts,
// lib/jobs/rollup-queue.ts); elsewhere (scripts, tests) nothing is registered and stale periods are simply
// answered live. Never awaited by a report: a queueing failure is logged, the answer stays exact.

type TRequester = (organizationId: string, periodId: string) => Promise<unknown>;

const globalForRollup = globalThis as unknown as { albedoRollupRequester?: TRequester };

export function setRollupRebuildRequester(requester: TRequester | undefined): void {
  globalForRollup.albedoRollupRequester = requester;
}

export function requestRollupRebuild(organizationId: string, periodId: string): void {
  const requester = globalForRollup.albedoRollupRequester;
  if (!requester) return;
  requester(organizationId, periodId).catch((error: unknown) => console.error("[reporting] rollup request:", error));
}
