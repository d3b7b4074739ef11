import { coveredKg } from "@/lib/targets/posts";

// An action's expected annual reduction in kg: typed in tCO2e, or as a % of its linked posts' latest
// emissions (converted here, and shown converted). Null when nothing was typed.
export function expectedKgOf(
  action: { expectedUnit: "TCO2E" | "PERCENT"; expectedValue: { toString(): string } | null; posts: string[] },
  latestByPost: Record<string, number>,
): number | null {
  if (action.expectedValue === null) return null;
  const value = Number(action.expectedValue.toString());
  if (action.expectedUnit === "TCO2E") return Math.round(value * 1000 * 1e6) / 1e6;
  return Math.round(((coveredKg(latestByPost, action.posts) * value) / 100) * 1e6) / 1e6;
}
