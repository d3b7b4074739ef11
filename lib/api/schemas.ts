import { ACTIVITY_CATEGORIES } from "@/lib/activity/categories";
import { ACTIVITY_SOURCE_KINDS, ACTIVITY_STATUSES } from "@/lib/activity/schemas";
import { requiredText, ZId, z } from "@/lib/validation";

// The public API's boundary (/api/v1): one schema per request and per answer. The OpenAPI document
// (lib/api/openapi.ts) is generated from these and from the activity schemas the app itself uses.

// Activity rows are checked one by one by saveActivitiesBulk (lib/activity/bulk.ts), so every bad row is
// reported with its index; here a row only has to be an object.
export const ZApiActivityRowEnvelope = z.record(z.string(), z.unknown());
export const MAX_BULK_ROWS = 5000;

export const ZApiActivitiesBulk = z.strictObject({
  // Sending the same key with the same activities again returns the first answer without writing.
  idempotencyKey: requiredText(200).optional(),
  activities: z.array(ZApiActivityRowEnvelope).min(1).max(MAX_BULK_ROWS),
});

export const ZApiActivitiesQuery = z.strictObject({
  periodId: ZId.optional(),
  category: z.enum(ACTIVITY_CATEGORIES).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  cursor: ZId.optional(), // the nextCursor of the previous page
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZApiActivitiesDelete = z.strictObject({
  ids: z
    .array(ZId)
    .min(1)
    .max(MAX_BULK_ROWS)
    .refine((ids) => new Set(ids).size === ids.length, { error: "validation.invalid" }),
});

// A partial update: the fields given replace the stored ones, then the whole activity is validated again
// with the app's update schema (lib/activity/schemas.ts ZActivityUpdate).
export const ZApiActivityPatch = z.record(z.string(), z.unknown());

export const API_GROUP_BY = {
  scope: "scope",
  category: "ghgCategory", // the 15 GHG Protocol scope-3 categories (null on scopes 1 and 2)
  site: "site",
  product: "product",
  poste: "begesPoste", // BEGES v5 postes ("1.1" … "6.1")
} as const;
export type TApiGroupBy = keyof typeof API_GROUP_BY;
const GROUP_BY_NAMES = Object.keys(API_GROUP_BY) as [TApiGroupBy, ...TApiGroupBy[]];

export const ZApiTotalsQuery = z.strictObject({
  periodId: ZId,
  // One dimension, or up to three separated by commas (e.g. "scope,site").
  groupBy: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? [] : v.split(",").map((d) => d.trim())))
    .pipe(
      z
        .array(z.enum(GROUP_BY_NAMES))
        .max(3)
        .refine((dims) => new Set(dims).size === dims.length, { error: "validation.invalid" }),
    ),
  scope2: z.enum(["location", "market"]).default("location"),
  // Which activities count: validated only (reports), submitted too, or every status (what was pushed).
  include: z.enum(["validated", "submitted", "all"]).default("validated"),
});

// Answers
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

export const ZApiActivity = z.object({
  id: z.string(),
  externalId: z.string().nullable(), // the sourceRef of rows pushed through the API
  sourceKind: z.enum(ACTIVITY_SOURCE_KINDS),
  status: z.enum(ACTIVITY_STATUSES),
  periodId: z.string(),
  siteId: z.string().nullable(),
  productId: z.string().nullable(),
  activityTypeId: z.string(),
  quantity: decimal.nullable(),
  unit: z.string().nullable(),
  region: z.string().nullable(),
  activityDate: z.string().nullable(),
  activityYear: z.number().int().nullable(),
  options: z.record(z.string(), z.unknown()),
  uncertaintyPct: decimal.nullable(),
  customFactorId: z.string().nullable(),
  libraryFactorId: z.string().nullable(),
  dataQuality: z.string().nullable(),
  marketInstrument: z.record(z.string(), z.unknown()).nullable(),
  label: z.string().nullable(),
  description: z.string().nullable(),
  evidenceNote: z.string().nullable(),
  kgCO2e: decimal.nullable(), // exact, as stored
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TApiActivity = z.infer<typeof ZApiActivity>;

export const ZApiActivitiesPage = z.object({ activities: z.array(ZApiActivity), nextCursor: z.string().nullable() });

export const ZApiBulkResult = z.object({
  created: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  lines: z.number().int(),
  kgCO2e: decimal, // the saved rows' total, exact
  activities: z.array(z.object({ id: z.string(), externalId: z.string().nullable() })), // in the rows' order
});
export type TApiBulkResult = z.infer<typeof ZApiBulkResult>;

export const ZApiDeleteResult = z.object({ deleted: z.number().int() });

export const ZApiPeriod = z.object({
  id: z.string(),
  year: z.number().int(),
  label: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(["OPEN", "LOCKED"]),
});
export const ZApiPeriods = z.object({ periods: z.array(ZApiPeriod) });

const ZApiTotalsFigures = z.object({
  kgCO2e: decimal, // scope 2 by the chosen method; biogenic CO2 apart
  uncertaintyKgCO2e: decimal, // ± absolute
  knownUncertaintyShare: decimal.nullable(),
  biogenicCo2Kg: decimal,
  lines: z.number().int(),
  activities: z.number().int(),
});
export const ZApiTotals = z.object({
  periodId: z.string(),
  scope2: z.enum(["location", "market"]),
  include: z.enum(["validated", "submitted", "all"]),
  groupBy: z.array(z.enum(GROUP_BY_NAMES)),
  total: ZApiTotalsFigures,
  groups: z.array(
    ZApiTotalsFigures.extend({
      key: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    }),
  ),
});
export type TApiTotals = z.infer<typeof ZApiTotals>;

export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).optional(),
    rowErrors: z
      .array(
        z.object({ row: z.number().int(), externalId: z.string().nullable(), field: z.string(), message: z.string() }),
      )
      .optional(),
  }),
});
