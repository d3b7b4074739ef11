// The action plan's impact vs effort view: each reduction action placed by its cost (the effort, €) and its
// expected reduction (the impact, tCO2e/yr), the plan split at the medians into four groups. Avoided
// emissions are outside the inventory and never mixed with reductions, so they are not placed; nor are
// abandoned actions, or those without a cost or an expected reduction (listed apart, with the reason).

export type TImpactEffortInput = {
  id: string;
  title: string;
  type: "REDUCTION" | "AVOIDED";
  status: string;
  expectedKg: number | null;
  costEur: number | null;
};
export type TQuadrant = "quickWin" | "majorProject" | "fillIn" | "reconsider";
export type TPlacedAction = { id: string; title: string; tonnes: number; costEur: number; quadrant: TQuadrant };
export type TImpactEffort = {
  placed: TPlacedAction[];
  medians: { tonnes: number; costEur: number } | null;
  missing: { id: string; title: string; reason: "cost" | "expected" }[];
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** High impact is at or above the median reduction; low effort is at or below the median cost. */
export function quadrantOf(tonnes: number, costEur: number, medians: { tonnes: number; costEur: number }): TQuadrant {
  const high = tonnes >= medians.tonnes;
  const cheap = costEur <= medians.costEur;
  if (high) return cheap ? "quickWin" : "majorProject";
  return cheap ? "fillIn" : "reconsider";
}

export function impactEffort(actions: readonly TImpactEffortInput[]): TImpactEffort {
  const candidates = actions.filter((a) => a.type === "REDUCTION" && a.status !== "ABANDONED");
  const missing: TImpactEffort["missing"] = [];
  const complete: { id: string; title: string; tonnes: number; costEur: number }[] = [];
  for (const a of candidates) {
    if (a.expectedKg === null || a.expectedKg <= 0) missing.push({ id: a.id, title: a.title, reason: "expected" });
    else if (a.costEur === null) missing.push({ id: a.id, title: a.title, reason: "cost" });
    else complete.push({ id: a.id, title: a.title, tonnes: a.expectedKg / 1000, costEur: a.costEur });
  }
  if (complete.length === 0) return { placed: [], medians: null, missing };
  const medians = { tonnes: median(complete.map((a) => a.tonnes)), costEur: median(complete.map((a) => a.costEur)) };
  const placed = complete
    .map((a) => ({ ...a, quadrant: quadrantOf(a.tonnes, a.costEur, medians) }))
    .sort((a, b) => b.tonnes - a.tonnes || a.costEur - b.costEur);
  return { placed, medians, missing };
}
