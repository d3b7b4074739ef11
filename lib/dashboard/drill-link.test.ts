import { describe, expect, it } from "vitest";
import { drillHref, filtersOfKey, linesHref, parseLinesQuery } from "@/lib/dashboard/drill-link";

const searchOf = (href: string) => {
  const params = new URL(href, "http://x").searchParams;
  const search: Record<string, string[]> = {};
  for (const [k, v] of params) (search[k] ??= []).push(v);
  return search;
};

describe("linesHref / parseLinesQuery", () => {
  it("writes the period, basis, scope-2 method and every filter, and reads them back unchanged", () => {
    const query = {
      period: "p2024",
      basis: "submitted" as const,
      scope2: "market" as const,
      filters: {
        siteIds: ["s1", "s2"],
        withoutSite: true,
        productIds: ["pr1"],
        scopes: [3 as const],
        ghgCategories: [6],
        begesCategories: [4],
        begesPostes: ["4.1"],
        entryCategories: ["travel"],
        activityTypeIds: ["travel.plane"],
        factorSources: ["ademe"],
        origins: ["import" as const],
      },
      after: { kg: "1250.500000", id: "line9" },
    };
    const href = linesHref("acme", query);
    expect(href.startsWith("/acme/lines?period=p2024&basis=submitted&scope2=market&site=s1&site=s2")).toBe(true);
    expect(parseLinesQuery(searchOf(href))).toEqual(query);
  });

  it("leaves the defaults out of the address and names a line's detail page", () => {
    expect(linesHref("acme", { period: "p1", basis: "validated", scope2: "location", filters: {} })).toBe(
      "/acme/lines?period=p1",
    );
    expect(linesHref("acme", { period: "p1" }, "ademe:1@23.6")).toBe("/acme/lines/ademe%3A1%4023.6?period=p1");
  });

  it("drops values that do not parse instead of failing: other filters and the defaults stay", () => {
    const q = parseLinesQuery({
      period: "",
      basis: "everything",
      scope2: "sideways",
      scope: ["4"],
      ghg: ["3", "99"],
      poste: "4.1",
      category: "not-a-category",
      after: "abc_def",
    });
    expect(q).toEqual({
      period: null,
      basis: "validated",
      scope2: "location",
      filters: { begesPostes: ["4.1"] },
      after: null,
    });
  });

  it("reads one value or several, and removes duplicates", () => {
    expect(parseLinesQuery({ scope: ["2", "2", "3"], source: "desnz" }).filters).toEqual({
      scopes: [2, 3],
      factorSources: ["desnz"],
    });
  });
});

describe("filtersOfKey", () => {
  it("turns the overview's keys into the same filters the reporting layer grouped them by", () => {
    expect(filtersOfKey("ghg", "scope2")).toEqual({ scopes: [2] });
    expect(filtersOfKey("ghg", "3.11")).toEqual({ scopes: [3], ghgCategories: [11] });
    expect(filtersOfKey("beges", "4")).toEqual({ begesCategories: [4] });
    expect(filtersOfKey("poste", "3.5")).toEqual({ begesPostes: ["3.5"] });
    expect(filtersOfKey("site", "")).toEqual({ withoutSite: true });
    expect(filtersOfKey("site", "s1")).toEqual({ siteIds: ["s1"] });
    expect(filtersOfKey("product", "")).toEqual({ withoutProduct: true });
    expect(filtersOfKey("source", "ademe")).toEqual({ factorSources: ["ademe"] });
    expect(filtersOfKey("scope", "1")).toEqual({ scopes: [1] });
  });

  it("gives no filter for keys it cannot read (the folded 'other' bar links nowhere)", () => {
    expect(filtersOfKey("ghg", "other")).toBeNull();
    expect(filtersOfKey("beges", "7")).toBeNull();
    expect(filtersOfKey("source", "Not A Source")).toBeNull();
  });
});

describe("drillHref", () => {
  const drill = { org: "acme", period: "p24", basis: "submitted" as const, scope2: "market" as const };
  it("carries the dashboard's period, basis and scope-2 method with the figure's filter", () => {
    expect(drillHref(drill, filtersOfKey("ghg", "3.6"))).toBe(
      "/acme/lines?period=p24&basis=submitted&scope2=market&scope=3&ghg=6",
    );
    expect(drillHref(drill, {}, "p23")).toBe("/acme/lines?period=p23&basis=submitted&scope2=market");
  });
  it("links nowhere when the figure has no filter (the folded 'other' bar)", () => {
    expect(drillHref(drill, filtersOfKey("ghg", "other"))).toBeUndefined();
  });
});
