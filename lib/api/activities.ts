import "server-only";
import type { ActivityData } from "@/generated/prisma/client";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { ActivityRowsError, type TRowError } from "@/lib/activity/errors";
import { updateActivity } from "@/lib/activity/mutations";
import { ZActivityUpdate } from "@/lib/activity/schemas";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isoDateOf } from "@/lib/periods/dates";
import type { TApiActivity, TApiBulkResult } from "@/lib/api/schemas";

// The activity endpoints' domain glue: API rows → the one write path (saveActivitiesBulk), stored rows →
// the API's shape, and partial updates merged over the stored inputs.

// Set by the API itself: a row naming them is refused rather than silently overridden.
const RESERVED = ["sourceKind", "sourceRef"] as const;
const plain = (d: { toFixed(): string } | null) => (d === null ? null : d.toFixed());

/** API rows → bulk rows: sourceKind API, sourceRef = the client's externalId (re-sending updates in place). */
export function bulkRowsOf(rows: readonly Record<string, unknown>[]) {
  const errors: TRowError[] = [];
  const bulk = rows.map((raw, row) => {
    const { externalId, ...fields } = raw;
    const ref = typeof externalId === "string" || externalId === undefined || externalId === null ? externalId : "";
    for (const field of RESERVED)
      if (field in fields) errors.push({ row, sourceRef: null, field, message: "api.errors.reservedField" });
    if (ref === "") errors.push({ row, sourceRef: null, field: "externalId", message: "validation.invalid" });
    return { ...fields, sourceKind: "API", sourceRef: ref ?? null };
  });
  return { bulk, errors };
}

export async function pushActivities(
  db: Db,
  scope: TenantScope,
  rows: readonly Record<string, unknown>[],
): Promise<TApiBulkResult> {
  const { bulk, errors } = bulkRowsOf(rows);
  if (errors.length > 0) throw new ActivityRowsError(errors);
  const result = await saveActivitiesBulk(db, scope, bulk);
  return {
    created: result.created,
    replaced: result.replaced,
    unchanged: result.unchanged,
    lines: result.lines,
    kgCO2e: result.kgCO2e,
    activities: result.activityIds.map((id, i) => ({ id, externalId: bulk[i]?.sourceRef ?? null })),
  };
}

export function toApiActivity(a: ActivityData): TApiActivity {
  return {
    id: a.id,
    externalId: a.sourceKind === "API" ? a.sourceRef : null,
    sourceKind: a.sourceKind,
    status: a.status,
    periodId: a.periodId,
    siteId: a.siteId,
    productId: a.productId,
    activityTypeId: a.activityTypeId,
    quantity: plain(a.quantity),
    unit: a.unit,
    region: a.region,
    activityDate: a.activityDate === null ? null : isoDateOf(a.activityDate),
    activityYear: a.activityYear,
    options: (a.options ?? {}) as Record<string, unknown>,
    uncertaintyPct: plain(a.uncertaintyPct),
    customFactorId: a.customFactorId,
    libraryFactorId: a.libraryFactorId,
    dataQuality: a.dataQuality,
    marketInstrument: (a.marketInstrument ?? null) as Record<string, unknown> | null,
    label: a.label,
    description: a.description,
    evidenceNote: a.evidenceNote,
    kgCO2e: plain(a.kgCO2e),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

// What ZActivityUpdate reads back from a stored activity.
function storedInputs(a: ActivityData): Record<string, unknown> {
  const {
    id: _id,
    externalId: _e,
    sourceKind: _k,
    status: _s,
    kgCO2e: _kg,
    createdAt: _c,
    updatedAt: _u,
    ...inputs
  } = toApiActivity(a);
  return inputs;
}

/** Replaces the given fields of one of the organisation's activities; the rest stays as stored. */
export async function patchActivity(db: Db, scope: TenantScope, activityId: string, patch: Record<string, unknown>) {
  const before = await db.activityData.findFirst({ where: { id: activityId, organizationId: scope.organizationId } });
  if (!before) throw new AppError("NOT_FOUND");
  if ("externalId" in patch || RESERVED.some((f) => f in patch))
    throw new AppError("VALIDATION", { externalId: "api.errors.reservedField" });
  const input = ZActivityUpdate.parse({ ...storedInputs(before), ...patch });
  return toApiActivity(await updateActivity(db, scope, activityId, input));
}
