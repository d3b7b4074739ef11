// The entry point for importers (CSV, FEC, Boavizta, surveys) and the demo seed: many rows, all or
// nothing. Every bad row is reported together (ActivityRowsError) and nothing is written. Rows carrying
// a sourceRef are idempotent by (sourceKind, sourceRef): saving them again rewrites the same activities
// in place (same ids), and identical rows whose lines would not change are left untouched.
import { randomUUID } from "node:crypto";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { activityColumns, canonicalJson, type TActivityColumns } from "@/lib/activity/columns";
import { calcContextOf, loadOrgRefs, lockOrganization, referenceErrors } from "@/lib/activity/context";
import { carriedItems } from "@/lib/activity/carried";
import { computeStoredActivities } from "@/lib/activity/engine-input";
import { ActivityRowsError, type TRowError } from "@/lib/activity/errors";
import type { TRoundedLines } from "@/lib/activity/lines";
import { ownerOf } from "@/lib/activity/recompute";
import { ACTIVITY_MESSAGES, ZActivityBulkRow, type TActivityBulkRow } from "@/lib/activity/schemas";
import { statusAfterEdit, type TActivityStatus } from "@/lib/activity/status-rules";
import {
  chunks,
  deleteLinesOf,
  insertActivities,
  insertLines,
  rewriteActivities,
  type TActivityRow,
  type TNewActivityRow,
} from "@/lib/activity/write";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { sumDecimals } from "@/lib/numbers/decimal";
import { isoDateOf } from "@/lib/periods/dates";
import { issueFields } from "@/lib/validation";

export type TBulkSaveOptions = {
  /**
   * Writes into locked periods too. Only the demo seed passes it (prisma/seed/activity.ts explains why);
   * every user-facing path refuses locked periods.
   */
  bypassPeriodLock?: boolean;
  /**
   * The status of the rows this save creates: DRAFT unless given. Only the demo seed passes it (its
   * inventories are complete and reviewed); importers never do, and rows carry no status of their own.
   */
  initialStatus?: TActivityStatus;
  /**
   * The file import the rows it creates belong to, so rolling that import back removes them too (an
   * estimate for a resource a Boavizta import could not assess: lib/imports/boavizta/estimate.ts).
   */
  importId?: string;
};

export type TBulkSaveResult = {
  created: number;
  replaced: number;
  unchanged: number;
  lines: number; // lines written
  activityIds: string[]; // in the order of the rows
  kgCO2e: string; // total of the saved rows
};

type TParsedRow = { row: number; input: TActivityBulkRow; columns: TActivityColumns };
type TExisting = Awaited<ReturnType<typeof findExisting>>[number];

const keyOf = (kind: string, ref: string) => `${kind}\u0000${ref}`;

function parseRows(rows: readonly unknown[]): { parsed: TParsedRow[]; errors: TRowError[] } {
  const parsed: TParsedRow[] = [];
  const errors: TRowError[] = [];
  const seen = new Set<string>();
  for (const [row, raw] of rows.entries()) {
    const result = ZActivityBulkRow.safeParse(raw);
    if (!result.success) {
      const sourceRef =
        typeof (raw as { sourceRef?: unknown })?.sourceRef === "string"
          ? (raw as { sourceRef: string }).sourceRef
          : null;
      for (const issue of result.error.issues)
        for (const field of issueFields(issue)) errors.push({ row, sourceRef, field, message: issue.message });
      continue;
    }
    const input = result.data;
    if (input.sourceRef !== null) {
      const key = keyOf(input.sourceKind, input.sourceRef);
      if (seen.has(key))
        errors.push({
          row,
          sourceRef: input.sourceRef,
          field: "sourceRef",
          message: ACTIVITY_MESSAGES.duplicateSourceRef,
        });
      seen.add(key);
    }
    const built = activityColumns(input);
    if (!built.ok) errors.push({ ...built.error, row, sourceRef: input.sourceRef });
    else parsed.push({ row, input, columns: built.columns });
  }
  return { parsed, errors };
}

/**
 * The organisation's activities with these sourceRefs. Their ids come first from one array-parameter
 * statement: Prisma compiles an `in` list of thousands of values anew on every call, which cost more than
 * the rest of a batch, and new rows (the usual case) then need no second query.
 */
async function findExisting(tx: Prisma.TransactionClient, organizationId: string, refs: readonly string[]) {
  const found = [];
  for (const part of chunks(refs, 5000)) {
    const ids = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ActivityData" WHERE "organizationId" = ${organizationId} AND "sourceRef" = ANY(${part}::text[])`;
    if (ids.length > 0)
      found.push(...(await tx.activityData.findMany({ where: { organizationId, id: { in: ids.map((r) => r.id) } } })));
  }
  return found;
}

const sameDecimal = (a: Prisma.Decimal | null, b: string | null) =>
  a === null || b === null ? a === b : a.equals(new Prisma.Decimal(b));

// Same inputs and the same lines: nothing to write.
function unchanged(
  existing: TExisting,
  c: TActivityColumns,
  customFactorId: string | null,
  rounded: TRoundedLines,
): boolean {
  return (
    existing.linesDigest === rounded.digest &&
    existing.customFactorId === customFactorId &&
    existing.libraryFactorId === c.libraryFactorId &&
    existing.dataQuality === c.dataQuality &&
    canonicalJson(existing.marketInstrument) === canonicalJson(c.marketInstrument) &&
    existing.periodId === c.periodId &&
    existing.siteId === c.siteId &&
    existing.productId === c.productId &&
    existing.activityTypeId === c.activityTypeId &&
    existing.unit === c.unit &&
    existing.region === c.region &&
    existing.activityYear === c.activityYear &&
    existing.label === c.label &&
    existing.description === c.description &&
    existing.evidenceNote === c.evidenceNote &&
    (existing.activityDate?.getTime() ?? null) === (c.activityDate?.getTime() ?? null) &&
    sameDecimal(existing.quantity, c.quantity) &&
    sameDecimal(existing.uncertaintyPct, c.uncertaintyPct) &&
    canonicalJson(existing.options) === canonicalJson(c.options)
  );
}

const BULK_TX = { maxWait: 15_000, timeout: 10 * 60_000 };

export async function saveActivitiesBulk(
  db: Db,
  scope: TenantScope,
  rows: readonly unknown[],
  options: TBulkSaveOptions = {},
): Promise<TBulkSaveResult> {
  const { organizationId, actor } = scope;
  const { parsed, errors } = parseRows(rows);
  return db.$transaction(async (tx) => {
    const { country } = await lockOrganization(tx, organizationId, "exclusive");
    const refs = await loadOrgRefs(tx, organizationId, country);
    const valid: TParsedRow[] = [];
    for (const p of parsed) {
      const refErrors = referenceErrors(p.columns, refs, { allowLockedPeriod: options.bypassPeriodLock === true });
      if (refErrors.length > 0)
        errors.push(...refErrors.map((e) => ({ ...e, row: p.row, sourceRef: p.input.sourceRef })));
      else valid.push(p);
    }
    const sourceRefs = [...new Set(valid.flatMap((p) => (p.input.sourceRef === null ? [] : [p.input.sourceRef])))];
    const existing = new Map(
      (await findExisting(tx, organizationId, sourceRefs)).map((e) => [keyOf(e.sourceKind, e.sourceRef ?? ""), e]),
    );
    const prior = valid.map((p) =>
      p.input.sourceRef === null ? undefined : existing.get(keyOf(p.input.sourceKind, p.input.sourceRef)),
    );
    const ids = prior.map((e) => e?.id ?? randomUUID());
    const inLockedPeriod = (periodId: string) => refs.periods.get(periodId)?.status === "LOCKED";
    for (const [i, before] of prior.entries()) {
      // Re-importing a row must not take an activity out of a locked period either.
      if (before && inLockedPeriod(before.periodId) && !options.bypassPeriodLock) {
        const p = valid[i] as TParsedRow;
        errors.push({
          row: p.row,
          sourceRef: p.input.sourceRef,
          field: "periodId",
          message: ACTIVITY_MESSAGES.periodLocked,
          code: "PERIOD_LOCKED",
        });
      }
    }
    const orgIndex = await buildOrganizationFactorIndex(tx, organizationId);
    const outcomes = computeStoredActivities(
      valid.map((p, i) => ({ ...p.columns, id: ids[i] as string })),
      calcContextOf(refs, orgIndex),
    );
    const rowOf = new Map(valid.map((p, i) => [ids[i] as string, p]));
    for (const [i, outcome] of outcomes.entries()) {
      const p = valid[i] as TParsedRow;
      if (!outcome.ok) errors.push({ ...outcome.error, row: p.row, sourceRef: p.input.sourceRef });
    }
    if (errors.length > 0) throw new ActivityRowsError(errors.sort((a, b) => a.row - b.row));

    const now = new Date();
    const created: TNewActivityRow[] = [];
    const rewritten: TActivityRow[] = [];
    const toWrite: { owner: ReturnType<typeof ownerOf>; rounded: TRoundedLines }[] = [];
    let unchangedCount = 0;
    for (const [i, outcome] of outcomes.entries()) {
      if (!outcome.ok) continue;
      const { input, columns } = valid[i] as TParsedRow;
      const id = ids[i] as string;
      const before = prior[i];
      const { rounded, customFactorId } = outcome;
      // With the seed's bypass, an activity already in a locked period is never rewritten.
      if (
        before &&
        (unchanged(before, columns, customFactorId, rounded) ||
          (options.bypassPeriodLock && (inLockedPeriod(before.periodId) || inLockedPeriod(columns.periodId))))
      ) {
        unchangedCount += 1;
        continue;
      }
      const derived = { kgCO2e: rounded.kgCO2e, linesDigest: rounded.digest, customFactorId };
      toWrite.push({ owner: ownerOf(organizationId, { ...columns, id }), rounded });
      const row: TActivityRow = {
        ...columns,
        ...derived,
        id,
        // A re-imported validated row that changes goes back for review, like any edit.
        status: before ? statusAfterEdit(before.status) : (options.initialStatus ?? "DRAFT"),
        activityDate: columns.activityDate === null ? null : isoDateOf(columns.activityDate),
      };
      if (before) rewritten.push(row);
      else
        created.push({
          ...row,
          sourceKind: input.sourceKind,
          sourceRef: input.sourceRef,
          importId: options.importId ?? null,
        });
    }
    await insertActivities(tx, organizationId, created, actor.id, now);
    await rewriteActivities(tx, organizationId, rewritten, actor.id, now);
    await deleteLinesOf(
      tx,
      organizationId,
      rewritten.map((r) => r.id),
    );
    // Amortised equipment also carries into later open periods; new rows of the seed (its bypass) into
    // locked ones too. A rewritten row never touches its lines in a locked period (deleteLinesOf keeps them).
    const ctx = calcContextOf(refs, orgIndex);
    const createdIds = new Set(created.map((c) => c.id));
    const sourcesOf = (keep: (id: string) => boolean) =>
      toWrite
        .filter((w) => keep(w.owner.activityId))
        .map((w) => ({ ...(rowOf.get(w.owner.activityId) as TParsedRow).columns, id: w.owner.activityId }));
    const carried = [
      ...carriedItems(
        organizationId,
        sourcesOf((id) => createdIds.has(id)),
        ctx,
        {
          includeLocked: options.bypassPeriodLock === true,
        },
      ),
      ...carriedItems(
        organizationId,
        sourcesOf((id) => !createdIds.has(id)),
        ctx,
      ),
    ];
    const lines = await insertLines(tx, [...toWrite, ...carried], now);
    const result: TBulkSaveResult = {
      created: created.length,
      replaced: rewritten.length,
      unchanged: unchangedCount,
      lines,
      activityIds: ids,
      // The batch's activity totals (each the exact sum of its lines, as written), not a report of the period.
      kgCO2e: sumDecimals(outcomes.flatMap((o) => (o.ok ? [o.rounded.kgCO2e] : []))),
    };
    if (toWrite.length > 0) {
      const rewrittenIds = new Set(rewritten.map((r) => r.id));
      const replacedBefore = prior.flatMap((e) => (e && rewrittenIds.has(e.id) ? [e.kgCO2e] : []));
      await recordAudit(tx, {
        ...scope,
        action: "activity.bulkSave",
        entityType: "ActivityData",
        entityId: `bulk:${randomUUID()}`,
        before: { replaced: rewritten.length, kgCO2e: sumDecimals(replacedBefore) },
        after: {
          created: result.created,
          replaced: result.replaced,
          unchanged: result.unchanged,
          lines,
          kgCO2e: result.kgCO2e,
          sourceKinds: [...new Set(valid.map((p) => p.input.sourceKind))],
          bypassPeriodLock: options.bypassPeriodLock === true,
        },
      });
    }
    return result;
  }, BULK_TX);
}
