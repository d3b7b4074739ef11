import { Prisma } from "@/generated/prisma/client";
import type { TReportOptions } from "@/lib/reporting/schemas";
import { dimensionSql, filterSql, statusSql, uncertaintyText, type TLineColumns } from "@/lib/reporting/sql";

// A report from the rollup's fine keys (README, "Rollups"): the same dimensions, filters and final rounding
// as the live path, over exact sums per key. A group's uncertainty² is Σ q of its keys + 2 Σ c of the pairs
// of its keys (an activity's lines in several keys of one group add linearly before squaring); its
// activities are the key sets (activities with lines in exactly those keys) that touch it, counted once.
// The statement also says how many of the periods asked for have a fresh rollup: one snapshot, so a rebuild
// committing meanwhile cannot mix builds.

const sql = Prisma.sql;

const ROLLUP_COLUMNS: TLineColumns = {
  periodId: sql`r."periodId"`,
  scope: sql`r."scope"`,
  ghgCategory: sql`r."ghgCategory"`,
  begesPoste: sql`r."begesPoste"`,
  siteId: sql`r."siteId"`,
  productId: sql`r."productId"`,
  activityTypeId: sql`r."activityTypeId"`,
  factorSource: sql`r."factorSource"`,
  status: sql`r."status"`,
  sourceKind: sql`r."sourceKind"`,
  statusArray: sql`text[]`,
  sourceKindArray: sql`text[]`,
  enteredInPeriod: sql`NOT r."carried"`,
};
const ROLLUP_DIMENSIONS = dimensionSql(ROLLUP_COLUMNS);

/**
 * The rollup can answer: known periods, no activityIds (the live path reads those by activity index), and
 * one period or groups per period: an amortised activity's lines in two periods add linearly in a group
 * spanning both, and rollups are per period.
 */
export function rollupCanAnswer(options: TReportOptions): options is TReportOptions & { periodIds: string[] } {
  if (options.periodIds === undefined || options.filters.activityIds !== undefined) return false;
  return new Set(options.periodIds).size === 1 || options.groupBy.includes("period");
}

type TRollupOptions = TReportOptions & { periodIds: string[] };

/** Builds of fresh rollups of `periodIds` (a CTE named fresh). */
const freshSql = (organizationId: string, periodIds: string[]) => sql`
  fresh AS (
    SELECT s."build", s."periodId" FROM "ReportingRollupState" s
    LEFT JOIN "ReportingVersion" v ON v."organizationId" = s."organizationId" AND v."periodId" = s."periodId"
    WHERE s."organizationId" = ${organizationId} AND s."periodId" = ANY(${periodIds}::text[])
      AND s."version" = COALESCE(v."version", 0)
  )`;

/** One report over the fresh builds (refers to the CTE fresh): its groups, with ord = the live path's order. */
function reportBodySql(organizationId: string, options: TRollupOptions): Prisma.Sql {
  const market = options.scope2 === "market";
  const col = (location: string, marketCol: string) => Prisma.raw(`r."${market ? marketCol : location}"`);
  const { activityIds: _ignored, ...filters } = options.filters;
  const keys = options.groupBy.map((_, i) => Prisma.raw(`g${i}`));
  const dims = options.groupBy.map((d, i) => sql`${ROLLUP_DIMENSIONS[d]} AS g${Prisma.raw(String(i))}`);
  const sel = (alias: string) => keys.map((k) => sql`${Prisma.raw(alias)}.${k}`);
  const list = (parts: Prisma.Sql[]) => (parts.length > 0 ? sql`${Prisma.join(parts, ", ")},` : sql``);
  const sameGroup = keys.map((k) => sql`x.${k} IS NOT DISTINCT FROM y.${k}`);
  const where = [
    sql`r."organizationId" = ${organizationId}`,
    sql`r."periodId" = ANY(${options.periodIds}::text[])`,
    sql`r."build" IN (SELECT "build" FROM fresh)`,
    statusSql(options.statuses, ROLLUP_COLUMNS),
    ...filterSql(filters, ROLLUP_COLUMNS),
  ];
  const outKeys = options.groupBy.map((_, i) => sql`agg.${Prisma.raw(`g${i}`)} AS ${Prisma.raw(`k${i}`)}`);
  const order = keys.length > 0 ? sql`row_number() OVER (ORDER BY ${Prisma.join(sel("agg"), ", ")})` : sql`1`;
  if (options.measures === "kg") {
    // Sums only: the keys' own columns, without pairs or key sets.
    return sql`
      SELECT ${list(outKeys)} ${order} AS ord, round(COALESCE(agg.kg, 0), 6)::text AS kg, NULL::text AS u,
        NULL::text AS known, round(COALESCE(agg.co2b, 0), 6)::text AS co2b, COALESCE(agg.lines, 0)::int AS lines,
        NULL::int AS activities
      FROM (
        SELECT ${list(dims)} SUM(${col("kgLocation", "kgMarket")}) AS kg, SUM(r."co2b") AS co2b,
          SUM(r."lines") AS lines
        FROM "ReportingRollupKey" r
        WHERE ${Prisma.join(where, " AND ")}
        ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")}` : sql``}
      ) agg`;
  }
  return sql`
    WITH r AS MATERIALIZED (
      SELECT r."build", r."k", ${list(dims)} r."lines", ${col("kgLocation", "kgMarket")} AS kg, r."co2b",
        ${col("magnitudeLocation", "magnitudeMarket")} AS magnitude, ${col("knownLocation", "knownMarket")} AS known,
        ${col("qLocation", "qMarket")} AS q
      FROM "ReportingRollupKey" r
      WHERE ${Prisma.join(where, " AND ")}
    ),
    parts AS (
      SELECT ${list(sel("r"))} kg, co2b, magnitude, known, q, lines, 0 AS activities FROM r
      UNION ALL
      SELECT ${list(sel("x"))} 0, 0, 0, 0, 2 * x.c, 0, 0
      FROM (
        -- Each pair with its first key's group first (OFFSET 0 keeps this join apart): joining both keys
        -- at once let the planner pair every key with every key of the group before finding the pairs.
        SELECT x.*, p."k2", ${Prisma.raw(market ? `p."cMarket"` : `p."cLocation"`)} AS c
        FROM "ReportingRollupPair" p
        JOIN r x ON x."build" = p."build" AND x."k" = p."k1"
        WHERE p."organizationId" = ${organizationId} AND p."build" IN (SELECT "build" FROM fresh)
        OFFSET 0
      ) x
      JOIN r y ON y."build" = x."build" AND y."k" = x."k2"
      ${sameGroup.length > 0 ? sql`WHERE ${Prisma.join(sameGroup, " AND ")}` : sql``}
      UNION ALL
      SELECT ${list(sel("t"))} 0, 0, 0, 0, 0, 0, t.activities
      FROM (
        SELECT DISTINCT ks."build", ks."s", ${list(sel("x"))} ks."activities"
        FROM "ReportingRollupKeySet" ks
        CROSS JOIN LATERAL unnest(ks."keys") AS u(k)
        JOIN r x ON x."build" = ks."build" AND x."k" = u.k
        WHERE ks."organizationId" = ${organizationId} AND ks."build" IN (SELECT "build" FROM fresh)
      ) t
    )
    SELECT ${list(outKeys)}
      ${order} AS ord,
      round(COALESCE(agg.kg, 0), 6)::text AS kg,
      ${uncertaintyText(sql`agg.q`)} AS u,
      round(agg.known / NULLIF(agg.magnitude, 0), 6)::text AS known,
      round(COALESCE(agg.co2b, 0), 6)::text AS co2b,
      COALESCE(agg.lines, 0)::int AS lines,
      COALESCE(agg.activities, 0)::int AS activities
    FROM (
      SELECT ${list(keys)} SUM(kg) AS kg, SUM(co2b) AS co2b, SUM(magnitude) AS magnitude, SUM(known) AS known,
        SUM(q) AS q, SUM(lines) AS lines, SUM(activities) AS activities
      FROM parts
      ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")}` : sql``}
    ) agg`;
}

/**
 * One report; the first row's `fresh` lists the periods with a fresh rollup (a grouped report without
 * lines comes back as that one row, lines 0).
 */
export function rollupReportSql(organizationId: string, options: TRollupOptions): Prisma.Sql {
  return sql`
    WITH ${freshSql(organizationId, options.periodIds)}
    SELECT f.periods AS fresh, q.*
    FROM (SELECT COALESCE(array_agg("periodId"), '{}') AS periods FROM fresh) f
    LEFT JOIN (${reportBodySql(organizationId, options)}) q ON true
    ORDER BY q.ord`;
}

/**
 * Several reports in one statement (one snapshot, one round trip): rows carry their report's index and
 * their keys as a JSON array; the row of report -1 lists the periods with a fresh rollup.
 */
export function rollupReportsSql(organizationId: string, reports: TRollupOptions[]): Prisma.Sql {
  const periodIds = [...new Set(reports.flatMap((o) => o.periodIds))];
  const members = reports.map((o, i) => {
    const keys = o.groupBy.map((_, j) => Prisma.raw(`q.k${j}`));
    return sql`SELECT NULL::text[] AS fresh, ${i}::int AS report, q.ord, jsonb_build_array(${Prisma.join(
      keys.length > 0 ? keys : [sql`NULL`],
      ", ",
    )}) AS keys, q.kg, q.u, q.known, q.co2b, q.lines, q.activities
      FROM (${reportBodySql(organizationId, o)}) q`;
  });
  return sql`
    WITH ${freshSql(organizationId, periodIds)}
    SELECT COALESCE(array_agg("periodId"), '{}') AS fresh, -1 AS report, 0::bigint AS ord, NULL::jsonb AS keys,
      NULL AS kg, NULL AS u, NULL AS known, NULL AS co2b, 0 AS lines, 0 AS activities
    FROM fresh
    UNION ALL
    ${Prisma.join(members, " UNION ALL ")}
    ORDER BY report, ord`;
}
