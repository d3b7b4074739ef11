import { calcFingerprint, loadCalcSnapshot } from "@/lib/activity/calc-snapshot";
import { lockOrganization } from "@/lib/activity/context";
import { ActivityRowsError } from "@/lib/activity/errors";
import { copyStagedRows } from "@/lib/activity/write-staged";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { computeImportRows, type TComputeContext } from "@/lib/imports/compute";
import { MAX_STORED_ERRORS, sourceKindOf } from "@/lib/imports/preview";
import { rollbackWithin } from "@/lib/imports/rollback";
import { clearStaged, inputChunkCount, readInputChunk, stageChunk } from "@/lib/imports/store";
import type { TImportRowError, TParsedImport } from "@/lib/imports/types";
import type { TChunkOptions } from "@/lib/activity/chunked";
import { sumDecimals } from "@/lib/numbers/decimal";

// Confirm → the commit job. The preview staged the stored rows; if anything they depend on has moved since,
// the job computes them again chunk by chunk and stages them (no lock on the inventory meanwhile, progress
// after each chunk). Then one short transaction under the inventory
// lock checks that nothing the results depend on has changed and copies the staged rows in (README
// "Pipeline"). Any bad row: FAILED with the report, nothing written. A killed worker: the staged rows are
// dropped on retry, the inventory never saw them.

// The switch of a 100,000-row file (333,333 lines) outlived a 120 s limit on the shared 2-core machine at
// load average 20: far longer than a lock should be held (README "Performance"), but failing it there
// would only make the retry do it all again.
const SWITCH_TX = { maxWait: 15_000, timeout: 600_000 };

export async function confirmImport(db: Db, scope: TenantScope, importId: string) {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const { count } = await tx.import.updateMany({
      where: { id: importId, organizationId, status: "PREVIEWED" },
      data: { status: "QUEUED", confirmedById: scope.actor.id, confirmedAt: new Date() },
    });
    if (count !== 1) {
      const exists = await tx.import.count({ where: { id: importId, organizationId } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
    }
    await recordAudit(tx, { ...scope, action: "import.confirm", entityType: "Import", entityId: importId });
  });
}

/** Links the run that commits the import (set by the action once the job is queued). */
export async function attachRun(
  db: Db,
  { organizationId }: { organizationId: string },
  importId: string,
  runId: string,
) {
  await db.import.updateMany({ where: { id: importId, organizationId }, data: { jobRunId: runId } });
}

/** A confirmation whose job could not be queued goes back to the preview. */
export async function unconfirmImport(db: Db, { organizationId }: { organizationId: string }, importId: string) {
  await db.import.updateMany({
    where: { id: importId, organizationId, status: "QUEUED" },
    data: { status: "PREVIEWED" },
  });
}

async function markFailed(db: Db, organizationId: string, importId: string, errors: readonly TImportRowError[]) {
  await clearStaged(db, { organizationId }, importId);
  await db.import.updateMany({
    where: { id: importId, organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    data: {
      status: "FAILED",
      errorCount: errors.length,
      errors: errors.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue,
    },
  });
}

const rowsErrorOf = (errors: readonly TImportRowError[]) =>
  new ActivityRowsError(errors.map((e) => ({ row: e.row ?? 0, field: e.column ?? "_form", message: e.message })));

type TJob = { runId: string; chunks: TChunkOptions };

/** The job's body (lib/jobs/handlers.ts "import.commit"). Idempotent: a committed import is left as is. */
export async function runImportCommit(db: Db, scope: TenantScope, importId: string, job: TJob) {
  const { organizationId } = scope;
  const imp = await db.import.findFirst({ where: { id: importId, organizationId } });
  if (!imp) throw new AppError("NOT_FOUND");
  if (imp.status === "COMMITTED") return { importId, alreadyCommitted: true };
  // FAILED or RUNNING: a retry after a failure or a lost worker.
  if (!["QUEUED", "RUNNING", "FAILED"].includes(imp.status)) throw new AppError("CONFLICT");
  await db.import.updateMany({
    where: { id: importId, organizationId, status: { in: ["QUEUED", "RUNNING", "FAILED"] } },
    data: { status: "RUNNING", jobRunId: job.runId, errorCount: 0, errors: [] },
  });
  try {
    return await stageAndSwitch(db, scope, imp, job);
  } catch (error) {
    const errors =
      error instanceof ActivityRowsError
        ? error.rowErrors.map((e) => ({ row: e.row, column: e.field === "_form" ? null : e.field, message: e.message }))
        : [{ row: null, column: null, message: failureMessage(error) }];
    await markFailed(db, organizationId, importId, errors);
    throw error;
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof AppError && error.fieldErrors?.file) return error.fieldErrors.file;
  if (error instanceof AppError && error.code === "PERIOD_LOCKED") return "imports.errors.periodLocked";
  return "imports.errors.commitFailed";
}

type TImportRow = {
  id: string;
  periodId: string;
  format: string;
  rows: number;
  sha256: string;
  fileName: string;
  replacesImportId: string | null;
  totals: Prisma.JsonValue;
  stagedFingerprint: string | null;
};

/** Rows the preview staged: the progress bar goes straight to the end, the total is the preview's. */
async function reportStaged(job: TJob, imp: TImportRow): Promise<string> {
  await job.chunks.onProgress?.({ done: imp.rows, total: imp.rows, errors: 0 });
  return (imp.totals as Record<string, string>).kgCO2e ?? "0";
}

/** Computes the stored rows again, chunk by chunk, and stages them (no lock on the inventory). */
async function computeAndStage(db: Db, scope: TenantScope, imp: TImportRow, job: TJob) {
  await clearStaged(db, scope, imp.id);
  const snapshot = await loadCalcSnapshot(db, scope.organizationId);
  const ctx: TComputeContext = {
    organizationId: scope.organizationId,
    importId: imp.id,
    periodId: imp.periodId,
    sourceKind: sourceKindOf(imp.format as TParsedImport["format"]),
    refs: snapshot.refs,
    calc: snapshot.calc,
  };
  const chunks = await inputChunkCount(db, scope, imp.id);
  const errors: TImportRowError[] = [];
  const totals: string[] = [];
  let done = 0;
  await job.chunks.onProgress?.({ done, total: imp.rows, errors: 0 });
  for (let seq = 0; seq < chunks; seq++) {
    const rows = await readInputChunk(db, scope, imp.id, seq);
    const part = computeImportRows(rows, ctx);
    errors.push(...part.errors);
    totals.push(part.kgCO2e);
    if (errors.length === 0) await stageChunk(db, scope, imp.id, seq, part);
    done += rows.length;
    await job.chunks.onProgress?.({ done, total: imp.rows, errors: errors.length });
  }
  if (errors.length > 0) throw rowsErrorOf(errors);
  return { kgCO2e: sumDecimals(totals), fingerprint: snapshot.fingerprint };
}

async function stageAndSwitch(db: Db, scope: TenantScope, imp: TImportRow, job: TJob) {
  const { organizationId } = scope;
  // The preview staged its rows with the fingerprint they depend on: still current, nothing to compute (and
  // no factor index to build: the fingerprint alone is read).
  const current = await calcFingerprint(db, organizationId);
  const { kgCO2e, fingerprint } =
    imp.stagedFingerprint === current
      ? { kgCO2e: await reportStaged(job, imp), fingerprint: current }
      : await computeAndStage(db, scope, imp, job);

  return db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId, "exclusive");
    // Periods, sites, releases or custom factors changed since the rows were computed: compute again.
    if ((await calcFingerprint(tx, organizationId)) !== fingerprint)
      throw new AppError("CONFLICT", { file: "imports.errors.inventoryChanged" });
    const twin = await tx.import.count({
      where: {
        organizationId,
        periodId: imp.periodId,
        sha256: imp.sha256,
        status: "COMMITTED",
        ...(imp.replacesImportId ? { id: { not: imp.replacesImportId } } : {}),
      },
    });
    if (twin > 0) throw new AppError("CONFLICT", { file: "imports.errors.duplicate" });
    let replaced: { activities: number; kgCO2e: string } | null = null;
    if (imp.replacesImportId) {
      const old = await tx.import.findFirst({
        where: { id: imp.replacesImportId, organizationId, status: "COMMITTED" },
        select: { id: true, fileName: true, sha256: true },
      });
      if (old) replaced = await rollbackWithin(tx, scope, old, "replaced");
    }
    const now = new Date();
    const written = await copyStagedRows(tx, organizationId, imp.id, scope.actor.id, now);
    await clearStaged(tx, scope, imp.id);
    const { count } = await tx.import.updateMany({
      where: { id: imp.id, organizationId, status: "RUNNING" },
      data: {
        status: "COMMITTED",
        committedAt: now,
        totals: { ...(imp.totals as Record<string, string> | null), kgCO2e, lines: String(written.lines) },
      },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    const result = { importId: imp.id, ...written, kgCO2e, replacedImportId: replaced ? imp.replacesImportId : null };
    await recordAudit(tx, {
      ...scope,
      action: "import.commit",
      entityType: "Import",
      entityId: imp.id,
      before: replaced ? { replacedImportId: imp.replacesImportId, ...replaced } : undefined,
      after: { ...result, fileName: imp.fileName, sha256: imp.sha256, periodId: imp.periodId },
    });
    return result;
  }, SWITCH_TX);
}
