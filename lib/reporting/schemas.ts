import { z } from "zod";
import categoriesJson from "@/emission-factors/mappings/activity-categories.json";
import { ZId } from "@/lib/validation";

// What a report may ask for: the periods, which lines count, which scope-2 method, filters and groupings.
// One schema for every caller (pages, exports, the API), parsed at the boundary of aggregateEmissions.

/** Which activity statuses count: reports default to validated data; collection screens see everything. */
export const REPORT_STATUSES = {
  validated: ["VALIDATED"],
  submitted: ["VALIDATED", "SUBMITTED"], // submitted but not yet validated data included (labelled)
  all: ["VALIDATED", "SUBMITTED", "DRAFT", "REJECTED"], // data-collection views (hub, completeness)
} as const;
export type TReportStatus = keyof typeof REPORT_STATUSES;

/** Where an activity's data came from (ActivityData.sourceKind, grouped the way people name it). */
export const DATA_ORIGINS = {
  form: ["MANUAL", "FORM"],
  import: ["CSV_IMPORT", "FEC_IMPORT"],
  survey: ["SURVEY"],
  boavizta: ["BOAVIZTA_IMPORT"],
  api: ["API"], // pushed by another system through the public REST API
  productModel: ["PRODUCT_MODEL"], // a product's digital-use model (lib/products/digital)
} as const;
export type TDataOrigin = keyof typeof DATA_ORIGINS;

/** The dimensions a report can be grouped by (none = the total). */
export const REPORT_DIMENSIONS = [
  "period",
  "scope",
  "ghgCategory", // the 15 GHG Protocol scope-3 categories (null on scope 1 and 2 lines)
  "begesCategory", // BEGES v5 / ISO 14064-1 categories 1–6
  "begesPoste", // BEGES v5 postes ("1.1" … "6.1")
  "site",
  "product",
  "factorSource", // the factor id's source: ademe, desnz, ember, custom, gwp…
  "activityType",
  "entryCategory", // the data-collection category of lib/activity/categories.ts
  "status",
  "origin",
] as const;
export type TReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const ENTRY_CATEGORY_IDS = categoriesJson.categories.map((c) => c.id);

const ids = z.array(ZId).min(1).max(500);

export const ZReportFilters = z
  .object({
    siteIds: ids.optional(), // lines of these sites only
    withoutSite: z.boolean().optional(), // lines with no site (combined with siteIds: either)
    productIds: ids.optional(),
    withoutProduct: z.boolean().optional(), // lines with no product (combined with productIds: either)
    scopes: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
      .min(1)
      .optional(),
    ghgCategories: z.array(z.int().min(1).max(15)).min(1).optional(),
    begesCategories: z.array(z.int().min(1).max(6)).min(1).optional(),
    begesPostes: z
      .array(z.string().regex(/^[1-6]\.\d{1,2}$/))
      .min(1)
      .optional(),
    entryCategories: z
      .array(z.string().refine((c) => ENTRY_CATEGORY_IDS.includes(c)))
      .min(1)
      .optional(),
    activityTypeIds: ids.optional(),
    activityIds: z.array(ZId).min(1).max(1000).optional(), // what a write changed (audit totals), across every period
    factorSources: z
      .array(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/))
      .min(1)
      .optional(),
    origins: z
      .array(z.enum(Object.keys(DATA_ORIGINS) as [TDataOrigin, ...TDataOrigin[]]))
      .min(1)
      .optional(),
    // Leave out lines a period carries from an earlier activity (amortised equipment): collection screens
    // count what was entered for the period; reports count every line reported in it.
    enteredInPeriodOnly: z.boolean().optional(),
  })
  .strict();

export const ZReportOptions = z
  .object({
    periodIds: z.array(ZId).min(1).max(20).optional(), // required unless filters.activityIds narrows the lines
    statuses: z.enum(Object.keys(REPORT_STATUSES) as [TReportStatus, ...TReportStatus[]]).default("validated"),
    scope2: z.enum(["location", "market"]).default("location"),
    groupBy: z
      .array(z.enum(REPORT_DIMENSIONS))
      .max(3)
      .refine((dims) => new Set(dims).size === dims.length)
      .default([]),
    filters: ZReportFilters.default({}),
    // "kg": sums only (kg, biogenic CO2, lines), for breakdowns that show no uncertainty: one GROUP BY, no
    // per-activity pass, so far cheaper; uncertainty, known share and activities come back null.
    measures: z.enum(["all", "kg"]).default("all"),
  })
  .strict()
  .refine((o) => o.periodIds !== undefined || o.filters.activityIds !== undefined, {
    error: "periodIds or filters.activityIds is required",
  });

export type TReportOptionsInput = z.input<typeof ZReportOptions>;
export type TReportOptions = z.output<typeof ZReportOptions>;
export type TReportFilters = z.output<typeof ZReportFilters>;

/** A group's key: one value per requested dimension (null = lines without it, e.g. no site). */
export type TReportKey = Partial<Record<TReportDimension, string | number | null>>;

/** One group's aggregate. Decimals are exact text (kg, 6 decimals); shares are ratios in [0, 1]. */
export type TReportGroup = {
  key: TReportKey;
  kgCO2e: string; // scope 2 by the chosen method; biogenic CO2 never in it
  uncertaintyKgCO2e: string | null; // ± absolute (lines of one activity linearly, activities in quadrature); null when measures = "kg"
  knownUncertaintyShare: string | null; // |kg| with known factor uncertainty / |kg|; null when no emissions or measures = "kg"
  biogenicCo2Kg: string; // reported apart
  lines: number;
  activities: number | null; // null when measures = "kg"
};

export type TReport = {
  /** What the figures include, to label them: statuses counted and the scope-2 method. */
  basis: { periodIds: string[] | null; statuses: TReportStatus; scope2: "location" | "market" };
  groups: TReportGroup[];
};
