// Bench: the auditors' evidence pack (lib/exports/evidence-pack.ts) of a period of 1,000,000 emission
// lines, generated in PostgreSQL (reporting-data.ts): the full build, streamed into ExportFile chunks, its
// wall time (issue 16 target < 60 s) and the process's peak resident memory during it (target < 500 MB,
// sampled every 50 ms, and the process maximum from process.resourceUsage().maxRSS).
// Starts its own embedded PostgreSQL (.data/bench-evidence-postgres, port $ALBEDO_PG_PORT or 54329).
// Standalone: tsx scripts/bench/evidence-pack.ts [lines]
import { loadavg } from "node:os";
import type { Db } from "@/lib/db/client";
import { buildEvidencePack } from "@/lib/exports/evidence-pack";
import { embeddedPostgresDefaults } from "../lib/embedded-postgres.ts";
import { withBenchDatabase } from "./database";
import { seedReportingBench } from "./reporting-data";
import type { TBenchMeasurement, TBenchResult } from "./types";
import { runWhenMain } from "./cli";

const LINES = 1_000_000;
const TIME_TARGET_S = 60;
const RSS_TARGET_MB = 500;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round = (v: number) => Math.round(v * 10) / 10;

async function measureOn(db: Db, lines: number, onResult: (r: TBenchResult) => void): Promise<TBenchResult[]> {
  const seedStart = performance.now();
  const inventory = await seedReportingBench(db, [0, 0, 0, lines]);
  const seedS = round((performance.now() - seedStart) / 1000);
  const actor = await db.user.create({
    data: { email: `bench-${Date.now()}@bench.example`, name: "Bench", passwordHash: "not-a-real-hash" },
    select: { id: true, email: true },
  });
  const periodId = inventory.periodIds[3] as string;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const pack = await buildEvidencePack(db, {
    organizationId: inventory.organizationId,
    periodId,
    runId: "bench",
    actor,
    locale: "fr",
  });
  const seconds = round((performance.now() - start) / 1000);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const context = {
    lines: pack.lines,
    fileMB: round(pack.sizeBytes / 1024 / 1024),
    linesPerSecond: Math.round(pack.lines / seconds),
    seedS,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10, // the machine is shared: read the time with it
  };
  const results: TBenchResult[] = [
    {
      name: "evidence pack build",
      value: seconds,
      unit: "s",
      target: TIME_TARGET_S,
      ok: seconds < TIME_TARGET_S,
      ...context,
    },
    {
      name: "evidence pack peak RSS",
      value: mb(peak),
      unit: "MB",
      target: RSS_TARGET_MB,
      ok: mb(peak) < RSS_TARGET_MB,
      rssBeforeMB: mb(rssBefore),
      processMaxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...context,
    },
  ];
  results.forEach(onResult);
  return results;
}

export async function measureEvidencePack(
  lines = LINES,
  onResult: (r: TBenchResult) => void = () => {},
): Promise<TBenchResult[]> {
  return withBenchDatabase(
    { dataDir: "bench-evidence-postgres", port: embeddedPostgresDefaults().port, prefix: "albedo_bench_evidence" },
    (db) => measureOn(db, lines, onResult),
  );
}

export const evidencePackBench: TBenchMeasurement = { name: "evidence-pack", run: () => measureEvidencePack() };

runWhenMain(import.meta.url, ([lines], onResult) => measureEvidencePack(lines || LINES, onResult));
