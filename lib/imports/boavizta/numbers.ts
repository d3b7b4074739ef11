import { parseDecimalText } from "@/lib/numbers/decimal";
import { BoaviztaParseError } from "./errors";

// Figures as the tool printed them. JSON.parse gives binary floats; their shortest round-trip text
// (String(n)) is exactly the literal the tool wrote for any literal of ≤ 17 significant digits, which is
// all Python's and Rust's JSON writers print — so "0.009430000000000001" stays that, and 1100.0 is "1100".

/** A non-negative number read from a file, as plain decimal text; `where` names it in the error. */
export function exactNumber(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new BoaviztaParseError("boaviztaInvalidNumber", { where, value: String(n) });
  return exactText(String(n), where);
}

/** Decimal text (point or comma, exponent allowed) as plain non-negative decimal text. */
export function exactText(text: string, where: string): string {
  const plain = parseDecimalText(text);
  if (plain == null) throw new BoaviztaParseError("boaviztaInvalidNumber", { where, value: text });
  if (plain.startsWith("-") && /[1-9]/.test(plain))
    throw new BoaviztaParseError("boaviztaNegative", { where, value: text });
  return stripZeros(plain.replace(/^[+-]/, ""));
}

/** "1100.0" → "1100", "0.50" → "0.5": equal values print the same. */
function stripZeros(plain: string): string {
  return plain.includes(".") ? plain.replace(/\.?0+$/, "") : plain;
}
