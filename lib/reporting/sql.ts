import categoriesJson from "@/emission-factors/mappings/activity-categories.json";
import { Prisma } from "@/generated/prisma/client";
import {
  DATA_ORIGINS,
  REPORT_STATUSES,
  type TReportDimension,
  type TReportFilters,
  type TReportOptions,
} from "@/lib/reporting/schemas";

// SQL fragments of a report over "EmissionLine" e JOIN "ActivityData" a (the live path) or over the rollup's
// fine keys (rollup-sql.ts): the same dimensions and filters, written once over a map of columns. Every
// value is a bound parameter (Prisma.sql); only these fixed fragments are SQL text. The emission line's own
// periodId is the period its emissions are reported in (carried-forward lines of amortised equipment included).

const sql = Prisma.sql;

/** Where each classification of a line is read from. */
export type TLineColumns = {
  periodId: Prisma.Sql;
  scope: Prisma.Sql;
  ghgCategory: Prisma.Sql;
  begesPoste: Prisma.Sql;
  siteId: Prisma.Sql;
  productId: Prisma.Sql;
  activityTypeId: Prisma.Sql;
  factorSource: Prisma.Sql;
  status: Prisma.Sql;
  sourceKind: Prisma.Sql;
  // The array types status and sourceKind are compared with: the live path compares the enums themselves,
  // as a cast column has no statistics and PostgreSQL then misplans the join (400 ms instead of 1 ms for a
  // page of lines); the rollup stores them as text.
  statusArray: Prisma.Sql;
  sourceKindArray: Prisma.Sql;
  enteredInPeriod: Prisma.Sql; // boolean: the line is reported in its activity's own period
};

export const LIVE_COLUMNS: TLineColumns = {
  periodId: sql`e."periodId"`,
  scope: sql`e."scope"`,
  ghgCategory: sql`e."ghgCategory"`,
  begesPoste: sql`e."begesPoste"`,
  siteId: sql`e."siteId"`,
  productId: sql`e."productId"`,
  activityTypeId: sql`e."activityTypeId"`,
  factorSource: sql`split_part(e."factorId", ':', 1)`,
  status: sql`a."status"`,
  sourceKind: sql`a."sourceKind"`,
  statusArray: sql`"ActivityStatus"[]`,
  sourceKindArray: sql`"ActivitySourceKind"[]`,
  enteredInPeriod: sql`e."periodId" = a."periodId"`,
};

// The data-collection category of a line's activity type: the first prefix that matches (as in TS).
const entryCategory = (c: TLineColumns) =>
  sql`CASE ${Prisma.join(
    categoriesJson.categories.flatMap((cat) =>
      cat.prefixes.map((prefix) => sql`WHEN starts_with(${c.activityTypeId}, ${prefix}) THEN ${cat.id}::text`),
    ),
    " ",
  )} END`;

const origin = (c: TLineColumns) =>
  sql`CASE ${Prisma.join(
    Object.entries(DATA_ORIGINS).map(
      ([name, kinds]) => sql`WHEN ${c.sourceKind}::text = ANY(${[...kinds]}::text[]) THEN ${name}::text`,
    ),
    " ",
  )} END`;

const begesCategory = (c: TLineColumns) => sql`split_part(${c.begesPoste}, '.', 1)::int`;

export function dimensionSql(c: TLineColumns): Record<TReportDimension, Prisma.Sql> {
  return {
    period: c.periodId,
    scope: sql`${c.scope}::int`,
    ghgCategory: sql`${c.ghgCategory}::int`,
    begesCategory: begesCategory(c),
    begesPoste: c.begesPoste,
    site: c.siteId,
    product: c.productId,
    factorSource: c.factorSource,
    activityType: c.activityTypeId,
    entryCategory: entryCategory(c),
    status: sql`${c.status}::text`,
    origin: origin(c),
  };
}

export const DIMENSION_SQL: Record<TReportDimension, Prisma.Sql> = dimensionSql(LIVE_COLUMNS);

/** A line's kgCO2e under the chosen scope-2 method (market-based falls back to location when none). */
export const kgSql = (scope2: TReportOptions["scope2"]): Prisma.Sql =>
  scope2 === "market"
    ? sql`CASE WHEN e."scope" = 2 THEN COALESCE(e."marketKgCO2e", e."kgCO2e") ELSE e."kgCO2e" END`
    : sql`e."kgCO2e"`;

/** The statuses and filters over `c` (activityIds is the live path's own: see fromLinesSql). */
export function filterSql(f: Omit<TReportFilters, "activityIds">, c: TLineColumns): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.siteIds !== undefined || f.withoutSite) {
    const parts = [
      ...(f.siteIds ? [sql`${c.siteId} = ANY(${f.siteIds}::text[])`] : []),
      ...(f.withoutSite ? [sql`${c.siteId} IS NULL`] : []),
    ];
    where.push(sql`(${Prisma.join(parts, " OR ")})`);
  }
  if (f.productIds !== undefined || f.withoutProduct) {
    const parts = [
      ...(f.productIds ? [sql`${c.productId} = ANY(${f.productIds}::text[])`] : []),
      ...(f.withoutProduct ? [sql`${c.productId} IS NULL`] : []),
    ];
    where.push(sql`(${Prisma.join(parts, " OR ")})`);
  }
  if (f.scopes) where.push(sql`${c.scope} = ANY(${f.scopes}::int[])`);
  if (f.ghgCategories) where.push(sql`${c.ghgCategory} = ANY(${f.ghgCategories}::int[])`);
  if (f.begesCategories) where.push(sql`${begesCategory(c)} = ANY(${f.begesCategories}::int[])`);
  if (f.begesPostes) where.push(sql`${c.begesPoste} = ANY(${f.begesPostes}::text[])`);
  if (f.entryCategories) where.push(sql`${entryCategory(c)} = ANY(${f.entryCategories}::text[])`);
  if (f.activityTypeIds) where.push(sql`${c.activityTypeId} = ANY(${f.activityTypeIds}::text[])`);
  if (f.factorSources) where.push(sql`${c.factorSource} = ANY(${f.factorSources}::text[])`);
  if (f.origins) {
    const kinds = f.origins.flatMap((o) => [...DATA_ORIGINS[o]]);
    where.push(sql`${c.sourceKind} = ANY(${kinds}::${c.sourceKindArray})`);
  }
  if (f.enteredInPeriodOnly) where.push(c.enteredInPeriod);
  return where;
}

export const statusSql = (statuses: TReportOptions["statuses"], c: TLineColumns): Prisma.Sql =>
  sql`${c.status} = ANY(${[...REPORT_STATUSES[statuses]]}::${c.statusArray})`;

/**
 * The uncertainty text of a group from S = Σ over its activities of (Σ |kg|·pct)², exact numeric in kg²·%²:
 * both paths end with this same expression on the same exact S, so their figures are byte-identical.
 */
export const uncertaintyText = (s: Prisma.Sql): Prisma.Sql => sql`round(COALESCE(sqrt(${s}) / 100, 0), 6)::text`;

/** The lines a report reads: always one organisation, its periods, the statuses asked for, the filters. */
export function fromLinesSql(organizationId: string, options: TReportOptions): Prisma.Sql {
  const { activityIds, ...filters } = options.filters;
  const where = [
    sql`e."organizationId" = ${organizationId}`,
    ...(options.periodIds ? [sql`e."periodId" = ANY(${options.periodIds}::text[])`] : []),
    statusSql(options.statuses, LIVE_COLUMNS),
    ...filterSql(filters, LIVE_COLUMNS),
    // A semi-join, not = ANY(…): a bulk save asks for thousands of ids, which PostgreSQL then hashes.
    ...(activityIds ? [sql`e."activityId" IN (SELECT unnest(${activityIds}::text[]))`] : []),
  ];
  return sql`FROM "EmissionLine" e
    JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
    WHERE ${Prisma.join(where, " AND ")}`;
}
