import { percentile } from "./percentile";

export const round1 = (v: number) => Math.round(v * 10) / 10;

/** p50 / p95 (ms, nearest rank) of `runs` sequential runs after one warm-up run (caches and plans). */
export async function times(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: round1(percentile(ms, 50)), p95: round1(percentile(ms, 95)) };
}
