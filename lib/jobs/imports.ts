// File imports and their commit job (lib/imports, README "Pipeline"): confirming queues the job; what the
// imports pages show adds the run's progress, and a queued or running import whose worker was lost reads
// as failed (the progress bar's retry runs it again). Here rather than in lib/imports, which the job
// handlers import.
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { attachRun, confirmImport, unconfirmImport } from "@/lib/imports/commit";
import { getImport, listImports, type TImportListItem, type TImportListOptions } from "@/lib/imports/queries";
import { startJob, type TJobSender } from "@/lib/jobs/enqueue";
import { getJobRun, type TJobRunView } from "@/lib/jobs/runs";

export async function startImportCommit(
  db: Db,
  sender: () => Promise<TJobSender>,
  scope: TenantScope,
  importId: string,
) {
  await confirmImport(db, scope, importId);
  try {
    const run = await startJob(db, await sender(), scope, "import.commit", { importId });
    await attachRun(db, scope, importId, run.id);
    return { runId: run.id };
  } catch (error) {
    await unconfirmImport(db, scope, importId);
    throw error;
  }
}

const live = (status: string) => status === "QUEUED" || status === "RUNNING";

async function withRun<T extends TImportListItem>(db: Db, organizationId: string, item: T) {
  const run = item.jobRunId ? await getJobRun(db, { organizationId }, item.jobRunId) : null;
  const status = live(item.status) && run?.status === "FAILED" ? "FAILED" : item.status;
  return { ...item, status, run } as T & { run: TJobRunView | null };
}

export async function listImportsWithRuns(db: Db, organizationId: string, options: TImportListOptions = {}) {
  const items = await listImports(db, organizationId, options);
  return Promise.all(items.map((i) => (live(i.status) ? withRun(db, organizationId, i) : { ...i, run: null })));
}

export async function importWithRun(db: Db, organizationId: string, importId: string) {
  const item = await getImport(db, organizationId, importId);
  return item ? withRun(db, organizationId, item) : null;
}
