// Label helpers shared by the activity components (pure, client-safe).
export type TLang = "fr" | "en";

export const langOf = (locale: string): TLang => (locale.startsWith("en") ? "en" : "fr");

export const labelOf = (item: { labelFr: string; labelEn: string }, locale: string) =>
  langOf(locale) === "en" ? item.labelEn : item.labelFr;

const countryNames = new Map<string, Intl.DisplayNames>();
export function countryName(code: string, locale: string): string {
  const lang = langOf(locale);
  let names = countryNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region" });
    countryNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** "region-fallback:EU+earlier-year" → { base: "earlier-year", fallback: "EU" }; a bare fallback is "exact". */
export function splitRule(rule: string): { base: string; fallback: string | null } {
  const match = /^region-fallback:([A-Z]+)(?:\+(.+))?$/.exec(rule);
  return match ? { base: match[2] ?? "exact", fallback: match[1] as string } : { base: rule, fallback: null };
}

/** Lower case, accents and punctuation dropped: for filtering short lists as the user types. */
export const foldText = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
