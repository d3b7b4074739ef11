// The fixed value lists of the activity option fields, for modules that describe activity data without
// computing it (lib/imports' templates may not import the engine): codes only, no factor in sight.
import { allAirports, CAR_FUELS, FREIGHT_DIRECTIONS, SEAT_CLASSES, WASTE_TREATMENTS } from "@/lib/calc";

export { CAR_FUELS, FREIGHT_DIRECTIONS, SEAT_CLASSES, WASTE_TREATMENTS };

export type TAirportEntry = { iata: string; name: string; city: string | null; country: string };

/** Every airport the flight calculation knows, by IATA code. */
export function airportEntries(): TAirportEntry[] {
  return allAirports().map(({ iata, name, city, country }) => ({ iata, name, city, country }));
}
