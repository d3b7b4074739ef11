import os from "node:os";
import { buildFactorIndex, computeActivity, DEFAULT_CALC_SETTINGS, type TEmissionLineDraft } from "@/lib/calc";
import { benchActivityPool, benchFactorRecords } from "./engine-fixtures";
import type { TBenchMeasurement, TBenchResult } from "./types";

// Engine throughput: activities per second through factor resolution + line calculation, in memory,
// over a realistic mix of activity types (see engine-fixtures.ts), after a warm-up. Lines are consumed
// (their kgCO2e summed) but not kept, as a recalculation writing batches would do.

const TARGET_PER_SECOND = 1_000_000;
const POOL_SIZE = 50_000;
const WARM_UP = 300_000;
const MEASURED = 2_500_000;

function run(pool: ReturnType<typeof benchActivityPool>, count: number, index: ReturnType<typeof buildFactorIndex>) {
  let lines = 0;
  let kg = 0;
  const settings = DEFAULT_CALC_SETTINGS;
  for (let i = 0; i < count; i++) {
    const result = computeActivity(pool[i % pool.length] as (typeof pool)[number], index, settings);
    const produced = result.lines;
    lines += produced.length;
    for (let j = 0; j < produced.length; j++) kg += (produced[j] as TEmissionLineDraft).kgCO2e;
  }
  return { lines, kg };
}

export const engineThroughput: TBenchMeasurement = {
  name: "engine throughput",
  async run(): Promise<TBenchResult[]> {
    const { records, source } = benchFactorRecords();
    const buildStart = performance.now();
    const index = buildFactorIndex(records);
    const buildMs = performance.now() - buildStart;
    const pool = benchActivityPool(POOL_SIZE);
    run(pool, WARM_UP, index);
    const start = performance.now();
    const { lines, kg } = run(pool, MEASURED, index);
    const seconds = (performance.now() - start) / 1000;
    const perSecond = Math.round(MEASURED / seconds);
    const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown" };
    return [
      {
        name: "engine throughput",
        value: perSecond,
        unit: "activities/s",
        target: TARGET_PER_SECOND,
        ok: perSecond >= TARGET_PER_SECOND,
        activities: MEASURED,
        warmUp: WARM_UP,
        distinctActivities: POOL_SIZE,
        emissionLines: lines,
        linesPerSecond: Math.round(lines / seconds),
        seconds: Math.round(seconds * 1000) / 1000,
        checksumTonnesCO2e: Math.round(kg / 1000),
        factors: records.length,
        factorSource: source,
        ...machine,
      },
      {
        name: "factor index build",
        value: Math.round(buildMs),
        unit: "ms",
        target: 1000,
        ok: buildMs < 1000,
        factors: records.length,
        activityTypes: index.types.size,
      },
    ];
  },
};
