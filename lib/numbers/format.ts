import { parseDecimalText, type TDecimalLike } from "./decimal";

// Numbers and dates as the reader writes them: one place decides the style, every screen uses it.
// Decimal strings go to Intl as strings, so "9500000.00" is never turned into a float on the way.

/** The zone the app shows instants in (also next-intl's timeZone): the organisations are French. */
export const APP_TIME_ZONE = "Europe/Paris";

type TNumberInput = number | bigint | TDecimalLike;
// Intl.NumberFormat reads decimal strings exactly; its typings only know number and bigint.
const intlValue = (value: TNumberInput) => (typeof value === "object" ? value.toString() : value) as number;

// Building an Intl formatter costs far more than formatting with it (a survey feedback page spent most of
// its time there), and one is immutable once built: keep them per locale and options. The keys are few
// (two locales × the options used here); the cap only guards against a caller passing endless variants.
const FORMATTER_CACHE_MAX = 500;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    if (cache.size >= FORMATTER_CACHE_MAX) cache.clear();
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** "9 500 000" (fr) / "9,500,000" (en); up to `maximumFractionDigits` decimals, none forced. */
export function formatNumber(value: TNumberInput, locale: string, maximumFractionDigits = 2): string {
  const number = Number(value.toString());
  // A figure that is not zero never reads "0": 0.0041 kg with 2 decimals shows "0,0041", not "0".
  const vanishes = number !== 0 && Math.abs(number) < 0.5 * 10 ** -maximumFractionDigits;
  const options: Intl.NumberFormatOptions = vanishes ? { maximumSignificantDigits: 2 } : { maximumFractionDigits };
  return numberFormat(locale, options).format(intlValue(value));
}

/**
 * A decimal with every digit it has, trailing zeros included ("1234.50" → "1 234,50" / "1,234.50";
 * "9.56e-7" → "0,000000956"). For published factor values. Text that is not a decimal is shown as it is.
 */
export function formatDecimal(value: TDecimalLike, locale: string): string {
  const text = parseDecimalText(value.toString());
  if (text == null) return value.toString();
  const digits = Math.min(20, text.split(".")[1]?.length ?? 0); // Intl's limit; no stored value has more
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(intlValue(text));
}

/**
 * A life-cycle indicator as printed by its tool, readable when tiny: under 0.001 in scientific notation with
 * up to 3 significant digits ("1.29e-10" → "1,29E-10"; ADP is counted in millionths of kgSbeq), otherwise
 * every digit (formatDecimal).
 */
export function formatIndicator(value: TDecimalLike, locale: string): string {
  const text = parseDecimalText(value.toString());
  if (text == null) return value.toString();
  const magnitude = Math.abs(Number(text));
  if (magnitude === 0 || magnitude >= 0.001) return formatDecimal(text, locale);
  return numberFormat(locale, { notation: "scientific", maximumSignificantDigits: 3 }).format(intlValue(text));
}

/**
 * A number as it goes back into a form field: the locale's separators, every decimal kept and no
 * forced decimals ("9500000.00" → "9 500 000" in French, "1250.5" → "1,250.5" in English).
 * parseUserNumber reads it back to the same value.
 */
export function formatForInput(value: TNumberInput | null | undefined, locale: string): string {
  if (value === null || value === undefined || value.toString() === "") return "";
  return numberFormat(locale, { maximumFractionDigits: 20 }).format(intlValue(value));
}

/** An amount of money in whole units: "9 500 000 €" / "€9,500,000". */
export function formatMoney(value: TNumberInput, currency: string, locale: string): string {
  return numberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(intlValue(value));
}

/** An amount of money to the cent, as accounts print it: "1 234,56 €" / "€1,234.56". */
export function formatAmount(value: TNumberInput, currency: string, locale: string): string {
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: 2 }).format(intlValue(value));
}

/** A share (0.125) as a percentage: "12,5 %" / "12.5%". */
export function formatPercent(
  share: number,
  locale: string,
  { signed = false, fractionDigits = 1, minimumFractionDigits = 0 } = {},
): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(share);
}

const KIB = 1024;

/**
 * A file's size as a file manager shows it: bytes under a kilobyte ("512 octets" / "512 bytes"), then
 * kilobytes and megabytes with one decimal at most ("1,5 ko" / "1.5 kB", "12,3 Mo" / "12.3 MB"). Binary
 * multiples, as the upload limits are counted.
 */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < KIB) {
    return numberFormat(locale, { style: "unit", unit: "byte", unitDisplay: "long" }).format(bytes);
  }
  const [value, unit] = bytes < KIB * KIB ? [bytes / KIB, "kilobyte"] : [bytes / KIB / KIB, "megabyte"];
  return numberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

export type TEmissionUnit = "kg" | "t";
const TONNE_FROM_KG = 1000;

/** The unit a set of figures is shown in: tonnes when the largest of them reaches a tonne. */
export function unitFor(values: ReadonlyArray<TNumberInput>): TEmissionUnit {
  const largest = values.reduce<number>((max, v) => Math.max(max, Math.abs(Number(v.toString())) || 0), 0);
  return largest >= TONNE_FROM_KG ? "t" : "kg";
}

/**
 * "1234567.891" kg in t → "1 234,57" (fr) / "1,234.57" (en); "12.3456" kg in kg → "12.3". A fixed number of
 * decimals per unit (two in tonnes, one in kilograms) so the figures of a table line up; a non-zero figure
 * that would round to zero keeps two significant digits instead. Display only: the float is fine here.
 */
export function formatEmission(kg: TNumberInput, unit: TEmissionUnit, locale: string, { signed = false } = {}): string {
  const value = Number(kg.toString()) / (unit === "t" ? TONNE_FROM_KG : 1);
  const decimals = unit === "t" ? 2 : 1;
  const vanishes = value !== 0 && Math.abs(value) < 0.5 * 10 ** -decimals;
  const options: Intl.NumberFormatOptions = vanishes
    ? { maximumSignificantDigits: 2 }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(locale, { ...options, signDisplay: signed ? "exceptZero" : "auto" }).format(value);
}

/** A relative change: "+7,7 %", "-0.8%", "0 %"; "—" when there is none. */
export function formatChange(change: number | null, locale: string): string {
  return change === null ? "—" : formatPercent(change, locale, { signed: true });
}

type TDateInput = Date | string;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date ("5 déc. 2026" / "Dec 5, 2026"). An instant is shown on its day in the app's time zone; a day
 * without time ("2026-12-05") is read in UTC so it never shifts (date columns come back at UTC midnight,
 * which is the same day in Paris).
 */
export function formatDate(value: TDateInput, locale: string): string {
  const day = typeof value === "string" && ISO_DAY.test(value);
  const date = typeof value === "string" ? new Date(day ? `${value}T00:00:00Z` : value) : value;
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: day ? "UTC" : APP_TIME_ZONE }).format(date);
}

/** An instant ("5 déc. 2026, 09:42" / "Dec 5, 2026, 9:42 AM"), in the app's time zone. */
export function formatDateTime(value: TDateInput, locale: string, timeZone: string = APP_TIME_ZONE): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
