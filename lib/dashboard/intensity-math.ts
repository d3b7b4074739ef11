import { Decimal } from "@/lib/numbers/decimal";

// Intensities as exact decimals (decimal.js, never floats): emissions over a denominator the organisation
// states (headcount, revenue, a product's functional-unit volume). A missing or zero denominator gives
// null: the screen says what to enter rather than showing a number that means nothing.

/** kg / denominator, 6 significant digits; null without a positive denominator. */
export function perUnit(kg: string, denominator: string | number | null): string | null {
  if (denominator === null) return null;
  const d = new Decimal(denominator);
  if (d.lte(0)) return null;
  return new Decimal(kg).div(d).toSignificantDigits(6).toFixed();
}

/** kg per k€ of revenue (revenue in €). */
export function perThousandEuros(kg: string, revenueEur: string | null): string | null {
  return revenueEur === null ? null : perUnit(kg, new Decimal(revenueEur).div(1000).toFixed());
}

export type TMass = { value: string; unit: "g" | "kg" | "t" };

/** A mass in kg in the unit that reads best: grams under 1 kg, tonnes from 1,000 kg. */
export function readableMass(kg: string): TMass {
  const value = new Decimal(kg);
  if (value.abs().lt(1)) return { value: value.times(1000).toFixed(), unit: "g" };
  if (value.abs().gte(1000)) return { value: value.div(1000).toFixed(), unit: "t" };
  return { value: value.toFixed(), unit: "kg" };
}
