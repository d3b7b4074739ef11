// Query expansion for factor search: people type "avion long courrier", ADEME writes "> 5000 kms" and
// DESNZ "Long-haul". The groups are data (synonyms.json); this turns one query into the alternative
// word lists that are searched as well as the query itself.
import { z } from "zod";
import raw from "@/lib/factors/search/synonyms.json";
import { normalizeForSearch, searchTokens } from "@/lib/factors/db/search-text";

const ZSynonyms = z.object({ $comment: z.string(), groups: z.array(z.array(z.string().min(2)).min(2)) });

const GROUPS: string[][] = ZSynonyms.parse(raw).groups.map((group) => group.map(normalizeForSearch));

const MAX_ALTERNATIVES = 8;

/**
 * The other ways to say `query`: for each group with a phrase found (as whole words) in the query, the
 * query with that phrase replaced by each other phrase of the group. Returns word lists (searchTokens),
 * never the query's own, at most MAX_ALTERNATIVES.
 */
export function synonymAlternatives(query: string): string[][] {
  const text = ` ${normalizeForSearch(query)} `;
  const own = searchTokens(query).join(" ");
  const seen = new Set([own]);
  const out: string[][] = [];
  for (const group of GROUPS) {
    for (const phrase of group) {
      if (!text.includes(` ${phrase} `)) continue;
      for (const other of group) {
        if (other === phrase) continue;
        const tokens = searchTokens(text.replace(` ${phrase} `, ` ${other} `));
        const key = tokens.join(" ");
        if (tokens.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push(tokens);
      }
    }
  }
  return out.slice(0, MAX_ALTERNATIVES);
}
