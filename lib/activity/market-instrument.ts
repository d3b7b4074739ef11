import type { TMarketInstrument } from "@/lib/calc";
import { parseUserNumber } from "@/lib/numbers/user-number";
import { optionalText, requiredText, z } from "@/lib/validation";

// Scope-2 market-based instruments as people enter them, for a site (its electricity supply) or one
// activity (which overrides the site's), and their translation into the engine's ZMarketInstrument.
// Pure: used by the forms and the server.

export const MARKET_INSTRUMENT_KINDS = ["supplier", "guarantee_of_origin", "residual_mix"] as const;
export type TMarketInstrumentKind = (typeof MARKET_INSTRUMENT_KINDS)[number];

export const MARKET_INSTRUMENT_MESSAGES = {
  factor: "activity.validation.instrumentFactor",
} as const;

const FACTOR = /^\d{1,3}(\.\d{1,9})?$/; // kgCO2e/kWh: 0 … 999, never negative

// Typed in the user's locale ("0,052" or "0.052") or stored as a decimal string.
const factorText = (locale: string) =>
  z.preprocess(
    (v) => (typeof v === "number" ? String(v) : typeof v === "string" ? (parseUserNumber(v, locale) ?? "x") : v),
    z.string({ error: MARKET_INSTRUMENT_MESSAGES.factor }).regex(FACTOR, { error: MARKET_INSTRUMENT_MESSAGES.factor }),
  );

/**
 * - `supplier`: the supplier's contractual emission factor (kgCO2e/kWh), basis contractual;
 * - `guarantee_of_origin`: renewable electricity covered by guarantees of origin: contractual 0, with the
 *   certificate (or contract) reference;
 * - `residual_mix`: the residual mix of the country (e.g. AIB's), basis residual-mix.
 */
export const zMarketInstrument = (locale = "fr") =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("supplier"),
      kgCO2ePerKWh: factorText(locale),
      supplier: optionalText(120),
    }),
    z.strictObject({
      kind: z.literal("guarantee_of_origin"),
      certificateRef: requiredText(120),
      supplier: optionalText(120),
    }),
    z.strictObject({
      kind: z.literal("residual_mix"),
      kgCO2ePerKWh: factorText(locale),
      supplier: optionalText(120), // the publisher of the residual mix, e.g. "AIB 2024"
    }),
  ]);
export const ZMarketInstrumentInput = zMarketInstrument();
export type TMarketInstrumentInput = z.output<typeof ZMarketInstrumentInput>;

/** The stored JSON (site or activity column) → the engine's instrument; null when none or unreadable. */
export function engineInstrument(stored: unknown): TMarketInstrument | null {
  if (stored === null || stored === undefined) return null;
  const parsed = ZMarketInstrumentInput.safeParse(stored);
  if (!parsed.success) return null;
  const i = parsed.data;
  switch (i.kind) {
    case "supplier":
      return {
        kgCO2ePerUnit: Number(i.kgCO2ePerKWh),
        unit: "kWh",
        basis: "contractual",
        ...(i.supplier ? { label: i.supplier } : {}),
      };
    case "guarantee_of_origin":
      return { kgCO2ePerUnit: 0, unit: "kWh", basis: "contractual", label: `GO ${i.certificateRef}` };
    case "residual_mix":
      return {
        kgCO2ePerUnit: Number(i.kgCO2ePerKWh),
        unit: "kWh",
        basis: "residual-mix",
        ...(i.supplier ? { label: i.supplier } : {}),
      };
  }
}
