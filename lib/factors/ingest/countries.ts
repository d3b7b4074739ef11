import { z } from "zod";
import raw from "./countries.json";

// Country-name and ISO3 → ISO 3166-1 alpha-2 tables (data in countries.json, checked once here).
const ZIso2 = z.string().regex(/^[A-Z]{2}$/);
const ZTable = z.record(z.string().min(1), ZIso2);
const ZCountries = z.object({
  $comment: z.string(),
  iso3ToIso2: ZTable,
  frNames: ZTable,
  frOverseas: ZTable,
  enNames: ZTable,
});

export const COUNTRIES = ZCountries.parse(raw);

const lookup = (table: Record<string, string>, key: string | null): string | null =>
  key != null && Object.hasOwn(table, key) ? (table[key] ?? null) : null;

export const iso2FromIso3 = (iso3: string) => lookup(COUNTRIES.iso3ToIso2, iso3);
export const iso2FromFrenchName = (name: string | null) => lookup(COUNTRIES.frNames, name);
export const iso2FromFrenchOverseas = (name: string | null) => lookup(COUNTRIES.frOverseas, name);
export const iso2FromEnglishName = (name: string | null) => lookup(COUNTRIES.enNames, name);
