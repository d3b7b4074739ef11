import { isKnownUnit, normalizeUnit } from "@/lib/calc";

/**
 * The unit a stored line shows in the form's unit select. Lines may store a spelling ("k€", "€") where the
 * select lists canonical codes ("kEUR", "EUR"): showing the spelling would leave the select on its first
 * option, and saving would silently change the unit (14.4 k€ becoming 14.4 €).
 */
export function formUnitOf(stored: string, offered: readonly string[]): string {
  if (offered.includes(stored) || !isKnownUnit(stored)) return stored;
  const canonical = normalizeUnit(stored);
  return offered.includes(canonical) ? canonical : stored;
}
