import { createHash, randomUUID } from "node:crypto";
import { loadCalcSnapshot } from "@/lib/activity/calc-snapshot";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { computeContextOf, computeImportRows, type TComputeContext, type TImportInputRow } from "@/lib/imports/compute";
import { storeFile, storeInputRows, INPUT_CHUNK_ROWS } from "@/lib/imports/store";
import type { TImportRowError, TParsedImport } from "@/lib/imports/types";
import { sumDecimals } from "@/lib/numbers/decimal";

// Upload → preview: the parsed file is checked and computed in full (every bad row reported, the total
// known before confirming), nothing is written to the inventory. The Import row keeps the file, its rows
// and the first computed rows; with any error it is FAILED at once and keeps its error report. The commit
// job computes the rows again from the stored ones, with the inventory as it is then.

export const PREVIEW_ROWS = 20;
export const MAX_STORED_ERRORS = 10_000;
const PREVIEW_TX_TIMEOUT_MS = 120_000; // writes a 20 MB file and its rows (computed before) on a loaded machine
const LIVE = ["QUEUED", "RUNNING"] as const;

export type TPreviewRow = {
  row: number;
  activityTypeId: string;
  quantity: string;
  unit: string;
  label: string | null;
  kgCO2e: string | null;
};

export type TImportUpload = {
  periodId: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  parsed: TParsedImport;
  /** Replace the committed import of the same file in the same period (rolled back when this one commits). */
  replace: boolean;
};

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The same content already in the period: refused, or (replace) the committed import to replace. */
async function sameContent(db: Db, organizationId: string, periodId: string, sha256: string, replace: boolean) {
  const previous = await db.import.findMany({
    where: { organizationId, periodId, sha256, status: { in: [...LIVE, "COMMITTED", "PREVIEWED"] } },
    select: { id: true, status: true },
  });
  if (previous.some((p) => (LIVE as readonly string[]).includes(p.status)))
    throw new AppError("CONFLICT", { file: "imports.errors.duplicateRunning" });
  const committed = previous.find((p) => p.status === "COMMITTED") ?? null;
  if (committed && !replace) throw new AppError("CONFLICT", { file: "imports.errors.duplicate" });
  return { committed, stalePreviews: previous.filter((p) => p.status === "PREVIEWED").map((p) => p.id) };
}

/** Checks and computes every row, chunk by chunk (only figures are kept): errors, total, the first rows' kgCO2e. */
function computeAll(rows: readonly TImportInputRow[], ctx: TComputeContext) {
  const errors: TImportRowError[] = [];
  const totals: string[] = [];
  const firstKg = new Map<number, string>();
  for (let at = 0; at < rows.length; at += INPUT_CHUNK_ROWS) {
    const part = computeImportRows(rows.slice(at, at + INPUT_CHUNK_ROWS), ctx, { build: false });
    errors.push(...part.errors);
    totals.push(part.kgCO2e);
    if (at === 0) for (const [row, kg] of part.byRow) firstKg.set(row, kg);
  }
  return { errors, kgCO2e: sumDecimals(totals), firstKg };
}

export async function createImportPreview(
  db: Db,
  scope: TenantScope,
  upload: TImportUpload,
): Promise<{ id: string; status: "PREVIEWED" | "FAILED" }> {
  const { organizationId } = scope;
  const period = await db.reportingPeriod.findFirst({
    where: { id: upload.periodId, organizationId },
    select: { id: true, status: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status === "LOCKED") throw new AppError("PERIOD_LOCKED");
  const sha256 = sha256Of(upload.bytes);
  const { committed, stalePreviews } = await sameContent(db, organizationId, period.id, sha256, upload.replace);

  const id = randomUUID();
  const { parsed } = upload;
  const snapshot = await loadCalcSnapshot(db, organizationId);
  const ctx = computeContextOf(snapshot, { organizationId, importId: id, periodId: period.id, format: parsed.format });

  const checked = computeAll(parsed.rows, ctx);
  const errors = [...parsed.errors, ...checked.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (parsed.rows.length === 0 && errors.length === 0)
    errors.push({ row: null, column: null, message: "imports.errors.noRows" });
  const status = errors.length > 0 ? "FAILED" : "PREVIEWED";
  const preview: TPreviewRow[] = parsed.rows.slice(0, PREVIEW_ROWS).map(({ row, input }) => ({
    row,
    activityTypeId: input.activityTypeId,
    quantity: input.quantity === undefined || input.quantity === null ? "" : String(input.quantity),
    unit: input.unit == null ? "" : String(input.unit),
    label: input.label == null ? null : String(input.label),
    kgCO2e: checked.firstKg.get(row) ?? null,
  }));

  // One transaction: the Import row, its file and its rows appear together or not at all. It holds no
  // inventory lock (only its own new rows).
  await db.$transaction(
    async (tx) => {
      // An unconfirmed preview of the same file is superseded by this upload.
      if (stalePreviews.length > 0)
        await tx.import.deleteMany({ where: { id: { in: stalePreviews }, organizationId, status: "PREVIEWED" } });
      await tx.import.create({
        data: {
          id,
          organizationId,
          periodId: period.id,
          format: parsed.format,
          template: parsed.template,
          language: parsed.language,
          fileName: upload.fileName,
          mediaType: upload.mediaType,
          sizeBytes: upload.bytes.length,
          sha256,
          rows: parsed.rows.length,
          status,
          errorCount: errors.length,
          errors: errors.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue,
          totals: { kgCO2e: checked.kgCO2e, activities: String(parsed.rows.length), ...parsed.totals },
          preview: preview as unknown as Prisma.InputJsonValue,
          replacesImportId: committed?.id ?? null,
          createdById: scope.actor.id,
        },
      });
      await storeFile(tx, scope, id, upload.bytes);
      if (status === "PREVIEWED") await storeInputRows(tx, scope, id, parsed.rows);
      if (status === "PREVIEWED") await parsed.storeResults?.(tx, { organizationId, importId: id });
      await recordAudit(tx, {
        ...scope,
        action: "import.preview",
        entityType: "Import",
        entityId: id,
        after: {
          fileName: upload.fileName,
          sha256,
          periodId: period.id,
          status,
          rows: parsed.rows.length,
          errors: errors.length,
          replaces: committed?.id ?? null,
        },
      });
    },
    { maxWait: 15_000, timeout: PREVIEW_TX_TIMEOUT_MS },
  );
  return { id, status };
}
