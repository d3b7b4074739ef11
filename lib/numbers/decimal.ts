import DecimalJs from "decimal.js";

// The one exact-decimal module. Factor values and stored kgCO2e stay decimal strings end to end, so
// published and stored digits survive: arithmetic on them goes through decimal.js, never a binary float.
// A private constructor with enough precision for numeric(20, 6) and 15-digit factors times powers of ten.
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Anything that prints as a decimal: a string, a Prisma.Decimal, a decimal.js value. */
export type TDecimalLike = { toString(): string };

// Published decimal text: a sign, digits, a point or a comma, an exponent. Nothing else (no "Infinity", no hex).
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

const plain = (d: Decimal, places?: number): string => {
  const text = places === undefined ? d.toFixed() : d.toFixed(places);
  return d.isZero() ? text.replace(/^-/, "") : text; // no "-0"
};

/**
 * Reads a published decimal as text: accepts a comma or a point as decimal separator and an exponent,
 * returns plain notation with a point ("0,0519" → "0.0519", "9.56e-7" → "0.000000956"), keeping every
 * published digit (trailing zeros included: "3,10" → "3.10"). Empty → null; anything else → undefined.
 */
export function parseDecimalText(text: string): string | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const m = DECIMAL_TEXT.exec(t);
  if (!m) return undefined;
  const [, sign = "", int = "", frac = "", exp] = m;
  if (int === "" && frac === "") return undefined;
  const exponent = exp ? Number(exp) : 0;
  const value = new Decimal(`${sign}${int || "0"}.${frac || "0"}e${exponent}`);
  return plain(value, Math.max(0, frac.length - exponent));
}

/**
 * A spreadsheet number as the decimal the publisher typed. Excel keeps 15 significant digits, so
 * rounding there removes binary noise (0.13388999999999998 → "0.13389") and leaves 0.0519 as "0.0519".
 */
export function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return plain(new Decimal(n.toPrecision(15)));
}

function toDecimal(value: TDecimalLike): Decimal {
  const text = parseDecimalText(value.toString());
  if (text == null) throw new Error(`not a decimal: ${value.toString()}`);
  return new Decimal(text);
}

/** True when the text is a decimal this module reads. */
export const isDecimalText = (text: string): boolean => parseDecimalText(text) != null;

/** value × 10^power, exactly, without trailing zeros ("9.26934695867389", -3 → "0.00926934695867389"). */
export function shiftDecimal(value: TDecimalLike, power: number): string {
  return plain(toDecimal(value).times(new Decimal(10).pow(power)));
}

/** Exact sum of decimals, without trailing zeros ("170", "12.3", "2.79" → "185.09"; none → "0"). */
export function sumDecimals(values: Iterable<TDecimalLike>): string {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(toDecimal(v));
  return plain(total);
}

/** Exact a − b, without trailing zeros. */
export function subtractDecimals(a: TDecimalLike, b: TDecimalLike): string {
  return plain(toDecimal(a).minus(toDecimal(b)));
}

/** Numeric comparison of two decimals: "3.10" equals "3.1". */
export function compareDecimals(a: TDecimalLike, b: TDecimalLike): -1 | 0 | 1 {
  return toDecimal(a).comparedTo(toDecimal(b)) as -1 | 0 | 1;
}

/** Rounded to `places` decimals (half away from zero), printed with exactly that many ("2.675", 2 → "2.68"). */
export function roundDecimal(value: TDecimalLike, places: number): string {
  return plain(toDecimal(value).toDecimalPlaces(places), places);
}

// Stored kgCO2e columns are numeric(20, 6): sums and roundings there are in whole micro-units.
const MICRO_PLACES = 6;

// A double as JavaScript prints it without an exponent. decimal.js reads a number through the same text,
// so the fast paths below give exactly its results, with string and BigInt work only (rounding a million
// engine lines with decimal.js cost seconds).
const PLAIN_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Half rounded up (toward +∞): a positive value goes away from zero from .5, a negative one beyond .5. */
const roundsAway = (negative: boolean, rest: string): boolean =>
  negative ? rest[0]! > "5" || (rest[0] === "5" && /[1-9]/.test(rest.slice(1))) : rest[0]! >= "5";

/** A float (an engine result in kg) → whole micro-units, half rounded up ("157.20000000000002" → 157200000n). */
export function toMicro(value: number): bigint {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const m = PLAIN_NUMBER.exec(String(value));
  if (!m) return BigInt(plain(new Decimal(value).times(1_000_000).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL)));
  const [, sign, int = "0", frac = ""] = m;
  let micro = BigInt(int + frac.slice(0, MICRO_PLACES).padEnd(MICRO_PLACES, "0"));
  const rest = frac.slice(MICRO_PLACES);
  if (rest !== "" && roundsAway(sign === "-", rest)) micro += 1n;
  return sign === "-" ? -micro : micro;
}

/** A decimal (stored value, text) → whole micro-units, exactly for up to six decimals. */
export function decimalToMicro(value: TDecimalLike): bigint {
  return BigInt(plain(toDecimal(value).times(1_000_000).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL)));
}

/** Whole micro-units → "123.456789" (always six decimals, as numeric(20, 6) prints). */
export function microToDecimal(micro: bigint): string {
  const negative = micro < 0n;
  const digits = (negative ? -micro : micro).toString().padStart(MICRO_PLACES + 1, "0");
  const text = `${digits.slice(0, -MICRO_PLACES)}.${digits.slice(-MICRO_PLACES)}`;
  return negative ? `-${text}` : text;
}
