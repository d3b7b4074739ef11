// Bench: lib/reporting over a period of ~1,000,000 emission lines (and three earlier periods of 250,000),
// generated in PostgreSQL (reporting-data.ts). Times each grouping the overview needs (total, scope, GHG
// category, BEGES poste, site, data-entry category) and all of them together, p50 / p95 over repeated
// runs after a warm-up, and the fastest hand-written SQL of the same total for comparison. Always the live
// path (the lines); overview.ts measures what the overview really reads (the rollups).
// Starts its own embedded PostgreSQL (.data/bench-reporting-postgres, port $ALBEDO_PG_PORT or 54329).
// Standalone: tsx scripts/bench/reporting.ts
import type { Db } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportDimension } from "@/lib/reporting/schemas";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { seedReportingBench } from "./reporting-data";
import { withBenchDatabase } from "./database";
import { round1, times } from "./timing";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

// Standalone, `tsx scripts/bench/reporting.ts [lines] [runs]` changes the size (e.g. a quick 100000 5).
const MEASURED_LINES = 1_000_000;
const EARLIER_LINES = 250_000;
const RUNS = 10;

type TSize = { lines: number; earlier: number; runs: number; onResult: (r: TBenchResult) => void };
const GROUP_P95_TARGET_MS = 300; // issue 16: the overview (all its aggregates) p50 < 150 ms, p95 < 300 ms
const OVERVIEW_P50_TARGET_MS = 150;

const GROUPINGS: [string, TReportDimension[]][] = [
  ["total", []],
  ["scope", ["scope"]],
  ["ghgCategory", ["ghgCategory"]],
  ["begesPoste", ["begesPoste"]],
  ["site", ["site"]],
  ["entryCategory", ["entryCategory"]],
];

const round = round1;

async function measureOn(db: Db, size: TSize): Promise<TBenchResult[]> {
  const seedStart = performance.now();
  const inventory = await seedReportingBench(db, [size.earlier, size.earlier, size.earlier, size.lines]);
  const seedS = round((performance.now() - seedStart) / 1000);
  const { organizationId } = inventory;
  const periodId = inventory.periodIds[3] as string;
  const context = { lines: size.lines, tableLines: inventory.lines, seedS, runs: size.runs };
  const results: TBenchResult[] = [];
  const push = (r: TBenchResult) => {
    results.push(r);
    size.onResult(r);
  };
  push({
    name: "reporting bench data (generate_series)",
    value: seedS,
    unit: "s",
    target: 300,
    ok: seedS < 300,
    ...context,
  });
  for (const [name, groupBy] of GROUPINGS) {
    const t = await times(size.runs, () =>
      aggregateEmissions(db, organizationId, { periodIds: [periodId], groupBy }, { live: true }),
    );
    push({
      name: `reporting ${name} p50`,
      value: t.p50,
      unit: "ms",
      target: GROUP_P95_TARGET_MS,
      ok: t.p50 < GROUP_P95_TARGET_MS,
      p95: t.p95,
      ...context,
    });
  }
  const overview = await times(size.runs, () =>
    Promise.all(
      GROUPINGS.map(([, groupBy]) =>
        aggregateEmissions(db, organizationId, { periodIds: [periodId], groupBy }, { live: true }),
      ),
    ),
  );
  push({
    name: "reporting overview (6 groupings) p50",
    value: overview.p50,
    unit: "ms",
    target: OVERVIEW_P50_TARGET_MS,
    ok: overview.p50 < OVERVIEW_P50_TARGET_MS,
    p95: overview.p95,
    p95Target: GROUP_P95_TARGET_MS,
    ...context,
  });
  // The fastest SQL for the same total: one SUM over the period's lines, no status join, no uncertainty.
  const bare = await times(
    size.runs,
    () =>
      db.$queryRaw`SELECT SUM("kgCO2e")::text FROM "EmissionLine" WHERE "organizationId" = ${organizationId} AND "periodId" = ${periodId}`,
  );
  const total = results.find((r) => r.name === "reporting total p50")?.value ?? 0;
  push({
    name: "reporting total vs bare SUM ratio",
    value: round(total / Math.max(bare.p50, 0.1)),
    unit: "x",
    target: 2,
    ok: total / Math.max(bare.p50, 0.1) < 2,
    bareSumP50: bare.p50,
    bareSumP95: bare.p95,
    ...context,
  });
  return results;
}

export async function measureReporting(
  size: TSize = { lines: MEASURED_LINES, earlier: EARLIER_LINES, runs: RUNS, onResult: () => {} },
): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-reporting-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_reporting" },
    (db) => measureOn(db, size),
  );
}

export const reportingBench: TBenchMeasurement = { name: "reporting", run: measureReporting };

runWhenMain(import.meta.url, ([lines, runs], onResult) =>
  measureReporting({
    lines: lines || MEASURED_LINES,
    earlier: Math.round((lines || MEASURED_LINES) / 4),
    runs: runs || RUNS,
    onResult,
  }),
);
