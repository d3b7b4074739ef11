import { ZId, z } from "@/lib/validation";

// Ids ticked in a group of checkboxes: react-hook-form gives a lone checkbox's value (or false), several
// as an array; the same list either way.
export const zIdList = () =>
  z.preprocess(
    (v) => (v === false || v === undefined || v === null ? [] : typeof v === "string" ? [v] : v),
    z.array(ZId).max(200),
  );

// The posts a target covers or an action is linked to: the reporting layer's GHG keys (yearOverYear's
// `ghg[].key`, the dashboard's categories): scope 1, scope 2, and each scope-3 category.
export const SCOPE3_POSTS = Array.from({ length: 15 }, (_, i) => `3.${i + 1}`);
export const POST_KEYS = ["scope1", "scope2", ...SCOPE3_POSTS] as const;
export type TPostKey = string;

export const postOf = (scope: number, ghgCategory: number | null): TPostKey =>
  scope === 3 ? `3.${ghgCategory}` : `scope${scope}`;

/** Σ kg of the posts a coverage lists, over a period's kg by post. */
export function coveredKg(byPost: Record<string, number>, posts: readonly string[]): number {
  return posts.reduce((sum, post) => sum + (byPost[post] ?? 0), 0);
}
