import { describe, expect, it } from "vitest";
import { factorSearchQuery, hasFilters, parseFactorSearch } from "@/lib/factors/db/search-params";

describe("factor search URL parameters", () => {
  it("keeps well-formed values and drops the rest", () => {
    expect(
      parseFactorSearch({
        q: " électricité ",
        source: "ademe",
        unit: "kWh",
        region: "FR",
        year: "2023",
        status: "valid",
        page: "3",
      }),
    ).toEqual({ q: "électricité", source: "ademe", unit: "kWh", region: "FR", year: 2023, status: "valid", page: 3 });
    expect(parseFactorSearch({ source: "ademe'; drop", year: "20x3", status: "deleted", page: "-2", q: "" })).toEqual({
      page: 1,
    });
    expect(parseFactorSearch({ q: ["train", "avion"], category: "Transport de personnes" })).toEqual({
      q: "train",
      category: "Transport de personnes",
      page: 1,
    });
  });

  it("drops text with control characters instead of sending it to the database", () => {
    expect(parseFactorSearch({ q: "gaz\u0000", category: "Transport\u001B", unit: "kWh" })).toEqual({
      unit: "kWh",
      page: 1,
    });
  });

  it("round-trips through a query string", () => {
    const search = { q: "gazole B7", category: "Combustibles", year: 2022, page: 2 };
    const query = factorSearchQuery(search);
    expect(query).toBe("?q=gazole+B7&category=Combustibles&year=2022&page=2");
    expect(parseFactorSearch(Object.fromEntries(new URLSearchParams(query)))).toEqual(search);
    expect(factorSearchQuery({ page: 1 })).toBe("");
  });

  it("tells whether anything narrows the list", () => {
    expect(hasFilters({ page: 4 })).toBe(false);
    expect(hasFilters({ unit: "kWh", page: 1 })).toBe(true);
  });
});
