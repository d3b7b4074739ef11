import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";

// Rebuilds one period's rollup (README, "Rollups"): one INSERT … SELECT per table from the lines of one
// snapshot, recording the period's version that snapshot saw, so the rollup is used only until the next
// write. Builds are keyed by the rebuilding transaction's id: concurrent rebuilds never collide, the newer
// version wins, and the rows of builds no longer current are deleted.

const sql = Prisma.sql;

export type TRollupBuild = { build: bigint; version: bigint; keys: number; pairs: number; keySets: number };

// One row per activity and fine key: its sums, and U = Σ |kg|·pct over its lines in that key (kg·%),
// under each scope-2 method. k numbers the fine keys of the build.
const perActivity = (organizationId: string, periodId: string) => sql`
  SELECT dense_rank() OVER (ORDER BY a."status", a."sourceKind", e."periodId" <> a."periodId", e."scope",
      e."ghgCategory", e."begesPoste" COLLATE "C", e."siteId" COLLATE "C", e."productId" COLLATE "C",
      e."activityTypeId" COLLATE "C", split_part(e."factorId", ':', 1) COLLATE "C")::int AS k,
    e."activityId", a."status", a."sourceKind", e."periodId" <> a."periodId" AS carried, e."scope",
    e."ghgCategory", e."begesPoste", e."siteId", e."productId", e."activityTypeId",
    split_part(e."factorId", ':', 1) AS "factorSource",
    COUNT(*)::int AS lines,
    SUM(e."kgCO2e") AS kl,
    SUM(m.kg) AS km,
    SUM(COALESCE(e."co2b", 0)) AS co2b,
    SUM(ABS(e."kgCO2e")) AS al,
    SUM(ABS(m.kg)) AS am,
    SUM(CASE WHEN e."factorUncertaintyKnown" THEN ABS(e."kgCO2e") ELSE 0 END) AS nl,
    SUM(CASE WHEN e."factorUncertaintyKnown" THEN ABS(m.kg) ELSE 0 END) AS nm,
    SUM(ABS(e."kgCO2e") * COALESCE(e."uncertaintyPct", 0)) AS ul,
    SUM(ABS(m.kg) * COALESCE(e."uncertaintyPct", 0)) AS um
  FROM "EmissionLine" e
  JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
  CROSS JOIN LATERAL (SELECT CASE WHEN e."scope" = 2 THEN COALESCE(e."marketKgCO2e", e."kgCO2e")
                                  ELSE e."kgCO2e" END AS kg) m
  WHERE e."organizationId" = ${organizationId} AND e."periodId" = ${periodId}
  GROUP BY e."activityId", a."status", a."sourceKind", e."periodId" <> a."periodId", e."scope", e."ghgCategory",
    e."begesPoste", e."siteId", e."productId", e."activityTypeId", split_part(e."factorId", ':', 1)`;

/** One statement, one snapshot: the version it read and the rollup rows of that snapshot under a new build. */
export const rebuildSql = (organizationId: string, periodId: string): Prisma.Sql =>
  sql`
  WITH ver AS (
    SELECT COALESCE((SELECT "version" FROM "ReportingVersion"
                     WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId}), 0) AS version,
           txid_current() AS build
  ),
  pa AS MATERIALIZED (${perActivity(organizationId, periodId)}),
  ins_keys AS (
    INSERT INTO "ReportingRollupKey" ("build", "k", "organizationId", "periodId", "status", "sourceKind",
      "carried", "scope", "ghgCategory", "begesPoste", "siteId", "productId", "activityTypeId", "factorSource",
      "lines", "kgLocation", "kgMarket", "co2b", "magnitudeLocation", "magnitudeMarket", "knownLocation",
      "knownMarket", "qLocation", "qMarket")
    SELECT (SELECT build FROM ver), k, ${organizationId}, ${periodId}, MIN("status"::text), MIN("sourceKind"::text), bool_and(carried), MIN("scope"), MIN("ghgCategory"),
      MIN("begesPoste"), MIN("siteId"), MIN("productId"), MIN("activityTypeId"), MIN("factorSource"),
      SUM(lines), SUM(kl), SUM(km), SUM(co2b), SUM(al), SUM(am), SUM(nl), SUM(nm), SUM(ul * ul), SUM(um * um)
    FROM pa GROUP BY k
    RETURNING 1
  ),
  ins_pairs AS (
    INSERT INTO "ReportingRollupPair" ("build", "k1", "k2", "organizationId", "periodId", "cLocation", "cMarket")
    SELECT (SELECT build FROM ver), x.k, y.k, ${organizationId}, ${periodId}, SUM(x.ul * y.ul), SUM(x.um * y.um)
    FROM pa x JOIN pa y ON y."activityId" = x."activityId" AND y.k > x.k
    GROUP BY x.k, y.k
    RETURNING 1
  ),
  sets AS (
    SELECT keys, COUNT(*)::int AS activities
    FROM (SELECT array_agg(k ORDER BY k) AS keys FROM pa GROUP BY "activityId") per
    GROUP BY keys
  ),
  ins_sets AS (
    INSERT INTO "ReportingRollupKeySet" ("build", "s", "organizationId", "periodId", "keys", "activities")
    SELECT (SELECT build FROM ver), (row_number() OVER ())::int, ${organizationId}, ${periodId}, keys, activities
    FROM sets
    RETURNING 1
  )
  SELECT build, version, (SELECT COUNT(*) FROM ins_keys)::int AS keys,
    (SELECT COUNT(*) FROM ins_pairs)::int AS pairs, (SELECT COUNT(*) FROM ins_sets)::int AS "keySets"
  FROM ver`;

export async function rebuildRollup(db: Db, organizationId: string, periodId: string): Promise<TRollupBuild> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '256MB'`; // the period's lines sort in memory
      const [built] = await tx.$queryRaw<TRollupBuild[]>(rebuildSql(organizationId, periodId));
      const { build, version } = built as TRollupBuild;
      // The newer version wins when two rebuilds of the period race.
      await tx.$executeRaw(sql`
        INSERT INTO "ReportingRollupState" ("organizationId", "periodId", "build", "version")
        VALUES (${organizationId}, ${periodId}, ${build}, ${version})
        ON CONFLICT ("organizationId", "periodId") DO UPDATE
          SET "build" = EXCLUDED."build", "version" = EXCLUDED."version", "builtAt" = now()
          WHERE "ReportingRollupState"."version" <= EXCLUDED."version"`);
      const current = sql`(SELECT "build" FROM "ReportingRollupState"
        WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId})`;
      for (const table of ["ReportingRollupKey", "ReportingRollupPair", "ReportingRollupKeySet"]) {
        await tx.$executeRaw(sql`DELETE FROM ${Prisma.raw(`"${table}"`)}
          WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId} AND "build" <> ${current}`);
      }
      return built as TRollupBuild;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
