import { airport } from "@/lib/calc/airports";
import { CalcError } from "@/lib/calc/errors";
import type { TActivityInput, TActivityOptions } from "@/lib/calc/types";

export { airport, allAirports, type TAirport } from "@/lib/calc/airports";

// Flights given as airport pairs (methodology.md): great-circle distance (haversine, R = 6371 km) plus
// 95 km per one-way leg (the French transport GHG information convention for detours and holding);
// a return trip is two legs; the distance band and the default seat class use the leg distance
// *after* the 95 km are added.

export const EARTH_RADIUS_KM = 6371;
export const FLIGHT_DETOUR_KM = 95;
export const LONG_HAUL_FROM_KM = 5000; // above this leg distance the default aircraft has > 220 seats

const rad = (deg: number) => (deg * Math.PI) / 180;

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function defaultSeatClass(legKm: number): "101_220" | "over_220" {
  return legKm <= LONG_HAUL_FROM_KM ? "101_220" : "over_220";
}

export interface TFlightInput {
  readonly from: string; // IATA code
  readonly to: string;
  readonly returnTrip?: boolean;
  readonly passengers?: number;
}

export interface TFlightDistance {
  readonly greatCircleKm: number;
  readonly legKm: number; // great circle + 95 km: picks the band
  readonly legs: number;
  readonly passengers: number;
  readonly passengerKm: number; // legKm × legs × passengers: the activity quantity
}

export function flightDistance({ from, to, returnTrip = false, passengers = 1 }: TFlightInput): TFlightDistance {
  if (!(passengers > 0))
    throw new CalcError("INVALID_QUANTITY", "a flight needs at least one passenger", { passengers });
  const gc = greatCircleKm(airport(from), airport(to));
  const legKm = gc + FLIGHT_DETOUR_KM;
  const legs = returnTrip ? 2 : 1;
  return { greatCircleKm: gc, legKm, legs, passengers, passengerKm: legKm * legs * passengers };
}

// The activity the engine computes for a flight; both legs of a return trip share the same band.
export function flightActivity(
  flight: TFlightInput &
    Pick<TActivityInput, "id" | "region" | "year" | "uncertaintyPct"> &
    Pick<TActivityOptions, "seatClass" | "includeContrails">,
): TActivityInput {
  const distance = flightDistance(flight);
  const options: TActivityOptions = { legKm: distance.legKm };
  if (flight.seatClass !== undefined) options.seatClass = flight.seatClass;
  if (flight.includeContrails !== undefined) options.includeContrails = flight.includeContrails;
  return {
    ...(flight.id === undefined ? {} : { id: flight.id }),
    activityTypeId: "travel.plane",
    quantity: distance.passengerKm,
    unit: "p.km",
    region: flight.region,
    year: flight.year,
    options,
    uncertaintyPct: flight.uncertaintyPct ?? null,
  };
}
