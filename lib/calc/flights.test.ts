import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import {
  airport,
  allAirports,
  defaultSeatClass,
  EARTH_RADIUS_KM,
  flightActivity,
  flightDistance,
  greatCircleKm,
} from "@/lib/calc/flights";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { DEFAULT_CALC_SETTINGS } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

const index = fixtureIndex();
const total = (activity: Parameters<typeof computeActivity>[0], settings = DEFAULT_CALC_SETTINGS) =>
  kgOf(computeActivity(activity, index, settings).lines);

describe("great-circle distance (haversine, R = 6371 km)", () => {
  it("gives 111.195 km per degree on the equator and π·R between antipodes", () => {
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 180, 9);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm(airport("CDG"), airport("CDG"))).toBe(0);
  });

  it("is symmetric: CDG → NCE = NCE → CDG ≈ 694.5 km", () => {
    const there = greatCircleKm(airport("CDG"), airport("NCE"));
    expect(there).toBeCloseTo(greatCircleKm(airport("NCE"), airport("CDG")), 9);
    expect(there).toBeCloseTo(694.52, 1);
  });

  it("rejects an unknown airport", () => {
    expect(() => airport("XXX")).toThrow(/UNKNOWN_AIRPORT/);
  });

  it("knows every OurAirports airport with an IATA code (4,517), case-insensitively", () => {
    expect(allAirports()).toHaveLength(4517);
    expect(airport("lys")).toMatchObject({ iata: "LYS", icao: "LFLL", city: "Lyon", country: "FR", size: 2 });
    expect(airport("PKX")).toMatchObject({ icao: "ZBAD", city: "Beijing", country: "CN" });
  });
});

describe("flight distance: +95 km per one-way leg, return trip = 2 legs", () => {
  it("CDG–NCE return: 2 × (694.52 + 95) = 1,579.04 passenger-km, leg 789.52 km", () => {
    const d = flightDistance({ from: "CDG", to: "NCE", returnTrip: true });
    expect(d.legKm).toBeCloseTo(789.52, 2);
    expect(d.legs).toBe(2);
    expect(d.passengerKm).toBeCloseTo(1579.04, 2);
  });

  it("3 passengers CDG–MAD one way: 3 × (1,064.51 + 95) = 3,478.54 passenger-km", () => {
    expect(flightDistance({ from: "CDG", to: "MAD", passengers: 3 }).passengerKm).toBeCloseTo(3478.54, 2);
  });

  it("default seat class: 101–220 seats up to 5000 km (leg incl. the 95 km), > 220 seats beyond", () => {
    expect(defaultSeatClass(5000)).toBe("101_220");
    expect(defaultSeatClass(5000.01)).toBe("over_220");
  });
});

describe("flight emissions (ADEME 23.6 plane factors)", () => {
  const cdgNice = { from: "CDG", to: "NCE", returnTrip: true, region: "FR", year: 2024 } as const;

  it("CDG–NCE return with contrails: 1,579.04 p.km × 0.225 (43743, 500–1000 km band) = 355.28 kgCO2e, all in cat. 6", () => {
    const { lines, resolution } = computeActivity(flightActivity(cdgNice), index);
    expect(resolution.factorIds).toEqual(["ademe:43743@23.6"]);
    expect(resolution.legKmBand).toEqual([500, 1000]);
    expect(kgOf(lines)).toBeCloseTo(355.28, 2);
    expect(
      lines.every(
        (l) => l.scope === 3 && l.ghgCategory === 6 && l.begesPoste === "3.5" && l.contrailsIncluded === true,
      ),
    ).toBe(true);
    const contrails = lines.find((l) => l.stage === "non_co2");
    expect(contrails?.kgCO2e).toBeCloseTo((1579.04 * 0.225 * 0.101) / (0.0222 + 0.101 + 0.101 + 0.000372), 1);
  });

  it("CDG–NCE return without contrails: 1,579.04 p.km × 0.124 (43744) = 195.80 kgCO2e, recorded on every line", () => {
    const { lines, resolution } = computeActivity(flightActivity({ ...cdgNice, includeContrails: false }), index);
    expect(resolution.factorIds).toEqual(["ademe:43744@23.6"]);
    expect(kgOf(lines)).toBeCloseTo(195.8, 2);
    expect(lines.every((l) => l.contrailsIncluded === false && l.stage !== "non_co2")).toBe(true);
  });

  it("the period setting excludes contrails unless the flight says otherwise", () => {
    const noContrails = { ...DEFAULT_CALC_SETTINGS, includeContrails: false };
    expect(total(flightActivity(cdgNice), noContrails)).toBeCloseTo(195.8, 2);
    expect(total(flightActivity({ ...cdgNice, includeContrails: true }), noContrails)).toBeCloseTo(355.28, 2);
  });

  it("ORY–BOD: 492.98 km great circle is < 500 but the band is chosen after +95 km: 587.98 km → 500–1000 (0.225, not 0.289)", () => {
    const { resolution, lines } = computeActivity(
      flightActivity({ from: "ORY", to: "BOD", region: "FR", year: 2023 }),
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe:43743@23.6"]);
    expect(resolution.rule).toBe("exact");
    expect(kgOf(lines)).toBeCloseTo(587.98 * 0.225, 2);
  });

  it("CDG–JFK one way: leg 5,928.70 km > 5000 → > 220 seats, > 5000 km with contrails (43773): × 0.151 = 895.23 kgCO2e", () => {
    const { resolution, lines } = computeActivity(
      flightActivity({ from: "CDG", to: "JFK", region: "FR", year: 2023 }),
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe:43773@23.6"]);
    expect(resolution.variant.seatClass).toBe("over_220");
    expect(kgOf(lines)).toBeCloseTo(895.23, 2);
  });

  it("NRT–SYD one way (outside Europe): haversine 7,832.15 km + 95 = leg 7,927.15 km > 5000 → > 220 seats, 43773 × 0.151 = 1,197.00 kgCO2e", () => {
    expect(airport("NRT")).toMatchObject({ lat: 35.764702, lon: 140.386002, country: "JP" });
    expect(airport("SYD")).toMatchObject({ lat: -33.946098, lon: 151.177002, country: "AU" });
    expect(greatCircleKm(airport("NRT"), airport("SYD"))).toBeCloseTo(7832.15, 2);
    const { resolution, lines } = computeActivity(
      flightActivity({ from: "NRT", to: "SYD", region: "FR", year: 2024 }),
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe:43773@23.6"]);
    expect(resolution.legKmBand).toEqual([5000, null]);
    expect(resolution.variant).toEqual({ seatClass: "over_220", contrails: true });
    expect(kgOf(lines)).toBeCloseTo(7927.15 * 0.151, 2);
    expect(kgOf(lines)).toBeCloseTo(1197.0, 2);
  });

  it("GRU–JNB return (outside Europe): 2 × (7,438.85 + 95) = 15,067.71 p.km × 0.151 (43773) = 2,275.22 kgCO2e", () => {
    const d = flightDistance({ from: "GRU", to: "JNB", returnTrip: true });
    expect(d.greatCircleKm).toBeCloseTo(7438.85, 2);
    expect(d.passengerKm).toBeCloseTo(15067.71, 2);
    expect(total(flightActivity({ from: "GRU", to: "JNB", returnTrip: true, region: "FR", year: 2024 }))).toBeCloseTo(
      2275.22,
      2,
    );
  });

  it("a chosen seat class overrides the default: CDG–JFK in a 101–220 seat aircraft uses 43749 (0.178)", () => {
    const { resolution } = computeActivity(
      flightActivity({ from: "CDG", to: "JFK", region: "FR", year: 2023, seatClass: "101_220" }),
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe:43749@23.6"]);
  });

  it("band edges are (min, max]: a 500 km leg is in < 500 km (43745), 500.01 km in 500–1000 (43743)", () => {
    const at = (legKm: number) =>
      computeActivity(
        { activityTypeId: "travel.plane", quantity: legKm, unit: "p.km", region: "FR", year: 2023, options: { legKm } },
        index,
      ).resolution.factorIds[0];
    expect(at(500)).toBe("ademe:43745@23.6");
    expect(at(500.01)).toBe("ademe:43743@23.6");
  });

  it("a flight without its leg distance is an explicit error", () => {
    expect(() =>
      computeActivity({ activityTypeId: "travel.plane", quantity: 800, unit: "p.km", region: "FR", year: 2023 }, index),
    ).toThrow(/MISSING_OPTION/);
  });
});
