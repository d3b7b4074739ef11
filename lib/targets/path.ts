// Target paths (docs/methodology.md, Targets): pure functions over plain numbers, no database.
// A path gives, for each year from the base year to the target year, the value the target allows:
// linear = base × (1 − pct × (year − base year) / (target year − base year)); a custom path (the French
// SNBC, or any path entered by year) interpolates linearly between the reductions entered.

export type TPathPoint = { year: number; value: number };
export type TEnteredPoint = { year: number; reductionPct: number };

/** SBTi minimum linear annual reduction, in % of base-year emissions per year. */
export const PRESET_ANNUAL_RATE = { SBTI_1_5: 4.2, SBTI_WB2: 2.5 } as const;
export type TRatedPreset = keyof typeof PRESET_ANNUAL_RATE;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The reduction (%) a preset requires at least between two years: 4.2 %/yr × 10 years = 42 %. */
export function presetMinimumPct(preset: TRatedPreset, baseYear: number, targetYear: number): number {
  return Math.min(100, round6(PRESET_ANNUAL_RATE[preset] * (targetYear - baseYear)));
}

export function linearPath(
  baseYear: number,
  baseValue: number,
  targetYear: number,
  reductionPct: number,
): TPathPoint[] {
  const span = targetYear - baseYear;
  const points: TPathPoint[] = [];
  for (let year = baseYear; year <= targetYear; year++) {
    points.push({ year, value: round6(baseValue * (1 - (reductionPct / 100) * ((year - baseYear) / span))) });
  }
  return points;
}

/** Entered points (sorted or not) with the base year at 0 %, interpolated linearly year by year. */
export function customPath(baseYear: number, baseValue: number, entered: TEnteredPoint[]): TPathPoint[] {
  const knots = [{ year: baseYear, reductionPct: 0 }, ...[...entered].sort((a, b) => a.year - b.year)];
  const points: TPathPoint[] = [];
  for (let i = 1; i < knots.length; i++) {
    const from = knots[i - 1]!;
    const to = knots[i]!;
    for (let year = i === 1 ? from.year : from.year + 1; year <= to.year; year++) {
      const pct =
        from.reductionPct + ((to.reductionPct - from.reductionPct) * (year - from.year)) / (to.year - from.year);
      points.push({ year, value: round6(baseValue * (1 - pct / 100)) });
    }
  }
  return points;
}

/** The allowed value in `year`, or null outside the path. */
export function valueAt(path: TPathPoint[], year: number): number | null {
  return path.find((p) => p.year === year)?.value ?? null;
}

/**
 * How far the projection misses the target in the target year: positive = still to cut. The share is of
 * the projected value (how much of what is expected must still go).
 */
export function gapToTarget(projected: number, allowed: number): { gap: number; gapPct: number | null } {
  const gap = round6(projected - allowed);
  return { gap, gapPct: projected > 0 ? round6((gap / projected) * 100) : null };
}
