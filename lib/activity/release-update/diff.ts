import type { TRoundedLines } from "@/lib/activity/lines";
import type { TRecomputePlan } from "@/lib/activity/recompute";
import type { TGhgScope } from "@/lib/calc";
import { compareDecimals, decimalToMicro, microToDecimal, type TDecimalLike } from "@/lib/numbers/decimal";

// Pure comparison of stored lines with recomputed ones, for the release update preview: totals per
// scope and GHG category before and after, and which factors change value.

export type TStoredLine = {
  activityId: string;
  position: number;
  scope: number;
  ghgCategory: number | null;
  kgCO2e: TDecimalLike;
  marketKgCO2e: TDecimalLike | null;
  factorId: string;
  factorValue: TDecimalLike;
};

type TLineForTotals = {
  scope: number;
  ghgCategory: number | null;
  kgCO2e: TDecimalLike | string;
  marketKgCO2e: TDecimalLike | string | null;
};

export type TTotalsView = {
  total: string;
  byScope: Record<`${TGhgScope}`, string>;
  scope2Market: string; // market-based scope 2
  byGhgCategory: Record<string, string>; // scope-3 categories
};

export function totalsOf(lines: Iterable<TLineForTotals>): TTotalsView {
  let total = 0n;
  let market = 0n;
  const byScope: Record<string, bigint> = { 1: 0n, 2: 0n, 3: 0n };
  const byCategory = new Map<number, bigint>();
  for (const l of lines) {
    const kg = decimalToMicro(l.kgCO2e);
    total += kg;
    byScope[l.scope] = (byScope[l.scope] ?? 0n) + kg;
    if (l.scope === 2) market += l.marketKgCO2e === null ? kg : decimalToMicro(l.marketKgCO2e);
    if (l.ghgCategory !== null) byCategory.set(l.ghgCategory, (byCategory.get(l.ghgCategory) ?? 0n) + kg);
  }
  return {
    total: microToDecimal(total),
    byScope: {
      1: microToDecimal(byScope[1] ?? 0n),
      2: microToDecimal(byScope[2] ?? 0n),
      3: microToDecimal(byScope[3] ?? 0n),
    },
    scope2Market: microToDecimal(market),
    byGhgCategory: Object.fromEntries(
      [...byCategory.entries()].sort(([a], [b]) => a - b).map(([c, kg]) => [String(c), microToDecimal(kg)]),
    ),
  };
}

export type TFactorChange = {
  ref: string; // source:sourceId
  from: { factorId: string; value: string } | null;
  to: { factorId: string; value: string } | null;
  activities: number;
};

const refOf = (factorId: string) => factorId.split("@")[0] as string;
const sameValue = (a: string, b: string) => compareDecimals(a, b) === 0;

function factorsOf(lines: readonly { factorId: string; factorValue: TDecimalLike | string }[]) {
  const byRef = new Map<string, { factorId: string; value: string }>();
  for (const l of lines) byRef.set(refOf(l.factorId), { factorId: l.factorId, value: l.factorValue.toString() });
  return byRef;
}

/** Factors whose value changes (or that appear or disappear) for the changed activities, by activity count. */
export function changedFactors(
  changes: readonly { activityId: string; rounded: TRoundedLines }[],
  stored: ReadonlyMap<string, readonly TStoredLine[]>,
): TFactorChange[] {
  const found = new Map<string, TFactorChange>();
  for (const change of changes) {
    const before = factorsOf(stored.get(change.activityId) ?? []);
    const after = factorsOf(change.rounded.lines);
    for (const ref of new Set([...before.keys(), ...after.keys()])) {
      const from = before.get(ref) ?? null;
      const to = after.get(ref) ?? null;
      if (from && to && sameValue(from.value, to.value)) continue; // same value: only the release moved
      const key = `${from?.factorId ?? ""}>${to?.factorId ?? ""}`;
      const entry = found.get(key) ?? { ref, from, to, activities: 0 };
      entry.activities += 1;
      found.set(key, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.activities - a.activities || a.ref.localeCompare(b.ref));
}

/** Lines that differ (value or factor) between the stored and the recomputed lines of changed activities. */
export function changedLineCount(
  changes: readonly { activityId: string; rounded: TRoundedLines }[],
  stored: ReadonlyMap<string, readonly TStoredLine[]>,
): number {
  let count = 0;
  for (const change of changes) {
    const old = stored.get(change.activityId) ?? [];
    const next = change.rounded.lines;
    for (let i = 0; i < Math.max(old.length, next.length); i++) {
      const a = old[i];
      const b = next[i];
      if (!a || !b || a.factorId !== b.factorId || decimalToMicro(a.kgCO2e) !== b.kgMicro) count += 1;
    }
  }
  return count;
}

export type TReleaseDiffSummary = {
  activities: { total: number; changed: number; repointed: number; failed: number };
  lines: { before: number; after: number; changed: number };
  kgCO2e: { before: TTotalsView; after: TTotalsView; delta: string };
  changedFactors: TFactorChange[];
};

export function summarise(plan: TRecomputePlan, storedLines: readonly TStoredLine[]): TReleaseDiffSummary {
  const stored = new Map<string, TStoredLine[]>();
  for (const line of storedLines) {
    const list = stored.get(line.activityId);
    if (list) list.push(line);
    else stored.set(line.activityId, [line]);
  }
  const changes = plan.changes.map((c) => ({ activityId: c.activity.id, rounded: c.rounded }));
  const changedIds = new Set(changes.map((c) => c.activityId));
  const before = totalsOf(storedLines);
  const after = totalsOf([
    ...storedLines.filter((l) => !changedIds.has(l.activityId)),
    ...changes.flatMap((c) => c.rounded.lines),
  ]);
  const emissionsChanged = plan.changes.filter((c) => c.emissionsChanged).length;
  return {
    activities: {
      total: plan.total,
      changed: emissionsChanged,
      repointed: plan.changes.length - emissionsChanged,
      failed: plan.failures.length,
    },
    lines: {
      before: changes.reduce((n, c) => n + (stored.get(c.activityId)?.length ?? 0), 0),
      after: changes.reduce((n, c) => n + c.rounded.lines.length, 0),
      changed: changedLineCount(changes, stored),
    },
    kgCO2e: { before, after, delta: microToDecimal(decimalToMicro(after.total) - decimalToMicro(before.total)) },
    changedFactors: changedFactors(changes, stored),
  };
}
