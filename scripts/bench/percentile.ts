/** Nearest-rank percentile of ascending `sorted` values (0 when empty), as every bench reports it. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
