import { PRESET_ANNUAL_RATE, presetMinimumPct } from "@/lib/targets/path";

// Warnings a target earns (pure). SBTi near-term criteria: a 1.5 °C / well-below 2 °C target cuts at least
// 4.2 / 2.5 % of base-year emissions per year; when scope 3 is at least 40 % of the total, some target
// must cover at least two thirds of scope 3.

export const SCOPE3_SHARE_THRESHOLD = 0.4;
export const SCOPE3_COVERAGE_MINIMUM = 2 / 3;

export type TTargetWarning =
  { code: "belowPreset"; minimumPct: number } | { code: "scope3Uncovered"; scope3Share: number; bestCoverage: number };

export function presetWarning(target: {
  preset: string;
  baseYear: number;
  targetYear: number;
  reductionPct: number;
}): TTargetWarning | null {
  if (!(target.preset in PRESET_ANNUAL_RATE)) return null;
  const minimumPct = presetMinimumPct(
    target.preset as keyof typeof PRESET_ANNUAL_RATE,
    target.baseYear,
    target.targetYear,
  );
  return target.reductionPct + 1e-9 < minimumPct ? { code: "belowPreset", minimumPct } : null;
}

/**
 * The organisation-level scope 3 check. `byPost` is the base year's kg per post key ("scope1", "3.6"…);
 * each target's coverage of scope 3 = the kg of its scope-3 posts / all scope 3 (sites narrowing a target
 * are taken into account by the caller through `coveredScope3Kg`).
 */
export function scope3Warning(byPost: Record<string, number>, coveredScope3Kg: number[]): TTargetWarning | null {
  const total = Object.values(byPost).reduce((s, v) => s + v, 0);
  const scope3 = Object.entries(byPost)
    .filter(([key]) => key.startsWith("3."))
    .reduce((s, [, v]) => s + v, 0);
  if (total <= 0 || scope3 / total < SCOPE3_SHARE_THRESHOLD) return null;
  const bestCoverage = Math.max(0, ...coveredScope3Kg.map((kg) => kg / scope3));
  return bestCoverage + 1e-9 >= SCOPE3_COVERAGE_MINIMUM
    ? null
    : { code: "scope3Uncovered", scope3Share: scope3 / total, bestCoverage };
}
