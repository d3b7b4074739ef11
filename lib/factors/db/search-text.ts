// Accent- and case-insensitive matching: the same normalisation runs on the stored searchText (when a
// factor is written) and on the user's query, so "electricite" finds "Électricité" and "boeuf" finds
// "Bœuf". A pg_trgm GIN index makes the substring match fast. Ranking uses searchVector, which
// PostgreSQL builds with unaccent (migration factor_search_ranking) from the same columns.

const LIGATURES: Record<string, string> = { œ: "oe", æ: "ae", ß: "ss", ø: "o", ł: "l", đ: "d" };

/** Lower case, no accents (NFKD also turns "m²" into "m2" and "CO₂" into "co2"), words of [a-z0-9]. */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Separates the names from the rest of searchText, so ranking can prefer a match in a factor's name over
// one in its category. Never produced by normalizeForSearch, so it cannot collide with content.
export const NAME_SECTION_END = " | ";

const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 40;

/**
 * The words every result must contain. A final plural "s"/"x" is dropped from longer words so that
 * "trains" also finds "train" (the match is a substring, so "train" still finds "trains").
 */
export function searchTokens(query: string): string[] {
  // One-letter words ("a", the "r" of "R-410A") match nearly everything: they only slow the search down.
  const words = normalizeForSearch(query)
    .split(" ")
    .filter((w) => w.length > 1);
  const tokens = words.map((w) => (w.length >= 5 && /[sx]$/.test(w) ? w.slice(0, -1) : w).slice(0, MAX_TOKEN_LENGTH));
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

/** searchText for a row: its names first, then everything else worth finding it by. */
export function buildSearchText(
  names: Array<string | null | undefined>,
  others: Array<string | null | undefined>,
): string {
  const join = (parts: Array<string | null | undefined>) => normalizeForSearch(parts.filter(Boolean).join(" "));
  return `${join(names)}${NAME_SECTION_END}${join(others)}`;
}
