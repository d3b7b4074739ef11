import { formatPercent } from "@/lib/numbers/format";

// Display helpers for factors: names, stage shares, regions (numbers are formatted by lib/numbers/format).

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
  return share === null ? "—" : formatPercent(share, locale, { fractionDigits: 1, minimumFractionDigits: 1 });
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
