import type { TEmissionLineDraft } from "@/lib/calc/types";

// Test helpers: what one computed activity's drafts add up to, in plain numbers, to state worked examples.
// Not a reporting path: stored lines are aggregated only by lib/reporting (SQL, exact, with uncertainty).

type TDraftKg = Pick<TEmissionLineDraft, "kgCO2e" | "marketKgCO2e" | "scope">;

/** Σ kgCO2e (scope 2 location-based). */
export const kgOf = (lines: readonly TDraftKg[]): number => lines.reduce((sum, l) => sum + l.kgCO2e, 0);

/** Σ kgCO2e with scope 2 market-based (location-based where a line has none). */
export const marketKgOf = (lines: readonly TDraftKg[]): number =>
  lines.reduce((sum, l) => sum + (l.scope === 2 ? (l.marketKgCO2e ?? l.kgCO2e) : l.kgCO2e), 0);
