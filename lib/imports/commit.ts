import { calcFingerprint, loadCalcSnapshot } from "@/lib/activity/calc-snapshot";
import type { TChunkOptions } from "@/lib/activity/chunked";
import { lockOrganization } from "@/lib/activity/context";
import { ActivityRowsError } from "@/lib/activity/errors";
import { insertActivities, insertLines } from "@/lib/activity/write";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Prisma, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { computeContextOf, computeImportRows, type TComputeContext } from "@/lib/imports/compute";
import { MAX_STORED_ERRORS } from "@/lib/imports/preview";
import { rollbackWithin } from "@/lib/imports/rollback";
import { inputChunkCount, readInputChunk } from "@/lib/imports/store";
import type { TImportRowError, TParsedImport } from "@/lib/imports/types";
import { sumDecimals } from "@/lib/numbers/decimal";
import { bumpReportingVersions, deferReportingVersions } from "@/lib/activity/reporting-versions";

// Confirm → the commit job (README "Pipeline"). One transaction computes the stored rows chunk by chunk and
// writes them straight into ActivityData and EmissionLine, reporting progress after each chunk. Until it
// commits nobody sees them (PostgreSQL's snapshots are the staging area), and it holds no inventory lock
// while it writes: other writers of the organisation carry on. Only its last statements take the inventory
// lock, check that nothing the rows were computed from has changed, and mark the import committed. Any bad
// row, a changed inventory or a killed worker: the transaction is rolled back, nothing was ever visible.

// A 100,000-row file (333,333 lines) took minutes on the shared 2-core machine under load: the transaction
// may last that long, since it locks nobody out meanwhile.
const COMMIT_TX = { maxWait: 15_000, timeout: 1_800_000 };

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
    return await writeAndCommit(db, scope, imp, job);
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
};

/**
 * Computes the stored rows chunk by chunk and writes them in the commit's transaction. PostgreSQL inserts a
 * chunk while the next one is read (on another connection: the rows are committed data) and computed.
 */
async function computeAndWrite(db: Db, tx: Tx, scope: TenantScope, imp: TImportRow, ctx: TComputeContext, job: TJob) {
  const chunks = await inputChunkCount(db, scope, imp.id);
  const errors: TImportRowError[] = [];
  const totals: string[] = [];
  const periodIds = new Set<string>(); // carried equipment lines sit in later periods
  const written = { activities: 0, lines: 0 };
  const now = new Date();
  let done = 0;
  let inserting: Promise<unknown> = Promise.resolve();
  let next = chunks > 0 ? readInputChunk(db, scope, imp.id, 0) : null;
  await job.chunks.onProgress?.({ done, total: imp.rows, errors: 0 });
  for (let seq = 0; seq < chunks; seq++) {
    const rows = (await next) ?? [];
    next = seq + 1 < chunks ? readInputChunk(db, scope, imp.id, seq + 1) : null;
    const part = computeImportRows(rows, ctx, { build: errors.length === 0 });
    errors.push(...part.errors);
    totals.push(part.kgCO2e);
    await inserting;
    if (errors.length === 0) {
      for (const { owner } of part.lines) periodIds.add(owner.periodId);
      inserting = (async () => {
        await insertActivities(tx, scope.organizationId, part.activities, scope.actor.id, now);
        written.activities += part.activities.length;
        written.lines += await insertLines(tx, part.lines, now);
      })();
      inserting.catch(() => {}); // awaited below; a failure must not surface as unhandled meanwhile
    }
    done += rows.length;
    await job.chunks.onProgress?.({ done, total: imp.rows, errors: errors.length });
  }
  await inserting;
  if (errors.length > 0) throw rowsErrorOf(errors);
  return { ...written, now, kgCO2e: sumDecimals(totals), periodIds: [...periodIds] };
}

async function writeAndCommit(db: Db, scope: TenantScope, imp: TImportRow, job: TJob) {
  const { organizationId } = scope;
  const snapshot = await loadCalcSnapshot(db, organizationId);
  const ctx = computeContextOf(snapshot, {
    organizationId,
    importId: imp.id,
    periodId: imp.periodId,
    format: imp.format as TParsedImport["format"],
  });
  return db.$transaction(async (tx) => {
    await deferReportingVersions(tx);
    const { now, kgCO2e, periodIds, ...written } = await computeAndWrite(db, tx, scope, imp, ctx, job);

    // The switch: short, under the inventory lock.
    await lockOrganization(tx, organizationId, "exclusive");
    // Periods, sites, releases or custom factors changed while the rows were computed: a retry computes again.
    if ((await calcFingerprint(tx, organizationId)) !== snapshot.fingerprint)
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
    await bumpReportingVersions(tx, organizationId, periodIds);
    let replaced: { activities: number; kgCO2e: string } | null = null;
    if (imp.replacesImportId) {
      const old = await tx.import.findFirst({
        where: { id: imp.replacesImportId, organizationId, status: "COMMITTED" },
        select: { id: true, fileName: true, sha256: true },
      });
      if (old) replaced = await rollbackWithin(tx, scope, old, "replaced");
    }
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
  }, COMMIT_TX);
}
