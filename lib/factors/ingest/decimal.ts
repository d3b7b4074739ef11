// Exact decimal-string helpers. Factor values stay strings end to end, so published digits survive:
// no arithmetic here ever goes through a binary float.

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?$/;

/** Expands `[-]digits[.digits][e±n]` into plain notation without touching the digits. */
function toPlain(sign: string, intPart: string, fracPart: string, exp: number): string {
  let digits = intPart + fracPart;
  let point = intPart.length + exp; // position of the decimal point inside `digits`
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + "0".repeat(point - digits.length);
  }
  let int = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point);
  if (int === "") int = "0";
  const out = frac.length > 0 ? `${int}.${frac}` : int;
  return sign === "-" && /[1-9]/.test(out) ? `-${out}` : out;
}

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
  return toPlain(sign, int === "" ? "0" : int, frac, exp ? Number(exp) : 0);
}

/**
 * A spreadsheet number as the decimal the publisher typed. Excel keeps 15 significant digits, so
 * rounding there removes binary noise (0.13388999999999998 → "0.13389") and leaves 0.0519 as "0.0519".
 */
export function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const shortest = String(Number(n.toPrecision(15)));
  const parsed = parseDecimalText(shortest);
  if (parsed == null) throw new Error(`cannot render ${n} as a decimal`);
  return parsed === "-0" ? "0" : parsed;
}

/** value × 10^power, exactly ("9.26934695867389", -3 → "0.00926934695867389"). */
export function shiftDecimal(value: string, power: number): string {
  const m = DECIMAL_TEXT.exec(value);
  if (!m) throw new Error(`not a decimal: ${value}`);
  const [, sign = "", int = "0", frac = "", exp] = m;
  return stripTrailingZeros(toPlain(sign, int || "0", frac, (exp ? Number(exp) : 0) + power));
}

function stripTrailingZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

function toScaled(value: string, scale: number): bigint {
  const plain = parseDecimalText(value);
  if (plain == null) throw new Error(`not a decimal: ${value}`);
  const neg = plain.startsWith("-");
  const [int = "0", frac = ""] = plain.replace(/^-/, "").split(".");
  const n = BigInt(int + frac.padEnd(scale, "0"));
  return neg ? -n : n;
}

function fractionDigits(value: string): number {
  const plain = parseDecimalText(value) ?? "0";
  return plain.split(".")[1]?.length ?? 0;
}

/** Exact sum of decimal strings, without trailing zeros ("170", "12.3", "2.79" → "185.09"). */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map(fractionDigits));
  const total = values.reduce((acc, v) => acc + toScaled(v, scale), 0n);
  const neg = total < 0n;
  const digits = (neg ? -total : total).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return `${neg ? "-" : ""}${stripTrailingZeros(scale > 0 ? `${int}.${frac}` : int)}`;
}
