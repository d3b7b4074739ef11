import begesPostesJson from "@/emission-factors/mappings/beges-postes.json";
import ghgCategoriesJson from "@/emission-factors/mappings/ghg-categories.json";
import { formatNumber } from "@/lib/numbers/format";

// Names of the classification keys the overview shows, from the same mapping tables the lines were
// classified with (FR/EN live there, next to the numbers they name).

const pick = (entry: { labelFr: string; labelEn: string }, locale: string) =>
  locale === "fr" ? entry.labelFr : entry.labelEn;

/** "3.6" → "Business travel" (GHG Protocol scope-3 category); undefined for an unknown key. */
export function ghgCategoryLabel(category: number, locale: string): string | undefined {
  const entry = ghgCategoriesJson.categories.find((c) => c.category === category);
  return entry ? pick(entry, locale) : undefined;
}

/** "3.5" → the BEGES v5 poste's name. */
export function begesPosteLabel(poste: string, locale: string): string | undefined {
  const entry = begesPostesJson.postes.find((p) => p.poste === poste);
  return entry ? pick(entry, locale) : undefined;
}

/** kg (exact decimal text) as tonnes for reading: one decimal, two under 10 t. */
export function tonnes(kg: string | number): number {
  return Number(kg) / 1000;
}

export function formatTonnes(kg: string | number, locale: string): string {
  return formatNumber(tonnes(kg), locale, Math.abs(tonnes(kg)) < 10 ? 2 : 1);
}

/** A share in [0, 1] as "42 %" / "42%". */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
