import { describe, expect, it } from "vitest";
import { buildFactorIndex } from "@/lib/calc/factor-index";
import { regionChain, resolveFactor, resolvePlan, type TResolveQuery } from "@/lib/calc/resolve";
import { fixtureIndex, fixtureRecords, fixtureRecordsWithout } from "@/lib/calc/testing/fixtures";
import { computeActivity } from "@/lib/calc/compute";
import { DEFAULT_CALC_SETTINGS, type TCustomFactor } from "@/lib/calc/types";

const index = fixtureIndex();
const resolve = (query: Partial<TResolveQuery> & Pick<TResolveQuery, "activityTypeId">, idx = index) =>
  resolveFactor(idx, { region: "FR", year: 2024, ...query });

describe("region fallbacks: country → '*' → EU (European countries) → WORLD", () => {
  it("orders the chain", () => {
    expect(regionChain("FR")).toEqual(["FR", "*", "EU", "WORLD"]);
    expect(regionChain("US")).toEqual(["US", "*", "WORLD"]);
    expect(regionChain("WORLD")).toEqual(["WORLD", "*"]);
  });

  it("France uses ADEME even though Ember also publishes a French value; Germany uses Ember", () => {
    expect(resolve({ activityTypeId: "energy.electricity.grid" }).factorIds).toEqual(["ademe:43642@23.6"]);
    expect(resolve({ activityTypeId: "energy.electricity.grid", region: "DE" })).toMatchObject({
      rule: "exact",
      factorIds: ["ember:DEU@2024-co2js-0.19.0"],
    });
  });

  it("UK electricity uses DESNZ 2025: 0.177 generation + T&D + WTT rows", () => {
    expect(resolve({ activityTypeId: "energy.electricity.grid", region: "GB", year: 2025 }).factorIds).toEqual([
      "desnz:7_400_4000_5@2025",
      "desnz:13_402_4000_5@2025",
      "desnz:15_917_4000_5@2025",
      "desnz:15_918_4000_5@2025",
    ]);
  });

  it("Austria (no country value) falls back to the EU average, Japan to WORLD", () => {
    expect(resolve({ activityTypeId: "energy.electricity.grid", region: "AT" })).toMatchObject({
      rule: "region-fallback:EU",
      factorRegion: "EU",
    });
    expect(resolve({ activityTypeId: "energy.electricity.grid", region: "JP", year: 2025 })).toMatchObject({
      rule: "region-fallback:WORLD+earlier-year",
    });
  });

  it("diesel outside France uses the French element as the documented WORLD default, flagged proxy-region", () => {
    const { lines, resolution } = computeActivity(
      { activityTypeId: "fuel.diesel", quantity: 1, unit: "L", region: "DE", year: 2024 },
      index,
    );
    expect(resolution.rule).toBe("region-fallback:WORLD+undated");
    expect(lines.every((l) => l.flags.includes("proxy-region") && l.flags.includes("region-fallback"))).toBe(true);
  });

  it("no factor anywhere in the chain is an explicit error (TGV in the US, a hotel in Austria)", () => {
    expect(() => resolve({ activityTypeId: "travel.train.tgv", region: "US" })).toThrow(/NO_FACTOR/);
    expect(() => resolve({ activityTypeId: "travel.hotel", region: "AT" })).toThrow(/NO_FACTOR/);
  });

  it("a release that is not loaded offers no candidate: without ADEME 43642, France falls back to Ember's EU average", () => {
    const withoutAdeme = fixtureIndex([], fixtureRecordsWithout("ademe:43642"));
    expect(resolve({ activityTypeId: "energy.electricity.grid" }, withoutAdeme)).toMatchObject({
      rule: "region-fallback:EU",
      factorIds: ["ember:EU@2024-co2js-0.19.0"],
    });
  });

  it("a DESNZ set missing its WTT row is not used (scope 2 alone would understate): UK falls back to EU", () => {
    const partial = fixtureIndex([], fixtureRecordsWithout("desnz:15_917_4000_5"));
    expect(resolve({ activityTypeId: "energy.electricity.grid", region: "GB" }, partial).rule).toBe(
      "region-fallback:EU",
    );
  });
});

describe("year fallbacks", () => {
  it("exact → undated → nearest earlier → nearest later", () => {
    expect(resolve({ activityTypeId: "energy.electricity.grid", year: 2026 })).toMatchObject({
      rule: "earlier-year",
      factorYear: 2024,
    });
    expect(resolve({ activityTypeId: "energy.electricity.grid", year: 2020 })).toMatchObject({
      rule: "later-year",
      factorYear: 2024,
    });
    expect(resolve({ activityTypeId: "energy.heating_oil" })).toMatchObject({ rule: "undated", factorYear: null });
  });

  it("spend uses its own year's ratio, the latest after 2023 (ratio-year-fallback), the earliest before 2019", () => {
    expect(resolve({ activityTypeId: "spend.telecoms", year: 2020 }).factorIds).toEqual(["ademe:43507@23.6"]);
    expect(resolve({ activityTypeId: "spend.telecoms", year: 2030 })).toMatchObject({
      rule: "ratio-year-fallback",
      factorIds: ["ademe:43510@23.6"],
    });
    expect(resolve({ activityTypeId: "spend.telecoms", year: 2015 })).toMatchObject({
      rule: "later-year",
      factorIds: ["ademe:43506@23.6"],
    });
  });
});

describe("options", () => {
  it("car fuel: average by default (43791), electric → 28007", () => {
    expect(resolve({ activityTypeId: "commuting.car" }).factorIds).toEqual(["ademe:43791@23.6"]);
    expect(resolve({ activityTypeId: "commuting.car", options: { fuel: "electric" } }).factorIds).toEqual([
      "ademe:28007@23.6",
    ]);
  });

  it("district heating: the site's network when known (Paris CPCU 36885), else 'other networks' (37089, combustion only)", () => {
    expect(
      resolve({ activityTypeId: "energy.district_heating", options: { network: "paris_cpcu" } }).factorIds,
    ).toEqual(["ademe:36885@23.6"]);
    const { lines } = computeActivity(
      { activityTypeId: "energy.district_heating", quantity: 10_000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(lines).toEqual([expect.objectContaining({ kgCO2e: 3850, scope: 2, begesPoste: "2.2", stage: null })]);
    expect(lines[0]?.flags).toEqual(expect.arrayContaining(["combustion-only", "not-decomposed"]));
    expect(() => resolve({ activityTypeId: "energy.district_heating", options: { network: "atlantis" } })).toThrow(
      /NO_FACTOR/,
    );
  });

  it("resolves once per distinct query (memoised plan)", () => {
    const query = { activityTypeId: "energy.natural_gas", region: "FR", year: 2024 };
    expect(resolvePlan(index, query)).toBe(resolvePlan(index, { ...query }));
  });
});

describe("explicit factor choices", () => {
  const green: TCustomFactor = {
    id: "custom:green-heat",
    name: "Réseau Grenoble 2024 (supplier)",
    unit: "kWh",
    value: "0.05",
    uncertaintyPct: 15,
    region: "FR",
    referenceYear: 2024,
    gwpSet: "AR5",
  };
  const withCustom = fixtureIndex([green]);

  it("an organisation factor overrides the default when selected on the activity or for the type (rule 'custom')", () => {
    const viaActivity = computeActivity(
      {
        activityTypeId: "energy.district_heating",
        quantity: 1000,
        unit: "kWh",
        region: "FR",
        year: 2024,
        factorId: "custom:green-heat",
      },
      withCustom,
    );
    expect(viaActivity.resolution.rule).toBe("custom");
    expect(viaActivity.lines[0]).toMatchObject({ kgCO2e: 50, factorId: "custom:green-heat", scope: 2 });
    expect(viaActivity.lines[0]?.flags).toContain("custom-factor");
    const settings = {
      ...DEFAULT_CALC_SETTINGS,
      factorOverrides: { "energy.district_heating": "custom:green-heat" },
    };
    expect(
      resolveFactor(withCustom, { activityTypeId: "energy.district_heating", region: "FR", year: 2024 }, settings).rule,
    ).toBe("custom");
  });

  it("a library factor picked by the user is 'selected'; an unknown id or unit is an explicit error", () => {
    expect(resolve({ activityTypeId: "energy.district_heating", factorId: "ademe:36808" }).rule).toBe("selected");
    expect(() => resolve({ activityTypeId: "energy.district_heating", factorId: "custom:nope" })).toThrow(
      /UNKNOWN_FACTOR/,
    );
    expect(() =>
      computeActivity(
        {
          activityTypeId: "energy.electricity.grid",
          quantity: 1,
          unit: "kWh",
          region: "FR",
          year: 2024,
          factorId: "ademe:14087",
        },
        index,
      ),
    ).toThrow(/INCOMPATIBLE_UNITS/);
  });
});

describe("index building", () => {
  it("keeps the latest loaded version of a factor (23.10 over 23.6)", () => {
    const base = fixtureRecords().find((r) => r.id === "ademe:43642@23.6");
    if (!base) throw new Error("fixture missing");
    const newer = { ...base, id: "ademe:43642@23.10", version: "23.10", value: "0.06" };
    const idx = buildFactorIndex([...fixtureRecords(), newer]);
    expect(resolve({ activityTypeId: "energy.electricity.grid" }, idx).factorIds).toEqual(["ademe:43642@23.10"]);
  });

  it("rejects two candidates for the same region, year and options", () => {
    const de = fixtureRecords().find((r) => r.id === "ember:DEU@2024-co2js-0.19.0");
    if (!de) throw new Error("fixture missing");
    expect(() =>
      buildFactorIndex([...fixtureRecords(), { ...de, id: "ember:DEU-bis@2024-co2js-0.19.0", sourceId: "DEU-bis" }]),
    ).toThrow(/INVALID_MAPPING/);
  });
});
