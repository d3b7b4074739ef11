// One spelling per unit in the interface (units.json), in the user's language: publishers write
// "kgCO2e/KWh PCI", "kg CO2e/kWh (Net CV)" or "kgCO2e/litre" for the same canonical units.
import { z } from "zod";
import raw from "@/lib/factors/labels/units.json";
import { FACTOR_UNITS, type TFactorUnit } from "@/lib/factors/record";
import type { Locale } from "@/i18n/config";

const ZLabel = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const ZUnitLabels = z.object({
  $comment: z.string(),
  units: z.record(z.enum(FACTOR_UNITS), ZLabel),
  monetary: z.object({ exclVat: ZLabel }),
});
const LABELS = ZUnitLabels.parse(raw);

const isFactorUnit = (unit: string): unit is TFactorUnit => (FACTOR_UNITS as readonly string[]).includes(unit);

/** "kWh_PCI" → "kWh PCI" (fr) / "kWh NCV" (en); an unknown unit as it is. */
export function unitName(unit: string, locale: Locale): string {
  return isFactorUnit(unit) ? (LABELS.units[unit]?.[locale] ?? unit) : unit;
}

/**
 * A factor's unit as the interface writes it: "kgCO2e/litre", "kgCO2e/kWh PCI". Spend-based ratios keep
 * what the publisher's label adds: VAT excluded and the currency year ("kgCO2e/k€ HT (2023)").
 */
export function factorUnitLabel(factor: { unit: string; unitLabel?: string | null }, locale: Locale): string {
  const base = `kgCO2e/${unitName(factor.unit, locale)}`;
  if (factor.unit !== "kEUR" && factor.unit !== "EUR") return base;
  const published = factor.unitLabel ?? "";
  const vat = /\bHT\b/.test(published) ? ` ${LABELS.monetary.exclVat[locale]}` : "";
  const year = /\((\d{4})\)/.exec(published)?.[1];
  return `${base}${vat}${year ? ` (${year})` : ""}`;
}
