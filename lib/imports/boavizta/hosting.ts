import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { ESTIMATE_REFS_OF_R } from "@/lib/imports/boavizta/estimate-refs";
import type { THostingFilter, THostingSort } from "@/lib/imports/boavizta/hosting-schemas";

// The hosting view: every resource of the organisation's committed Boavizta imports with its impacts per
// criterion × phase as the tool printed them, and what the inventory holds for it (its GWP rows after PUE
// and amortisation, and their product). Filtered, sorted and paged in SQL: an inventory can hold 10,000
// instances. Every predicate carries the organisation.

export const HOSTING_PAGE_SIZE = 100;

const SORT_SQL: Record<THostingSort, Prisma.Sql> = {
  name: Prisma.sql`f."name"`,
  provider: Prisma.sql`f."provider"`,
  region: Prisma.sql`f."region"`,
  type: Prisma.sql`f."resourceType"`,
  gwpEmbedded: Prisma.sql`f."gwpEmbedded"`,
  gwpUse: Prisma.sql`f."gwpUse"`,
  inventory: Prisma.sql`f."inventoryKg"`,
};

export type THostingRow = {
  id: string;
  name: string;
  kind: string;
  assessed: boolean;
  usage: string;
  provider: string | null;
  resourceType: string | null;
  region: string | null;
  location: string | null;
  allocation: string;
  tags: Record<string, string>;
  notes: string[];
  gwpEmbedded: string | null;
  gwpUse: string | null;
  adpEmbedded: string | null;
  adpUse: string | null;
  peEmbedded: string | null;
  peUse: string | null;
  inventoryKg: string | null; // the resource's rows in the inventory (null: none, e.g. not assessed)
  estimated: boolean; // those rows are the manager's estimate for a resource the tool did not assess
  productId: string | null;
  productName: string | null;
};

export type THostingTotals = {
  resources: number;
  notAssessed: number;
  // Sums over the assessed resources, as printed by the tools (unit per criterion: kgCO2eq, kgSbeq, MJ).
  gwpEmbedded: string;
  gwpUse: string;
  adpEmbedded: string;
  adpUse: string;
  peEmbedded: string;
  peUse: string;
  // What these resources put in the inventory: equals the dashboards' figure for the same lines.
  inventoryKg: string;
  // Any criterion other than GWP, ADP and PE a verbose response carried (e.g. ctuh_c), per phase.
  otherCriteria: { criterion: string; phase: string; unit: string; value: string }[];
};

export type THostingFacets = { providers: string[]; regions: string[]; types: string[]; tagKeys: string[] };

// Resources of committed imports matching the filter, with their pivoted impacts and inventory rows.
function filteredResources(organizationId: string, f: THostingFilter): Prisma.Sql {
  const and = (cond: boolean, sql: Prisma.Sql) => (cond ? Prisma.sql`AND ${sql}` : Prisma.empty);
  return Prisma.sql`
    SELECT r.*, x.*, inv.*
    FROM "BoaviztaResource" r
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    CROSS JOIN LATERAL (
      SELECT
        sum(m."value") FILTER (WHERE m."criterion" = 'gwp' AND m."phase" = 'embedded') AS "gwpEmbedded",
        sum(m."value") FILTER (WHERE m."criterion" = 'gwp' AND m."phase" = 'use') AS "gwpUse",
        sum(m."value") FILTER (WHERE m."criterion" = 'adp' AND m."phase" = 'embedded') AS "adpEmbedded",
        sum(m."value") FILTER (WHERE m."criterion" = 'adp' AND m."phase" = 'use') AS "adpUse",
        sum(m."value") FILTER (WHERE m."criterion" = 'pe' AND m."phase" = 'embedded') AS "peEmbedded",
        sum(m."value") FILTER (WHERE m."criterion" = 'pe' AND m."phase" = 'use') AS "peUse",
        array_agg(r."importId" || ':' || m."activityRow") FILTER (WHERE m."activityRow" IS NOT NULL) AS "refs"
      FROM "BoaviztaImpact" m
      WHERE m."organizationId" = r."organizationId" AND m."resourceId" = r."id"
    ) x
    -- The resource's rows in the inventory: the tool's GWP per phase, or the manager's estimate (estimate.ts).
    CROSS JOIN LATERAL (
      SELECT sum(a."kgCO2e") AS "inventoryKg", max(a."productId") AS "productId",
             coalesce(bool_or(a."dataQuality" = 'estimated'), false) AS "estimated"
      FROM "ActivityData" a
      WHERE a."organizationId" = r."organizationId" AND a."sourceKind" = 'BOAVIZTA_IMPORT'
        AND a."sourceRef" = ANY (coalesce(x."refs", '{}') || ${ESTIMATE_REFS_OF_R})
    ) inv
    WHERE r."organizationId" = ${organizationId} AND i."status" = 'COMMITTED'
      ${and(f.periodId !== undefined, Prisma.sql`i."periodId" = ${f.periodId}`)}
      ${and(f.provider !== undefined, Prisma.sql`r."provider" = ${f.provider}`)}
      ${and(f.region !== undefined, Prisma.sql`r."region" = ${f.region}`)}
      ${and(f.type !== undefined, Prisma.sql`r."resourceType" = ${f.type}`)}
      ${and(f.assessed === "yes", Prisma.sql`r."assessed"`)}
      ${and(f.assessed === "no", Prisma.sql`NOT r."assessed"`)}
      ${and(f.productId === "none", Prisma.sql`inv."productId" IS NULL AND inv."inventoryKg" IS NOT NULL`)}
      ${and(f.productId !== undefined && f.productId !== "none", Prisma.sql`inv."productId" = ${f.productId}`)}
      ${and(f.tagKey !== undefined, Prisma.sql`r."tags" ->> ${f.tagKey ?? ""} = ${f.tagValue ?? ""}`)}`;
}

type TRawRow = Omit<THostingRow, "tags"> & { tags: unknown; total: bigint };

export async function hostingRows(
  db: Db,
  organizationId: string,
  filter: THostingFilter,
): Promise<{ rows: THostingRow[]; count: number }> {
  const direction = filter.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const raw = await db.$queryRaw<TRawRow[]>`
    WITH f AS (${filteredResources(organizationId, filter)})
    SELECT f."id", f."name", f."kind", f."assessed", f."usage", f."provider", f."resourceType", f."region",
           f."location", f."allocation", f."tags", f."notes",
           trim_scale(f."gwpEmbedded")::text AS "gwpEmbedded", trim_scale(f."gwpUse")::text AS "gwpUse",
           trim_scale(f."adpEmbedded")::text AS "adpEmbedded", trim_scale(f."adpUse")::text AS "adpUse",
           trim_scale(f."peEmbedded")::text AS "peEmbedded", trim_scale(f."peUse")::text AS "peUse",
           trim_scale(f."inventoryKg")::text AS "inventoryKg", f."estimated", f."productId", p."name" AS "productName",
           count(*) OVER () AS "total"
    FROM f
    LEFT JOIN "Product" p ON p."id" = f."productId" AND p."organizationId" = ${organizationId}
    ORDER BY ${SORT_SQL[filter.sort]} ${direction}, f."name", f."id"
    LIMIT ${HOSTING_PAGE_SIZE} OFFSET ${(filter.page - 1) * HOSTING_PAGE_SIZE}`;
  return {
    count: Number(raw[0]?.total ?? 0),
    rows: raw.map(({ total: _total, tags, ...row }) => ({ ...row, tags: tagsOf(tags) })),
  };
}

/** Tags as stored (`{ key: value }`); anything else reads as no tags. */
function tagsOf(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

export async function hostingTotals(db: Db, organizationId: string, filter: THostingFilter): Promise<THostingTotals> {
  const [sums] = await db.$queryRaw<Record<string, unknown>[]>`
    WITH f AS (${filteredResources(organizationId, filter)})
    SELECT count(*)::int AS "resources", count(*) FILTER (WHERE NOT "assessed")::int AS "notAssessed",
           trim_scale(coalesce(sum("gwpEmbedded"), 0))::text AS "gwpEmbedded", trim_scale(coalesce(sum("gwpUse"), 0))::text AS "gwpUse",
           trim_scale(coalesce(sum("adpEmbedded"), 0))::text AS "adpEmbedded", trim_scale(coalesce(sum("adpUse"), 0))::text AS "adpUse",
           trim_scale(coalesce(sum("peEmbedded"), 0))::text AS "peEmbedded", trim_scale(coalesce(sum("peUse"), 0))::text AS "peUse",
           trim_scale(coalesce(sum("inventoryKg"), 0))::text AS "inventoryKg"
    FROM f`;
  const others = await db.$queryRaw<THostingTotals["otherCriteria"]>`
    WITH f AS (${filteredResources(organizationId, filter)})
    SELECT m."criterion", m."phase", m."unit", trim_scale(sum(m."value"))::text AS "value"
    FROM "BoaviztaImpact" m JOIN f ON f."id" = m."resourceId"
    WHERE m."organizationId" = ${organizationId} AND m."criterion" NOT IN ('gwp', 'adp', 'pe')
      AND m."status" = 'value'
    GROUP BY 1, 2, 3 ORDER BY 1, 2`;
  return { ...(sums as Omit<THostingTotals, "otherCriteria">), otherCriteria: others };
}

export async function hostingFacets(db: Db, organizationId: string): Promise<THostingFacets> {
  const [facets] = await db.$queryRaw<THostingFacets[]>`
    SELECT coalesce(array_agg(DISTINCT r."provider") FILTER (WHERE r."provider" IS NOT NULL), '{}') AS "providers",
           coalesce(array_agg(DISTINCT r."region") FILTER (WHERE r."region" IS NOT NULL), '{}') AS "regions",
           coalesce(array_agg(DISTINCT r."resourceType") FILTER (WHERE r."resourceType" IS NOT NULL), '{}') AS "types",
           coalesce((SELECT array_agg(DISTINCT k) FROM "BoaviztaResource" t, jsonb_object_keys(t."tags") k
                     WHERE t."organizationId" = ${organizationId} AND jsonb_typeof(t."tags") = 'object'), '{}') AS "tagKeys"
    FROM "BoaviztaResource" r
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    WHERE r."organizationId" = ${organizationId} AND i."status" = 'COMMITTED'`;
  return facets ?? { providers: [], regions: [], types: [], tagKeys: [] };
}

export type TTypeMean = { type: string; resources: number; gwpEmbedded: string | null; gwpUse: string | null };

/** Per assessed resource type, the mean GWP per phase as printed: a starting point for an estimate. */
export async function hostingTypeMeans(db: Db, organizationId: string): Promise<TTypeMean[]> {
  return db.$queryRaw<TTypeMean[]>`
    SELECT r."resourceType" AS "type", count(DISTINCT r."id")::int AS "resources",
           trim_scale(round(avg(m."value") FILTER (WHERE m."phase" = 'embedded'), 9))::text AS "gwpEmbedded",
           trim_scale(round(avg(m."value") FILTER (WHERE m."phase" = 'use'), 9))::text AS "gwpUse"
    FROM "BoaviztaResource" r
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    JOIN "BoaviztaImpact" m ON m."resourceId" = r."id" AND m."organizationId" = r."organizationId"
    WHERE r."organizationId" = ${organizationId} AND i."status" = 'COMMITTED' AND r."assessed"
      AND r."resourceType" IS NOT NULL AND m."criterion" = 'gwp' AND m."status" = 'value'
    GROUP BY r."resourceType" ORDER BY r."resourceType"`;
}
