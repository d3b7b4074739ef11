import { allAirports, type TAirport } from "@/lib/calc";
import cityNamesJson from "@/lib/activity/airports/city-names.json";

// Airport search for the flight form's combobox: pure, no server-only import, so it runs on either side.
// Query by IATA (or ICAO) code, city or airport name, accent- and case-insensitive, in French or English
// (French exonyms and multi-airport cities from city-names.json). Ranking: exact code > city prefix >
// airport-name prefix (any word) > contains; within a tier, large airports first, then those with
// scheduled service, then the city table's order (busiest first), then name.

export type TAirportLocale = "fr" | "en";

export interface TAirportHit {
  readonly iata: string;
  readonly icao: string | null;
  readonly name: string; // as OurAirports publishes it
  readonly city: string | null; // in the locale's language when city-names.json knows it
  readonly country: string; // ISO 3166-1 alpha-2
  readonly countryName: string; // Intl.DisplayNames in the locale
  readonly label: string; // "Lisbonne (LIS) – Humberto Delgado Airport (Lisbon Portela Airport), Portugal"
  readonly lat: number;
  readonly lon: number;
  readonly size: TAirport["size"];
}

interface TEntry {
  readonly airport: TAirport;
  readonly code: string; // lower-case IATA
  readonly icao: string;
  readonly city: string; // normalised
  readonly name: string; // normalised, padded with a leading space for word-prefix tests
  readonly aliases: readonly string[]; // normalised city names (FR and EN) from city-names.json
  readonly aliasRank: number; // position in its city's list (0 = busiest); 99 when none
  readonly cityFr: string | null;
  readonly cityEn: string | null;
  readonly haystack: string; // every searchable text joined: one includes() rejects most entries
}

interface TCityNames {
  cities: { fr: string; en: string; airports: string[] }[];
}

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let entries: readonly TEntry[] | undefined;

function searchEntries(): readonly TEntry[] {
  if (entries) return entries;
  const aliases = new Map<string, { names: string[]; rank: number; fr: string; en: string }>();
  for (const city of (cityNamesJson as TCityNames).cities) {
    const names = [...new Set([normalizeSearchText(city.fr), normalizeSearchText(city.en)])];
    city.airports.forEach((iata, rank) => {
      const seen = aliases.get(iata);
      if (seen) seen.names.push(...names);
      else aliases.set(iata, { names: [...names], rank, fr: city.fr, en: city.en });
    });
  }
  const list: TEntry[] = allAirports().map((airport) => {
    const alias = aliases.get(airport.iata);
    const code = airport.iata.toLowerCase();
    const icao = airport.icao?.toLowerCase() ?? "";
    const city = airport.city ? normalizeSearchText(airport.city) : "";
    const name = ` ${normalizeSearchText(airport.name)}`;
    const names = alias?.names ?? [];
    return {
      airport,
      code,
      icao,
      city,
      name,
      aliases: names,
      aliasRank: alias?.rank ?? 99,
      cityFr: alias?.fr ?? null,
      cityEn: alias?.en ?? null,
      haystack: [code, icao, city, name, ...names].join("|"),
    };
  });
  // Sorted once by the within-tier order, so a search only buckets by tier (no per-query sort).
  list.sort(
    (a, b) =>
      b.airport.size - a.airport.size || a.aliasRank - b.aliasRank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  entries = list;
  return entries;
}

const NO_MATCH = 9;

// The entry's tier for q, or NO_MATCH; tiers above maxTier are not worth computing (their bucket is full).
function tierOf(entry: TEntry, q: string, maxTier: number): number {
  if (!entry.haystack.includes(q)) return NO_MATCH;
  if (entry.code === q || entry.icao === q) return 0;
  if (maxTier < 1) return NO_MATCH;
  if (entry.city.startsWith(q) || entry.aliases.some((alias) => alias.startsWith(q))) return 1;
  if (maxTier < 2) return NO_MATCH;
  if (entry.name.includes(` ${q}`)) return 2; // a word of the name starts with the query
  if (maxTier < 3) return NO_MATCH;
  if (
    entry.code.startsWith(q) ||
    entry.city.includes(q) ||
    entry.name.includes(q) ||
    entry.aliases.some((alias) => alias.includes(q))
  )
    return 3;
  return NO_MATCH;
}

const displayNames = new Map<TAirportLocale, Intl.DisplayNames>();

function countryName(code: string, locale: TAirportLocale): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}

function toHit(entry: TEntry, locale: TAirportLocale): TAirportHit {
  const { airport } = entry;
  const city = (locale === "fr" ? entry.cityFr : entry.cityEn) ?? airport.city;
  const country = countryName(airport.country, locale);
  const label = city
    ? `${city} (${airport.iata}) – ${airport.name}, ${country}`
    : `${airport.name} (${airport.iata}), ${country}`;
  return {
    iata: airport.iata,
    icao: airport.icao,
    name: airport.name,
    city,
    country: airport.country,
    countryName: country,
    label,
    lat: airport.lat,
    lon: airport.lon,
    size: airport.size,
  };
}

export interface TAirportSearchOptions {
  readonly locale?: TAirportLocale;
  readonly limit?: number;
}

export function searchAirports(
  query: string,
  { locale = "en", limit = 10 }: TAirportSearchOptions = {},
): TAirportHit[] {
  const q = normalizeSearchText(query);
  if (q.length === 0 || limit <= 0) return [];
  const tiers: TEntry[][] = [[], [], [], []];
  let maxTier = 3;
  for (const entry of searchEntries()) {
    const tier = tierOf(entry, q, maxTier);
    const bucket = tiers[tier];
    if (!bucket || bucket.length >= limit) continue;
    bucket.push(entry);
    // Once the tiers up to maxTier - 1 hold `limit` hits, lower tiers can never be shown.
    while (maxTier > 0 && tiers.slice(0, maxTier).reduce((n, b) => n + b.length, 0) >= limit) maxTier--;
  }
  return tiers
    .flat()
    .slice(0, limit)
    .map((entry) => toHit(entry, locale));
}

// The label of a saved airport (e.g. a flight line), in the user's language; null for an unknown code.
export function airportLabel(iata: string, locale: TAirportLocale = "en"): string | null {
  const code = iata.toLowerCase();
  const entry = searchEntries().find((e) => e.code === code);
  return entry ? toHit(entry, locale).label : null;
}
