import type { TPathPoint } from "@/lib/targets/path";
import { coveredKg } from "@/lib/targets/posts";

// The projected path (pure): the latest measured emissions, minus the expected annual reduction of each
// planned action from the year it starts. An action linked to posts partly outside a target counts pro
// rata of its posts' latest emissions inside the target. Avoided emissions never count (they are outside
// the inventory), nor ideas or abandoned actions, nor done actions already reflected in the latest period.

export type TProjectedAction = {
  type: "REDUCTION" | "AVOIDED";
  status: "IDEA" | "PLANNED" | "IN_PROGRESS" | "DONE" | "ABANDONED";
  posts: string[];
  expectedKg: number | null;
  startYear: number | null;
  endYear: number | null;
};

export function countsInProjection(action: TProjectedAction, latestYear: number): boolean {
  if (action.type !== "REDUCTION" || !action.expectedKg || action.expectedKg <= 0) return false;
  if (action.status === "PLANNED" || action.status === "IN_PROGRESS") return true;
  // Done before or during the latest period: its effect is already in the measured figures.
  return action.status === "DONE" && action.endYear !== null && action.endYear > latestYear;
}

/** The share of an action's reduction that falls in a target's posts, by its posts' latest kg. */
export function shareInTarget(actionPosts: string[], targetPosts: string[], latestByPost: Record<string, number>) {
  const inside = actionPosts.filter((p) => targetPosts.includes(p));
  if (inside.length === 0) return 0;
  const all = coveredKg(latestByPost, actionPosts);
  return all > 0 ? coveredKg(latestByPost, inside) / all : inside.length / actionPosts.length;
}

export function projectedPath(
  latest: { year: number; kg: number },
  untilYear: number,
  actions: TProjectedAction[],
  targetPosts: string[],
  latestByPost: Record<string, number>,
): TPathPoint[] {
  const counted = actions
    .filter((a) => countsInProjection(a, latest.year))
    .map((a) => ({
      kg: (a.expectedKg ?? 0) * shareInTarget(a.posts, targetPosts, latestByPost),
      from: Math.max(a.startYear ?? latest.year + 1, latest.year + 1),
    }));
  const points: TPathPoint[] = [{ year: latest.year, value: latest.kg }];
  for (let year = latest.year + 1; year <= untilYear; year++) {
    const cut = counted.filter((a) => a.from <= year).reduce((s, a) => s + a.kg, 0);
    points.push({ year, value: Math.round(Math.max(0, latest.kg - cut) * 1e6) / 1e6 });
  }
  return points;
}
