import type { TGhgScope } from "@/lib/calc/mapping-schemas";
import type { TEmissionLineDraft } from "@/lib/calc/types";

// Uncertainty rules (methodology.md): a line's relative uncertainty is √(u_activity² + u_factor²);
// independent lines add absolute uncertainties in quadrature. A factor without published uncertainty is
// *unknown*, not zero: it adds nothing, the line is flagged, and totals state the share of emissions
// whose uncertainty is known. Lines of one activity share its quantity (and usually one factor), so they
// are fully correlated: their absolute uncertainties add linearly before entering the quadrature.

export function lineRelativeUncertainty(activityPct: number | null | undefined, factorPct: number | null): number {
  const a = activityPct ?? 0;
  const f = factorPct ?? 0;
  return Math.sqrt(a * a + f * f);
}

export function quadratureSum(values: Iterable<number>): number {
  let squares = 0;
  for (const v of values) squares += v * v;
  return Math.sqrt(squares);
}

// The fields totals need: drafts and persisted lines both qualify.
export type TSummableLine = Pick<
  TEmissionLineDraft,
  | "kgCO2e"
  | "marketKgCO2e"
  | "scope"
  | "ghgCategory"
  | "begesPoste"
  | "co2b"
  | "uncertaintyPct"
  | "factorUncertaintyKnown"
  | "correlationKey"
>;

export interface TLineTotals {
  readonly lineCount: number;
  readonly totalKgCO2e: number; // scope 2 location-based
  readonly totalMarketKgCO2e: number; // scope 2 market-based
  readonly byScope: Readonly<Record<TGhgScope, number>>; // scope 2 location-based
  readonly scope2MarketKgCO2e: number;
  readonly byGhgCategory: Readonly<Record<number, number>>; // scope-3 categories
  readonly byBegesPoste: Readonly<Record<string, number>>;
  readonly biogenicCo2Kg: number; // reported beside the totals, never in them
  readonly uncertaintyKgCO2e: number; // ± absolute, on the location-based total
  readonly uncertaintyPct: number | null; // relative to the total (null when the total is 0)
  readonly knownUncertaintyShare: number | null; // share of |emissions| whose factor uncertainty is known
}

export function sumLines(lines: Iterable<TSummableLine>): TLineTotals {
  const byScope = { 1: 0, 2: 0, 3: 0 };
  const byGhgCategory: Record<number, number> = {};
  const byBegesPoste: Record<string, number> = {};
  const absoluteByGroup = new Map<string, number>();
  let groupKey: string | undefined;
  let groupAbsolute = 0;
  let lineCount = 0;
  let scope2Market = 0;
  let biogenic = 0;
  let magnitude = 0;
  let knownMagnitude = 0;
  for (const line of lines) {
    lineCount += 1;
    const kg = line.kgCO2e;
    byScope[line.scope] += kg;
    if (line.scope === 2) scope2Market += line.marketKgCO2e ?? kg;
    if (line.ghgCategory !== null) byGhgCategory[line.ghgCategory] = (byGhgCategory[line.ghgCategory] ?? 0) + kg;
    byBegesPoste[line.begesPoste] = (byBegesPoste[line.begesPoste] ?? 0) + kg;
    if (line.co2b !== null) biogenic += line.co2b;
    const size = Math.abs(kg);
    magnitude += size;
    if (line.factorUncertaintyKnown) knownMagnitude += size;
    // Lines of one activity usually come together: accumulate the run, touch the map once per run.
    if (line.correlationKey !== groupKey) {
      if (groupKey !== undefined) absoluteByGroup.set(groupKey, (absoluteByGroup.get(groupKey) ?? 0) + groupAbsolute);
      groupKey = line.correlationKey;
      groupAbsolute = 0;
    }
    groupAbsolute += (size * line.uncertaintyPct) / 100;
  }
  if (groupKey !== undefined) absoluteByGroup.set(groupKey, (absoluteByGroup.get(groupKey) ?? 0) + groupAbsolute);
  const total = byScope[1] + byScope[2] + byScope[3];
  const uncertaintyKgCO2e = quadratureSum(absoluteByGroup.values());
  return {
    lineCount,
    totalKgCO2e: total,
    totalMarketKgCO2e: byScope[1] + scope2Market + byScope[3],
    byScope,
    scope2MarketKgCO2e: scope2Market,
    byGhgCategory,
    byBegesPoste,
    biogenicCo2Kg: biogenic,
    uncertaintyKgCO2e,
    uncertaintyPct: total === 0 ? null : (uncertaintyKgCO2e / Math.abs(total)) * 100,
    knownUncertaintyShare: magnitude === 0 ? null : knownMagnitude / magnitude,
  };
}
