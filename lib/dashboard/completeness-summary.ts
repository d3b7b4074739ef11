import type { TCompletenessRow, TCompletenessState } from "@/lib/completeness/cells";
import type { TNotationKeyKind } from "@/lib/notation-keys/schemas";

// The overview's line on completeness: how many data-entry categories are in each state for the period,
// and the organisation-wide notation keys, so "no data" is never read as "zero".

export type TCompletenessSummary = {
  categories: number;
  byState: Record<TCompletenessState, number>;
  notationKeys: { category: string; kind: TNotationKeyKind }[];
};

export function completenessSummary(rows: readonly TCompletenessRow[]): TCompletenessSummary {
  const byState: Record<TCompletenessState, number> = {
    validated: 0,
    submitted: 0,
    inProgress: 0,
    notStarted: 0,
    notationKey: 0,
  };
  for (const row of rows) byState[row.state] += 1;
  return {
    categories: rows.length,
    byState,
    notationKeys: rows.flatMap((r) => (r.notationKey ? [{ category: r.category, kind: r.notationKey.kind }] : [])),
  };
}
