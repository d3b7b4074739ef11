// How headers and listed values are compared: accents, case, spacing and typographic apostrophes do not
// matter ("Type d’énergie", "type d'energie " and "TYPE D'ÉNERGIE" are the same header), so a file
// re-typed or re-saved by a spreadsheet in another encoding still matches.
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .toLowerCase();
}
