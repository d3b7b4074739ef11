// Bench: the overview dashboard's server-side data time (lib/dashboard/overview.ts getOverview: all its
// aggregates, one request) on an organisation with a 1,000,000-line period and three of 250,000 (5 sites,
// 10 products, every category: reporting-data.ts), read from fresh rollups (lib/reporting/rollup). Also:
// the rollup rebuild of the 1M-line period, single hand-written SQL statements (the kg totals over the
// lines; the overview's very figures over the rollup) with the ratios, the overview on the live path for
// reference, and what the freshness triggers add to a bulk insert of 100,000 lines.
// Starts its own embedded PostgreSQL (.data/bench-overview-postgres, port $ALBEDO_PG_PORT or 54329).
// Standalone: tsx scripts/bench/overview.ts [lines] [runs]
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { getOverview } from "@/lib/dashboard/overview";
import { rebuildRollup } from "@/lib/reporting/rollup/build";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { withBenchDatabase } from "./database";
import { seedReportingBench } from "./reporting-data";
import { round1, times } from "./timing";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

const sql = Prisma.sql;
const MEASURED_LINES = 1_000_000;
const RUNS = 30;
const LIVE_RUNS = 2;
const BULK_LINES = 100_000;
const P50_TARGET_MS = 150; // issue 16
const P95_TARGET_MS = 300;

type TSize = { lines: number; runs: number; onResult: (r: TBenchResult) => void };

// The overview's kg totals in one statement: total, scope, scope × GHG category, BEGES category and poste,
// site, product, factor source, the spend lines, scope 2 under the other method.
const GROUPING_SETS = sql`GROUP BY GROUPING SETS ((), (scope), (scope, ghg), (beges), (poste), (site), (product),
  (source), (spend))`;

const overLines = (organizationId: string, periodId: string) => sql`
  SELECT scope, ghg, beges, poste, site, product, source, spend, SUM(kg)::text, SUM(market)::text FROM (
    SELECT e."scope" AS scope, e."ghgCategory" AS ghg, split_part(e."begesPoste", '.', 1) AS beges,
      e."begesPoste" AS poste, e."siteId" AS site, e."productId" AS product,
      split_part(e."factorId", ':', 1) AS source, starts_with(e."activityTypeId", 'spend.') AS spend,
      e."kgCO2e" AS kg, CASE WHEN e."scope" = 2 THEN COALESCE(e."marketKgCO2e", e."kgCO2e") END AS market
    FROM "EmissionLine" e JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
    WHERE e."organizationId" = ${organizationId} AND e."periodId" = ${periodId} AND a."status" = 'VALIDATED') l
  ${GROUPING_SETS}`;

// The same figures as getOverview (validated, location), hand-written over the fresh rollup in one
// statement: kg, ± uncertainty (Σ q + 2 Σ c), known share and lines of the total and of each scope, and the
// kg of every breakdown (scope 2 market-based, scope × GHG category, BEGES category and poste, site,
// product, factor source, spend-based lines).
const sameTotalsOverRollup = (organizationId: string, periodId: string) => sql`
  WITH k AS MATERIALIZED (
    SELECT r.* FROM "ReportingRollupKey" r
    JOIN "ReportingRollupState" s ON s."build" = r."build" AND s."organizationId" = ${organizationId}
      AND s."periodId" = ${periodId}
    LEFT JOIN "ReportingVersion" v ON v."organizationId" = s."organizationId" AND v."periodId" = s."periodId"
    WHERE r."organizationId" = ${organizationId} AND r."status" = 'VALIDATED'
      AND s."version" = COALESCE(v."version", 0)
  ),
  c AS (
    SELECT p.scope, p.scope = y."scope" AS same, p.c
    FROM (SELECT x."scope" AS scope, p."build", p."k2", p."cLocation" AS c
      FROM "ReportingRollupPair" p JOIN k x ON x."build" = p."build" AND x."k" = p."k1"
      WHERE p."organizationId" = ${organizationId} OFFSET 0) p
    JOIN k y ON y."build" = p."build" AND y."k" = p."k2"
  )
  SELECT 'figure' AS kind, f.scope::text AS key, round(f.kg, 6)::text AS kg,
    round(COALESCE(sqrt(f.q + 2 * COALESCE(
      (SELECT SUM(c.c) FROM c WHERE f.scope IS NULL OR (c.same AND c.scope = f.scope)), 0)) / 100, 0), 6)::text AS u,
    round(f.known / NULLIF(f.magnitude, 0), 6)::text AS known, f.lines::int AS lines
  FROM (SELECT "scope" AS scope, SUM("kgLocation") AS kg, SUM("qLocation") AS q, SUM("knownLocation") AS known,
      SUM("magnitudeLocation") AS magnitude, SUM("lines") AS lines
    FROM k GROUP BY GROUPING SETS ((), ("scope"))) f
  UNION ALL
  SELECT 'slice', concat_ws('|', GROUPING("scope", "ghgCategory", b, "begesPoste", "siteId", "productId",
      "factorSource", spend), "scope", "ghgCategory", b, "begesPoste", "siteId", "productId", "factorSource", spend),
    round(SUM("kgLocation"), 6)::text, NULL, NULL, SUM("lines")::int
  FROM (SELECT *, split_part("begesPoste", '.', 1) AS b, starts_with("activityTypeId", 'spend.') AS spend FROM k) k
  GROUP BY GROUPING SETS (("scope", "ghgCategory"), (b), ("begesPoste"), ("siteId"), ("productId"), ("factorSource"),
    (spend))
  UNION ALL
  SELECT 'scope2 market', NULL, round(COALESCE(SUM("kgMarket"), 0), 6)::text, NULL, NULL, SUM("lines")::int
  FROM k WHERE "scope" = 2`;

/** ms of inserting `count` copies of a period's lines, in a transaction rolled back after it. */
async function bulkInsertMs(db: Db, organizationId: string, periodId: string, count: number, triggers: boolean) {
  let ms = 0;
  await db
    .$transaction(
      async (tx) => {
        if (!triggers) await tx.$executeRaw`ALTER TABLE "EmissionLine" DISABLE TRIGGER USER`;
        const start = performance.now();
        await tx.$executeRaw(sql`
          INSERT INTO "EmissionLine" SELECT (e)."id" || '-copy', e."organizationId", e."activityId",
            e."position" + 100, e."periodId", e."siteId", e."productId", e."activityTypeId", e."scope",
            e."ghgCategory", e."begesPoste", e."stage", e."kgCO2e", e."marketKgCO2e", e."marketBasis", e."co2f",
            e."ch4f", e."ch4b", e."n2o", e."otherGases", e."co2b", e."quantity", e."factorUnit", e."factorId",
            e."factorValue", e."stageShare", e."resolutionRule", e."gwpSet", e."uncertaintyPct",
            e."factorUncertaintyKnown", e."contrailsIncluded", e."flags", e."computedAt"
          FROM "EmissionLine" e
          WHERE e."organizationId" = ${organizationId} AND e."periodId" = ${periodId} LIMIT ${count}`);
        ms = performance.now() - start;
        throw new RolledBack();
      },
      { timeout: 600_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return ms;
}
class RolledBack extends Error {}

async function measureOn(db: Db, size: TSize): Promise<TBenchResult[]> {
  const results: TBenchResult[] = [];
  const push = (r: TBenchResult) => {
    results.push(r);
    size.onResult(r);
  };
  const seedStart = performance.now();
  const earlier = Math.round(size.lines / 4);
  const inventory = await seedReportingBench(db, [earlier, earlier, earlier, size.lines]);
  const { organizationId, periodIds } = inventory;
  const periodId = periodIds[3] as string;
  const context = { lines: size.lines, tableLines: inventory.lines, runs: size.runs };
  push({
    name: "overview bench data",
    value: round1((performance.now() - seedStart) / 1000),
    unit: "s",
    target: 600,
    ok: true,
    ...context,
  });

  // Freshness triggers on a bulk insert (rolled back), alternating with and without them.
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < 3; i++) {
    off.push(await bulkInsertMs(db, organizationId, periodId, BULK_LINES, false));
    on.push(await bulkInsertMs(db, organizationId, periodId, BULK_LINES, true));
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[1] as number;
  push({
    name: `freshness triggers on a ${BULK_LINES.toLocaleString("en")}-line insert`,
    value: round1(median(on) - median(off)),
    unit: "ms",
    target: round1(median(off) * 0.1), // at most 10 % of the insert
    ok: median(on) - median(off) < median(off) * 0.1,
    withTriggersMs: round1(median(on)),
    withoutTriggersMs: round1(median(off)),
    ...context,
  });

  const rebuildStart = performance.now();
  const built = await rebuildRollup(db, organizationId, periodId);
  const rebuildS = round1((performance.now() - rebuildStart) / 1000);
  for (const earlierPeriod of periodIds.slice(0, 3)) await rebuildRollup(db, organizationId, earlierPeriod);
  await db.$executeRaw`ANALYZE "ReportingRollupKey", "ReportingRollupPair", "ReportingRollupKeySet"`;
  push({
    name: "rollup rebuild of the 1M-line period",
    value: rebuildS,
    unit: "s",
    target: 60,
    ok: rebuildS < 60,
    keys: built.keys,
    pairs: built.pairs,
    keySets: built.keySets,
    ...context,
  });

  const query = { basis: "validated", scope2: "location" } as const;
  const overview = await times(size.runs, () => getOverview(db, organizationId, periodId, query));
  push({
    name: "overview getOverview (rollups) p50",
    value: overview.p50,
    unit: "ms",
    target: P50_TARGET_MS,
    ok: overview.p50 < P50_TARGET_MS && overview.p95 < P95_TARGET_MS,
    p95: overview.p95,
    p95Target: P95_TARGET_MS,
    ...context,
  });
  const market = await times(size.runs, () =>
    getOverview(db, organizationId, periodId, { basis: "submitted", scope2: "market" }),
  );
  push({
    name: "overview getOverview (rollups, submitted, market) p50",
    value: market.p50,
    unit: "ms",
    target: P50_TARGET_MS,
    ok: market.p50 < P50_TARGET_MS && market.p95 < P95_TARGET_MS,
    p95: market.p95,
    p95Target: P95_TARGET_MS,
    ...context,
  });

  const overviewTotal = (await getOverview(db, organizationId, periodId, query)).total;
  for (const [name, statement] of [
    ["the lines (kg totals only)", overLines(organizationId, periodId)],
    ["the rollup (the same figures)", sameTotalsOverRollup(organizationId, periodId)],
  ] as const) {
    const runs = name.startsWith("the lines") ? LIVE_RUNS : size.runs;
    const single = await times(runs, () => db.$queryRaw(statement));
    const rows = await db.$queryRaw<{ kind?: string; key?: string | null; kg: string; u?: string }[]>(statement);
    const total = rows.find((r) => r.kind === "figure" && r.key === null);
    push({
      name: `overview vs one hand-written SQL over ${name} ratio`,
      value: round1(overview.p50 / Math.max(single.p50, 0.1)),
      unit: "x",
      target: 2,
      ok: overview.p50 / Math.max(single.p50, 0.1) <= 2,
      singleSqlP50: single.p50,
      singleSqlP95: single.p95,
      overviewP50: overview.p50,
      // The hand-written statement really computes the overview's figures: its total and ± are the same text.
      ...(total ? { sameTotal: total.kg === overviewTotal.kg && total.u === overviewTotal.uncertaintyKg } : {}),
      ...context,
    });
  }

  // The live path: a write makes the rollup stale (no worker here, so it stays stale).
  await db.$executeRaw`UPDATE "ReportingVersion" SET "version" = "version" + 1
    WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId}`;
  const live = await times(LIVE_RUNS, () => getOverview(db, organizationId, periodId, query));
  push({
    name: "overview getOverview (live, stale rollup) p50",
    value: live.p50,
    unit: "ms",
    target: P50_TARGET_MS,
    ok: live.p50 < P50_TARGET_MS,
    p95: live.p95,
    ...context,
    runs: LIVE_RUNS,
  });
  return results;
}

export async function measureOverview(
  size: TSize = { lines: MEASURED_LINES, runs: RUNS, onResult: () => {} },
): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-overview-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_overview" },
    (db) => measureOn(db, size),
  );
}

export const overviewBench: TBenchMeasurement = { name: "overview", run: measureOverview };

runWhenMain(import.meta.url, ([lines, runs], onResult) =>
  measureOverview({ lines: lines || MEASURED_LINES, runs: runs || RUNS, onResult }),
);
