import type { TRoundedLines } from "@/lib/activity/lines";
import type { TGhgScope } from "@/lib/calc";
import { decimalToMicro, microToDecimal, type TDecimalLike } from "@/lib/numbers/decimal";

// Exact sums of stored kgCO2e (numeric(20, 6)) for audit rows and summaries: in integer micro-kg, so
// the totals written next to a change are the sums of the stored values, digit for digit.

export function sumKg(values: Iterable<TDecimalLike>): string {
  let total = 0n;
  for (const v of values) total += decimalToMicro(v);
  return microToDecimal(total);
}

export type TActivityTotals = { kgCO2e: string; lines: number; byScope: Record<`${TGhgScope}`, string> };

export function sumTotals(lines: readonly { scope: number; kgCO2e: TDecimalLike }[]): TActivityTotals {
  const byScope = { 1: 0n, 2: 0n, 3: 0n } as Record<number, bigint>;
  let total = 0n;
  for (const line of lines) {
    const micro = decimalToMicro(line.kgCO2e);
    total += micro;
    byScope[line.scope] = (byScope[line.scope] ?? 0n) + micro;
  }
  return {
    kgCO2e: microToDecimal(total),
    lines: lines.length,
    byScope: {
      1: microToDecimal(byScope[1] ?? 0n),
      2: microToDecimal(byScope[2] ?? 0n),
      3: microToDecimal(byScope[3] ?? 0n),
    },
  };
}

export function lineTotals(rounded: TRoundedLines): TActivityTotals {
  return sumTotals(rounded.lines);
}
