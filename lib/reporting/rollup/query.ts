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

export function rollupReportSql(organizationId: string, options: TReportOptions & { periodIds: string[] }) {
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
    sql`r."build" IN (SELECT "build" FROM fresh)`,
    statusSql(options.statuses, ROLLUP_COLUMNS),
    ...filterSql(filters, ROLLUP_COLUMNS),
  ];
  const outKeys = options.groupBy.map((_, i) => sql`agg.${Prisma.raw(`g${i}`)} AS ${Prisma.raw(`k${i}`)}`);
  return sql`
    WITH fresh AS (
      SELECT s."build", s."periodId" FROM "ReportingRollupState" s
      LEFT JOIN "ReportingVersion" v ON v."organizationId" = s."organizationId" AND v."periodId" = s."periodId"
      WHERE s."organizationId" = ${organizationId} AND s."periodId" = ANY(${options.periodIds}::text[])
        AND s."version" = COALESCE(v."version", 0)
    ),
    r AS MATERIALIZED (
      SELECT r."build", r."k", ${list(dims)} r."lines", ${col("kgLocation", "kgMarket")} AS kg, r."co2b",
        ${col("magnitudeLocation", "magnitudeMarket")} AS magnitude, ${col("knownLocation", "knownMarket")} AS known,
        ${col("qLocation", "qMarket")} AS q
      FROM "ReportingRollupKey" r
      WHERE ${Prisma.join(where, " AND ")}
    ),
    parts AS (
      SELECT ${list(sel("r"))} kg, co2b, magnitude, known, q, lines, 0 AS activities FROM r
      UNION ALL
      SELECT ${list(sel("x"))} 0, 0, 0, 0, 2 * ${Prisma.raw(market ? `p."cMarket"` : `p."cLocation"`)}, 0, 0
      FROM "ReportingRollupPair" p
      JOIN r x ON x."build" = p."build" AND x."k" = p."k1"
      JOIN r y ON y."build" = p."build" AND y."k" = p."k2"
      WHERE p."organizationId" = ${organizationId} AND p."build" IN (SELECT "build" FROM fresh)
        ${sameGroup.length > 0 ? sql`AND ${Prisma.join(sameGroup, " AND ")}` : sql``}
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
    SELECT f.periods AS fresh, ${list(outKeys)}
      round(COALESCE(agg.kg, 0), 6)::text AS kg,
      ${uncertaintyText(sql`agg.q`)} AS u,
      round(agg.known / NULLIF(agg.magnitude, 0), 6)::text AS known,
      round(COALESCE(agg.co2b, 0), 6)::text AS co2b,
      COALESCE(agg.lines, 0)::int AS lines,
      COALESCE(agg.activities, 0)::int AS activities
    FROM (SELECT COALESCE(array_agg("periodId"), '{}') AS periods FROM fresh) f
    LEFT JOIN (
      SELECT ${list(keys)} SUM(kg) AS kg, SUM(co2b) AS co2b, SUM(magnitude) AS magnitude, SUM(known) AS known,
        SUM(q) AS q, SUM(lines) AS lines, SUM(activities) AS activities
      FROM parts
      ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")}` : sql``}
    ) agg ON true
    ${
      keys.length > 0
        ? sql`ORDER BY ${Prisma.join(
            keys.map((k) => sql`agg.${k}`),
            ", ",
          )}`
        : sql``
    }`;
}
