import { Decimal } from "@/lib/numbers/decimal";

// Splits an amount of kgCO2e among products in proportion to weights, exactly: the amount is counted in
// whole milligrams (stored lines are numeric(20, 6) kg, so a milligram is their smallest unit) and split by
// the largest-remainder method, so the parts always add up to the amount to the milligram — rounding never
// creates nor loses emissions. Weights are decimals (revenue €, headcount, %, Boavizta kg) with ≤ 6 decimals.

export type TWeight = { productId: string; weight: string };
export type TShare = { productId: string; weight: string; share: string; kg: string };

const SCALE = 1_000_000n;

/** Decimal text with at most 6 decimals → integer millionths (BigInt), rounded half-up beyond that. */
export function toMillionths(value: string): bigint {
  return BigInt(new Decimal(value).times(1_000_000).toDecimalPlaces(0).toFixed(0));
}

/** Integer millionths → decimal text with 6 decimals ("-1500000" → "-1.500000"). */
export function fromMillionths(value: bigint): string {
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / SCALE}.${(abs % SCALE).toString().padStart(6, "0")}`;
}

/**
 * Splits `amountKg` by `weights` (negative weights are refused; zero weights get nothing). Returns null
 * when the weights sum to zero: nothing can be allocated, the caller shows the amount as unallocated.
 * Shares are weight / Σ weights (exact decimal text, 6 places, for display); kg add up to the amount exactly.
 */
export function splitByWeights(amountKg: string, weights: TWeight[]): TShare[] | null {
  const w = weights.map((x) => toMillionths(x.weight));
  if (w.some((x) => x < 0n)) throw new Error("negative allocation weight");
  const total = w.reduce((a, b) => a + b, 0n);
  if (total === 0n) return null;
  const amount = toMillionths(amountKg);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const parts = w.map((x, i) => ({ i, weight: x, part: (abs * x) / total, remainder: (abs * x) % total }));
  let left = abs - parts.reduce((a, p) => a + p.part, 0n);
  // Hand the milligrams lost to flooring to the largest remainders (first listed wins a tie): fewer are left
  // than there are non-zero remainders, so a zero weight never receives one.
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1,
  );
  for (const p of byRemainder) {
    if (left === 0n) break;
    p.part += 1n;
    left -= 1n;
  }
  return weights.map((x, i) => {
    const { weight, part } = parts[i]!;
    return {
      productId: x.productId,
      weight: x.weight,
      share: new Decimal(weight.toString()).div(total.toString()).toFixed(6),
      kg: fromMillionths(negative ? -part : part),
    };
  });
}
