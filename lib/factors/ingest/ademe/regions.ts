import { iso2FromFrenchName, iso2FromFrenchOverseas } from "../countries";

// ADEME "Localisation géographique" (+ "Sous-localisation") → region code. Returns null when no single
// code fits (e.g. "Monde / Moyenne Afrique", "Outre-mer / Guadeloupe, Martinique, Guyane"): such
// elements are left out of the curated subset rather than given a misleading region.
export function mapAdemeRegion(location: string | null, subLocation: string | null): string | null {
  switch (location) {
    case "France continentale":
    case "France":
      return "FR";
    case "Europe":
      return "EU";
    case "Monde":
      return subLocation == null ? "WORLD" : null;
    case "Outre-mer":
      return iso2FromFrenchOverseas(subLocation);
    case "Autre pays du monde":
      return iso2FromFrenchName(subLocation);
    default:
      return null;
  }
}

export const ademeRegionLabel = (location: string | null, subLocation: string | null): string | null =>
  [location, subLocation].filter(Boolean).join(" / ") || null;
