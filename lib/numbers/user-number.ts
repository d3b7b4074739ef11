import { parseDecimalText } from "./decimal";

// What a person typed in a number field, read the way their language writes numbers:
//   French  — "1 250,5", "1 250,5", "1 250,5" (space, no-break or narrow no-break space between thousands),
//             "1250,5", and "1250.5" (the numeric keypad's point): a comma or a point is the decimal mark.
//   English — "1,250.5", "1 250.5", "1250.5": a comma groups thousands, the point is the decimal mark.
// Thousands groups must have three digits, so a slip ("1,25" in English, "12 50") is refused rather than
// guessed. Refused as well: exponents ("1e3"), percent signs, currency symbols, two decimal marks
// ("1,250.5" in French is ambiguous: is the comma a decimal mark?). A leading "+", "-" or "−" is a sign.

export type TNumberLocale = "fr" | "en";

/** The number rules for a locale tag: English for "en", "en-GB"…; French for everything else. */
export const numberLocaleOf = (locale: string): TNumberLocale => (locale.toLowerCase().startsWith("en") ? "en" : "fr");

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const FR = /^([+-]?)(\d{1,3}(?: \d{3})+|\d*)(?:[.,](\d+))?$/;
const EN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d*)(?:\.(\d+))?$/;

/**
 * The decimal a person typed, in plain notation with a point ("1 250,5" → "1250.5", "-0,50" → "-0.50");
 * every typed digit kept. Null when the text is not a number in that locale (empty text included).
 */
export function parseUserNumber(text: string, locale: string): string | null {
  const typed = text
    .trim()
    .replace(SPACES, " ")
    .replace(/^\u2212/, "-");
  const match = (numberLocaleOf(locale) === "en" ? EN : FR).exec(typed);
  if (!match) return null;
  const [, sign = "", int = "", frac = ""] = match;
  if (int === "" && frac === "") return null;
  return parseDecimalText(`${sign}${int.replace(/[ ,]/g, "") || "0"}${frac ? `.${frac}` : ""}`) ?? null;
}
