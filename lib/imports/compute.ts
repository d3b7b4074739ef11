// Parsed import rows → the activity rows and emission lines the commit writes, through the same functions
// as every other write path (schema, columns, references, the engine, carried lines). Pure: the preview
// runs it on the whole file without writing, the commit job chunk by chunk before writing
// (lib/activity/write.ts, as bulk saves).
import { randomUUID } from "node:crypto";
import type { TCalcSnapshot } from "@/lib/activity/calc-snapshot";
import { carriedItems } from "@/lib/activity/carried";
import { activityColumns, type TActivityColumns } from "@/lib/activity/columns";
import { referenceErrors, type TOrgRefs } from "@/lib/activity/context";
import { computeStoredActivities, type TCalcContext } from "@/lib/activity/engine-input";
import type { TLineOwner, TRoundedLines } from "@/lib/activity/lines";
import { ZActivityBulkRow, type TActivityBulkRow } from "@/lib/activity/schemas";
import type { TNewActivityRow } from "@/lib/activity/write";
import type { TImportRowError, TParsedImport } from "@/lib/imports/types";
import { sumDecimals } from "@/lib/numbers/decimal";
import { isoDateOf } from "@/lib/periods/dates";
import { issueFields } from "@/lib/validation";

export type TImportInputRow = TParsedImport["rows"][number];
export type TImportActivity = TNewActivityRow & { importId: string };
export type TLineItem = { owner: TLineOwner; rounded: TRoundedLines };

export type TComputeContext = {
  organizationId: string;
  importId: string;
  periodId: string; // every row must belong to the import's period
  sourceKind: "CSV_IMPORT" | "FEC_IMPORT" | "BOAVIZTA_IMPORT";
  refs: TOrgRefs;
  calc: TCalcContext;
};

export type TComputedRows = {
  activities: TImportActivity[];
  lines: TLineItem[]; // each activity's lines and those it carries into later periods
  errors: TImportRowError[];
  kgCO2e: string; // Σ of the activities' totals (each the exact sum of its lines)
  byRow: Map<number, string>; // row → kgCO2e, for the preview
};

export const sourceKindOf = (format: TParsedImport["format"]): TComputeContext["sourceKind"] =>
  format === "fec" ? "FEC_IMPORT" : format === "boavizta" ? "BOAVIZTA_IMPORT" : "CSV_IMPORT";

/** What computing an import's rows needs: which import and period, and the organisation's calc snapshot. */
export function computeContextOf(
  snapshot: Pick<TCalcSnapshot, "refs" | "calc">,
  of: { organizationId: string; importId: string; periodId: string; format: TParsedImport["format"] },
): TComputeContext {
  const { organizationId, importId, periodId, format } = of;
  return {
    organizationId,
    importId,
    periodId,
    sourceKind: sourceKindOf(format),
    refs: snapshot.refs,
    calc: snapshot.calc,
  };
}

export const sourceRefOf = (importId: string, row: number) => `${importId}:${row}`;

type TValid = { row: number; input: TActivityBulkRow; columns: TActivityColumns; id: string };

const fieldError = (row: number, field: string, message: string): TImportRowError => ({
  row,
  column: field === "_form" ? null : field,
  message,
});

function validate(rows: readonly TImportInputRow[], ctx: TComputeContext) {
  const valid: TValid[] = [];
  const errors: TImportRowError[] = [];
  for (const { row, input } of rows) {
    const parsed = ZActivityBulkRow.safeParse({
      ...input,
      sourceKind: ctx.sourceKind,
      sourceRef: sourceRefOf(ctx.importId, row),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        for (const field of issueFields(issue)) errors.push(fieldError(row, field, issue.message));
      continue;
    }
    if (parsed.data.periodId !== ctx.periodId) {
      errors.push(fieldError(row, "periodId", "imports.errors.otherPeriod"));
      continue;
    }
    const built = activityColumns(parsed.data);
    if (!built.ok) {
      errors.push(fieldError(row, built.error.field, built.error.message));
      continue;
    }
    const refErrors = referenceErrors(built.columns, ctx.refs);
    if (refErrors.length > 0) errors.push(...refErrors.map((e) => fieldError(row, e.field, e.message)));
    else valid.push({ row, input: parsed.data, columns: built.columns, id: randomUUID() });
  }
  return { valid, errors };
}

const ownerOf = (organizationId: string, v: TValid): TLineOwner => ({
  organizationId,
  activityId: v.id,
  periodId: v.columns.periodId,
  siteId: v.columns.siteId,
  productId: v.columns.productId,
  activityTypeId: v.columns.activityTypeId,
});

/**
 * Validates and computes `rows`; activities and lines are built only when every row is valid and
 * `build` is not false (the preview needs the figures, not the rows).
 */
export function computeImportRows(
  rows: readonly TImportInputRow[],
  ctx: TComputeContext,
  { build = true }: { build?: boolean } = {},
): TComputedRows {
  const { valid, errors } = validate(rows, ctx);
  const outcomes = computeStoredActivities(
    valid.map((v) => ({ ...v.columns, id: v.id })),
    ctx.calc,
  );
  const byRow = new Map<number, string>();
  const items: TLineItem[] = [];
  const activities: TImportActivity[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const v = valid[i] as TValid;
    if (!outcome.ok) {
      errors.push(fieldError(v.row, outcome.error.field, outcome.error.message));
      continue;
    }
    byRow.set(v.row, outcome.rounded.kgCO2e);
    items.push({ owner: ownerOf(ctx.organizationId, v), rounded: outcome.rounded });
    activities.push({
      ...v.columns,
      id: v.id,
      status: "DRAFT",
      activityDate: v.columns.activityDate === null ? null : isoDateOf(v.columns.activityDate),
      customFactorId: outcome.customFactorId,
      kgCO2e: outcome.rounded.kgCO2e,
      linesDigest: outcome.rounded.digest,
      sourceKind: ctx.sourceKind,
      sourceRef: v.input.sourceRef,
      importId: ctx.importId,
    });
  }
  const kgCO2e = sumDecimals([...byRow.values()]);
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (errors.length > 0 || !build) return { activities: [], lines: [], errors, kgCO2e, byRow };
  // Amortised equipment also carries into later open periods, as for every other write.
  const carried = carriedItems(
    ctx.organizationId,
    valid.map((v) => ({ ...v.columns, id: v.id })),
    ctx.calc,
  );
  return { activities, lines: [...items, ...carried], errors, kgCO2e, byRow };
}
