import { z } from "zod";
import { ZFactorUnit, type TFactorUnit } from "@/lib/factors/record";
import raw from "./units.json";

const ZAdemeUnits = z.object({
  $comment: z.string(),
  mapped: z.record(z.string().min(1), ZFactorUnit),
  notShipped: z.array(z.string().min(1)),
});
const UNITS = ZAdemeUnits.parse(raw);
const NOT_SHIPPED = new Set(UNITS.notShipped);

// GWP tables ("PRG" elements) are published without a unit: each value is kgCO2e per kg of gas emitted.
export const GWP_UNIT_LABEL = "kgCO2e/kg (PRG)";

/**
 * The canonical unit of an ADEME unit string: a FACTOR_UNITS value, null when the unit is known but has
 * no canonical equivalent (such elements are never shipped), undefined when the string is unknown.
 */
export function mapAdemeUnit(label: string): TFactorUnit | null | undefined {
  if (Object.hasOwn(UNITS.mapped, label)) return UNITS.mapped[label];
  return NOT_SHIPPED.has(label) ? null : undefined;
}
