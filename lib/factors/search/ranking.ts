// The SQL that finds and orders library factors for a text query (PostgreSQL full text + trigrams).
// Matching: every word of the query is a substring of the accent-free searchText (trigram GIN index), or
// every word of one of the query's synonym alternatives is (short words: a whole word of searchVector).
// Ordering, most important first:
//   1. current and valid: valid factors of each source's latest release, then older releases, then
//      factors under review, then archived ones;
//   2. relevance: ts_rank over searchVector (name A 1.0 > category B 0.4 > region, unit, tags C 0.1,
//      divided by the log of the text's length so shorter, more generic entries win ties), plus a bonus
//      for the engine's default factors and for averages (generic before specific), and for the
//      organisation's country;
//   3. the shorter name, the latest reference year, then name and id for a stable order.
import { Prisma } from "@/generated/prisma/client";
import { defaultFactorRefs } from "@/lib/factors/search/default-factors";

const RANK_WEIGHTS = "{0.02, 0.1, 0.4, 1.0}"; // D, C, B, A
const DEFAULT_BONUS = 0.5;
const LOCAL_BONUS = 0.1;
// Names that say they are an average ("mix moyen", "Motorisation moyenne", "Average passenger") are the
// generic entry among their variants (fuel, seat class, technology).
const GENERIC_BONUS = 0.15;
const GENERIC_NAME = "moyen:A | moyenne:A | average:A";

/** Words → a tsquery source text. Words are [a-z0-9]+ (searchTokens), so nothing needs escaping. */
export function tsQueryText(words: string[], join: "&" | "|"): string {
  // Short words as whole words ("it", "ter", "car"), longer ones as prefixes ("ordinateur" → "ordinateurs").
  return words.map((w) => (w.length >= 4 ? `${w}:*` : w)).join(` ${join} `);
}

// A word of a synonym alternative: long words as substrings like the query's own; short ones ("it",
// "car", "prg") only as whole words, or "car" would find every "carbone".
function alternativeWord(word: string): Prisma.Sql {
  return word.length >= 4
    ? Prisma.sql`"searchText" LIKE ${`%${word}%`}`
    : Prisma.sql`"searchVector" @@ to_tsquery('simple', ${word})`;
}

/** Rows containing every word of the query, or every word of one of its synonym alternatives. */
export function textMatch(tokens: string[], alternatives: string[][]): Prisma.Sql {
  const all = (words: string[], match: (word: string) => Prisma.Sql) =>
    Prisma.sql`(${Prisma.join(words.map(match), " AND ")})`;
  const own = all(tokens, (token) => Prisma.sql`"searchText" LIKE ${`%${token}%`}`);
  if (alternatives.length === 0) return own;
  return Prisma.sql`(${own} OR ${Prisma.join(
    alternatives.map((words) => all(words, alternativeWord)),
    " OR ",
  )})`;
}

// Each source's current release: the one with the latest publication date.
const CURRENT_RELEASES = Prisma.sql`(SELECT DISTINCT ON ("source") "id" FROM "FactorRelease" ORDER BY "source", "publishedOn" DESC, "installedAt" DESC)`;

const STANDING = Prisma.sql`CASE
    WHEN "status" = 'valid' AND "releaseId" IN ${CURRENT_RELEASES} THEN 0
    WHEN "status" = 'valid' THEN 1
    WHEN "status" = 'review' THEN 2
    ELSE 3 END`;

const IS_DEFAULT = () => Prisma.sql`("source" || ':' || "sourceId") = ANY(${defaultFactorRefs()}::text[])`;

export function rankedOrder(tokens: string[], alternatives: string[][], preferRegion: string | undefined): Prisma.Sql {
  const words = [...new Set([...tokens, ...alternatives.flat()])];
  const local = preferRegion
    ? Prisma.sql`+ CASE WHEN "region" = ${preferRegion} THEN ${LOCAL_BONUS}::float8 ELSE 0 END`
    : Prisma.empty;
  const relevance = Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], "searchVector", to_tsquery('simple', ${tsQueryText(words, "|")}), 1)
    + CASE WHEN ${IS_DEFAULT()} THEN ${DEFAULT_BONUS}::float8 ELSE 0 END
    + CASE WHEN "searchVector" @@ to_tsquery('simple', ${GENERIC_NAME}) THEN ${GENERIC_BONUS}::float8 ELSE 0 END
    ${local}`;
  return Prisma.sql`ORDER BY ${STANDING}, (${relevance}) DESC, length("nameFr"), "referenceYear" DESC NULLS LAST, "searchText" COLLATE "C", "id"`;
}

/**
 * Browsing without words (a category, a unit…): by standing, the engine's default factors first, then the
 * organisation's country, then the publisher's category tree.
 */
export function browseOrder(preferRegion: string | undefined): Prisma.Sql {
  const local = preferRegion ? Prisma.sql`("region" = ${preferRegion}) DESC,` : Prisma.empty;
  // Byte order ("C") on the accent-free searchText sorts names alphabetically at half the cost of the
  // database's linguistic collation, which dominated browsing the whole library.
  return Prisma.sql`ORDER BY ${STANDING}, ${IS_DEFAULT()} DESC, ${local} "source", "categoryPath" COLLATE "C", "searchText" COLLATE "C", "referenceYear" DESC NULLS LAST, "id"`;
}
