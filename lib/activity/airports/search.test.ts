import { describe, expect, it } from "vitest";
import { airport } from "@/lib/calc";
import cityNames from "@/lib/activity/airports/city-names.json";
import { airportLabel, normalizeSearchText, searchAirports } from "@/lib/activity/airports/search";

const codes = (query: string, limit = 10) => searchAirports(query, { limit }).map((hit) => hit.iata);

describe("airport search (OurAirports table + French/English city names)", () => {
  it("normalises accents, case and punctuation: 'Zürich' → 'zurich', 'São Paulo' → 'sao paulo'", () => {
    expect(normalizeSearchText("  Zürich ")).toBe("zurich");
    expect(normalizeSearchText("São-Paulo")).toBe("sao paulo");
    expect(normalizeSearchText("Bâle/Mulhouse")).toBe("bale mulhouse");
  });

  it("an exact IATA code comes first, whatever its case: LYS, lis", () => {
    expect(codes("LYS")[0]).toBe("LYS");
    expect(codes("lis")[0]).toBe("LIS");
    expect(codes("lfll")[0]).toBe("LYS"); // ICAO too
  });

  it("'lyon' finds Saint-Exupéry (large) before Bron (no scheduled service)", () => {
    expect(codes("lyon").slice(0, 2)).toEqual(["LYS", "LYN"]);
  });

  it("French exonyms: Lisbonne → LIS, Genève → GVA, Bâle → BSL, Pékin → PEK and PKX, Le Caire → CAI, Munich → MUC", () => {
    expect(codes("lisbonne")[0]).toBe("LIS");
    expect(codes("Genève")[0]).toBe("GVA");
    expect(codes("geneve")[0]).toBe("GVA");
    expect(codes("Bâle")[0]).toBe("BSL");
    expect(codes("pékin").slice(0, 2).sort()).toEqual(["PEK", "PKX"]);
    expect(codes("le caire")[0]).toBe("CAI");
    expect(codes("munich")[0]).toBe("MUC");
  });

  it("'Londres' lists London's airports, Heathrow and Gatwick first", () => {
    const london = codes("Londres");
    expect(london.slice(0, 2)).toEqual(["LHR", "LGW"]);
    expect(london).toEqual(expect.arrayContaining(["STN", "LTN", "LCY"]));
  });

  it("'new york' gives JFK, EWR (Newark) and LGA; 'sao paulo' without accent gives GRU first", () => {
    expect(codes("new york").slice(0, 3).sort()).toEqual(["EWR", "JFK", "LGA"]);
    expect(codes("sao paulo")[0]).toBe("GRU");
    expect(codes("sao paulo")).toContain("CGH");
  });

  it("'zurich' and 'Zürich' give ZRH first", () => {
    expect(codes("zurich")[0]).toBe("ZRH");
    expect(codes("Zürich")[0]).toBe("ZRH");
  });

  it("an airport-name word matches: 'heathrow' → LHR, 'charles de gaulle' → CDG", () => {
    expect(codes("heathrow")[0]).toBe("LHR");
    expect(codes("charles de gaulle")[0]).toBe("CDG");
  });

  it("respects the limit, and an empty or unknown query returns nothing", () => {
    expect(codes("a", 5)).toHaveLength(5);
    expect(codes("   ")).toEqual([]);
    expect(codes("zzqqxx")).toEqual([]);
  });

  it("labels in French and English, with the country from Intl.DisplayNames", () => {
    const [fr] = searchAirports("LIS", { locale: "fr" });
    const [en] = searchAirports("LIS", { locale: "en" });
    expect(fr?.city).toBe("Lisbonne");
    expect(fr?.countryName).toBe("Portugal");
    expect(fr?.label).toBe("Lisbonne (LIS) – Humberto Delgado Airport (Lisbon Portela Airport), Portugal");
    expect(en?.city).toBe("Lisbon");
    expect(airportLabel("lhr", "fr")).toBe("Londres (LHR) – London Heathrow Airport, Royaume-Uni");
    expect(airportLabel("GVA", "en")).toBe("Geneva (GVA) – Geneva Cointrin International Airport, Switzerland");
    expect(airportLabel("XQZ")).toBeNull();
  });

  it("every airport of city-names.json is in the shipped table", () => {
    for (const city of cityNames.cities) for (const iata of city.airports) expect(airport(iata).iata).toBe(iata);
  });
});
