// Display helpers for factor values. Values stay decimal strings end to end: no float rounding
// between the published figure and what the user reads.

/** "1234.5678" → "1 234,5678" in French, "1,234.5678" in English; every published digit kept. */
export function formatDecimal(value: string, locale: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value; // not plain decimal notation: show it as published
  const [, sign, whole = "0", fraction] = match;
  const format = new Intl.NumberFormat(locale);
  const separator = format.formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return `${sign}${format.format(BigInt(whole))}${fraction ? `${separator}${fraction}` : ""}`;
}

/** The name in the interface language, falling back to the other one. */
export function localName(factor: { nameFr: string; nameEn: string | null }, locale: string): string {
  return locale === "en" ? (factor.nameEn ?? factor.nameFr) : factor.nameFr;
}

/** The name in the other language, when it exists and differs. */
export function otherName(factor: { nameFr: string; nameEn: string | null }, locale: string): string | null {
  const other = locale === "en" ? factor.nameFr : factor.nameEn;
  return other && other !== localName(factor, locale) ? other : null;
}

/**
 * Each stage's share of the stage sum (methodology: the published total is split pro rata, since stage
 * rows need not add up exactly to it). Null when the stages sum to zero and no share is meaningful.
 */
export function stageShares(values: number[]): Array<number | null> {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (sum === 0 ? null : v / sum));
}

export function formatShare(share: number | null, locale: string): string {
  if (share === null) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    share,
  );
}

/** "FR" → "France", "EU" → "Union européenne", "WORLD" → "Monde"; unknown codes as they are. */
export function regionName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "region" }).of(code === "WORLD" ? "001" : code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1); // some runtimes answer "world"
  } catch {
    return code;
  }
}
