import { describe, expect, it } from "vitest";
import airportsJson from "@/emission-factors/mappings/airports.json";
import { renderAirportsFile, selectAirports, type TSourceRow } from "./airports";

const row = (over: TSourceRow): TSourceRow => ({
  type: "medium_airport",
  name: "Somewhere Airport",
  latitude_deg: "45.1234567",
  longitude_deg: "5.7654321",
  iso_country: "FR",
  municipality: "Somewhere",
  scheduled_service: "no",
  gps_code: "LFXX",
  ident: "LFXX",
  iata_code: "XXA",
  ...over,
});

describe("airports.json generator (OurAirports rows → compact table)", () => {
  it("keeps large/medium airports and small ones with scheduled service, drops closed ones and bad codes", () => {
    const rows = selectAirports([
      row({ iata_code: "AAA", type: "large_airport", scheduled_service: "yes" }),
      row({ iata_code: "BBB" }),
      row({ iata_code: "CCC", type: "small_airport", scheduled_service: "yes", municipality: "" }),
      row({ iata_code: "DDD", type: "small_airport" }),
      row({ iata_code: "EEE", type: "closed" }),
      row({ iata_code: "" }),
      row({ iata_code: "0AB" }),
    ]);
    expect(rows).toEqual([
      ["AAA", "LFXX", "Somewhere Airport", "Somewhere", "FR", 45.123457, 5.765432, 2],
      ["BBB", "LFXX", "Somewhere Airport", "Somewhere", "FR", 45.123457, 5.765432, 0],
      ["CCC", "LFXX", "Somewhere Airport", null, "FR", 45.123457, 5.765432, 1],
    ]);
  });

  it("keeps the bigger airport when a code is published twice, and an ICAO only when it has 4 letters", () => {
    const rows = selectAirports([
      row({ iata_code: "DUP", name: "Old", gps_code: "", ident: "US-1234" }),
      row({ iata_code: "DUP", name: "New", type: "large_airport" }),
    ]);
    expect(rows.map((r) => [r[0], r[2], r[7]])).toEqual([["DUP", "New", 2]]);
    expect(selectAirports([row({ gps_code: "", ident: "5A8" })])[0]?.[1]).toBeNull();
  });

  it("rejects a row without coordinates instead of shipping a wrong distance", () => {
    expect(() => selectAirports([row({ latitude_deg: "" })])).toThrow(/XXA: bad latitude/);
  });

  it("the shipped file has the shape the generator writes, with its source, licence, dates and row count", () => {
    expect(airportsJson.source).toMatchObject({
      url: "https://ourairports.com/data/",
      retrievedOn: "2026-12-05",
      rows: airportsJson.rows.length,
    });
    const rendered = renderAirportsFile(airportsJson.rows as never, { ...airportsJson.source });
    expect(JSON.parse(rendered)).toEqual(airportsJson);
  });
});
