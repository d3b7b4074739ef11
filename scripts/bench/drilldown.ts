// Bench: the drill-down's first page (lib/reporting/lines.ts listEmissionLines) over a period of ~1,000,000
// emission lines (reporting-data.ts, three earlier periods of 250,000), unfiltered, with a GHG category
// filter, a site filter and a data-entry category filter, plus a deep page (after a cursor): data time,
// p50 / p95 after a warm-up. The unfiltered result carries the first page's EXPLAIN ANALYZE plan.
// Starts its own embedded PostgreSQL (.data/bench-drilldown-postgres, port $ALBEDO_PG_PORT or 54329).
// Standalone: tsx scripts/bench/drilldown.ts [lines] [runs]
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { linesPageSql, listEmissionLines, type TLinesOptionsInput } from "@/lib/reporting/lines";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { seedReportingBench } from "./reporting-data";
import { withBenchDatabase } from "./database";
import { percentile } from "./percentile";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

const MEASURED_LINES = 1_000_000;
const RUNS = 20;
const FIRST_PAGE_TARGET_MS = 100; // issue 16: the drill-down's first page < 100 ms
const PAGE = 50;

type TSize = { lines: number; runs: number; onResult: (r: TBenchResult) => void };

const round = (v: number) => Math.round(v * 10) / 10;

async function times(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run(); // warm-up: caches and plans
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
}

async function measureOn(db: Db, size: TSize): Promise<TBenchResult[]> {
  const seedStart = performance.now();
  const earlier = Math.round(size.lines / 4);
  const inventory = await seedReportingBench(db, [earlier, earlier, earlier, size.lines]);
  const seedS = round((performance.now() - seedStart) / 1000);
  const { organizationId } = inventory;
  const periodId = inventory.periodIds[3] as string;
  const site = await db.site.findFirstOrThrow({ where: { organizationId }, select: { id: true } });
  const context = { lines: size.lines, tableLines: inventory.lines, seedS, runs: size.runs, pageSize: PAGE };
  const results: TBenchResult[] = [];
  const base = { periodId, limit: PAGE };
  // A cursor 100 pages deep: keyset pages cost the same wherever they start.
  const deep = await db.$queryRaw<{ kg: string; id: string }[]>(Prisma.sql`
    SELECT "kgCO2e"::text AS kg, "id" FROM "EmissionLine"
    WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId}
    ORDER BY "kgCO2e" DESC, "id" DESC OFFSET ${PAGE * 100} LIMIT 1`);
  const cases: [string, TLinesOptionsInput][] = [
    ["unfiltered", base],
    ["GHG category 6", { ...base, filters: { scopes: [3], ghgCategories: [6] } }],
    ["one site", { ...base, filters: { siteIds: [site.id] } }],
    ["data-entry category travel", { ...base, filters: { entryCategories: ["travel"] } }],
    ["market-based scope 2", { ...base, scope2: "market" }],
    ["page 101 (after a cursor)", { ...base, ...(deep[0] ? { after: deep[0] } : {}) }],
  ];
  for (const [name, options] of cases) {
    const t = await times(size.runs, () => listEmissionLines(db, organizationId, options));
    const plan =
      name === "unfiltered"
        ? (
            await db.$queryRaw<{ "QUERY PLAN": string }[]>(
              Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${linesPageSql(organizationId, options)}`,
            )
          ).map((row) => row["QUERY PLAN"])
        : undefined;
    const result: TBenchResult = {
      name: `drill-down first page, ${name} p50`,
      value: t.p50,
      unit: "ms",
      target: FIRST_PAGE_TARGET_MS,
      ok: t.p50 < FIRST_PAGE_TARGET_MS,
      p95: t.p95,
      ...context,
      ...(plan ? { plan } : {}),
    };
    results.push(result);
    size.onResult(result);
  }
  return results;
}

export async function measureDrilldown(
  size: TSize = { lines: MEASURED_LINES, runs: RUNS, onResult: () => {} },
): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-drilldown-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_drilldown" },
    (db) => measureOn(db, size),
  );
}

export const drilldownBench: TBenchMeasurement = { name: "drilldown", run: measureDrilldown };

runWhenMain(import.meta.url, ([lines, runs], onResult) =>
  measureDrilldown({ lines: lines || MEASURED_LINES, runs: runs || RUNS, onResult }),
);
