// Display helpers for emission totals in the release update preview. Totals arrive as decimal strings
// of kgCO2e (exact sums of stored lines); they are shown rounded, in the reader's locale, in tonnes once
// they are large enough for kilograms to be noise.

export type TEmissionUnit = "kg" | "t";

const TONNE_FROM_KG = 1000;

/** The unit a set of figures is shown in: tonnes when the largest of them reaches a tonne. */
export function unitFor(values: ReadonlyArray<string | number>): TEmissionUnit {
  const largest = values.reduce<number>((max, v) => Math.max(max, Math.abs(Number(v)) || 0), 0);
  return largest >= TONNE_FROM_KG ? "t" : "kg";
}

function inUnit(kg: string | number, unit: TEmissionUnit): number {
  const value = Number(kg);
  return unit === "t" ? value / TONNE_FROM_KG : value;
}

/**
 * "1234567.891" kg in t → "1 234,57" (fr) / "1,234.57" (en); "12.3456" kg in kg → "12.3". A fixed number of
 * decimals per unit (two in tonnes, one in kilograms) so the figures of a table line up; a non-zero figure
 * that would round to zero keeps two significant digits instead.
 */
export function formatEmission(
  kg: string | number,
  unit: TEmissionUnit,
  locale: string,
  { signed = false } = {},
): string {
  const value = inUnit(kg, unit);
  const decimals = unit === "t" ? 2 : 1;
  const vanishes = value !== 0 && Math.abs(value) < 0.5 * 10 ** -decimals;
  const options: Intl.NumberFormatOptions = vanishes
    ? { maximumSignificantDigits: 2 }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return new Intl.NumberFormat(locale, { ...options, signDisplay: signed ? "exceptZero" : "auto" }).format(value);
}

/** The change from `before` to `after`, as a decimal string of kgCO2e (exact on the six stored decimals). */
export function deltaKg(before: string, after: string): string {
  const micro = (text: string): bigint => {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!match) return BigInt(Math.round(Number(text) * 1e6));
    const [, sign, whole = "0", fraction = ""] = match;
    const value = BigInt(`${whole}${fraction.padEnd(6, "0").slice(0, 6)}`);
    return sign === "-" ? -value : value;
  };
  const diff = micro(after) - micro(before);
  const negative = diff < 0n;
  const abs = negative ? -diff : diff;
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The relative change, or null when there was nothing before (a change from zero has no percentage). */
export function relativeChange(before: string | number, after: string | number): number | null {
  const b = Number(before);
  const a = Number(after);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return (a - b) / Math.abs(b);
}

/** "+2,4 %", "−0,8 %", "0 %"; "—" when there is no percentage. */
export function formatChange(change: number | null, locale: string): string {
  if (change === null) return "—";
  return new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(change);
}

/** Tone of a change for the eye: more emissions in amber, fewer in green. */
export function changeTone(before: string | number, after: string | number): "up" | "down" | "same" {
  const d = Number(after) - Number(before);
  return d > 0 ? "up" : d < 0 ? "down" : "same";
}

/** "ademe@23.7" → { source: "ademe", version: "23.7" }; anything else → null. Not validated further here. */
export function parseReleaseRef(param: string | string[] | undefined): { source: string; version: string } | null {
  if (typeof param !== "string") return null;
  const at = param.indexOf("@");
  if (at <= 0 || at === param.length - 1) return null;
  return { source: param.slice(0, at), version: param.slice(at + 1) };
}

export const releaseRef = (release: { source: string; version: string }) => `${release.source}@${release.version}`;
