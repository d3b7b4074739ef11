import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { DEFAULT_CALC_SETTINGS, type TActivityInput, type TCalcSettings } from "@/lib/calc/types";
import { kgOf, marketKgOf } from "@/lib/calc/testing/totals";

// Scope 2 is reported location-based and market-based (GHG Protocol Scope 2 Guidance, methodology.md).
const index = fixtureIndex();
const electricity: TActivityInput = {
  activityTypeId: "energy.electricity.grid",
  quantity: 12_000,
  unit: "kWh",
  region: "FR",
  year: 2024,
};
const withInstruments = (instruments: TCalcSettings["marketInstruments"]): TCalcSettings => ({
  ...DEFAULT_CALC_SETTINGS,
  marketInstruments: instruments,
});
const generation = (settings: TCalcSettings = DEFAULT_CALC_SETTINGS, activity = electricity) =>
  computeActivity(activity, index, settings).lines.find((l) => l.scope === 2);

describe("scope 2, location- and market-based", () => {
  it("a supplier contract at 0.012 kgCO2e/kWh: market-based 12,000 × 0.012 = 144 kg, location-based stays 420 kg", () => {
    const settings = withInstruments({
      "energy.electricity.grid": { kgCO2ePerUnit: 0.012, unit: "kWh", basis: "contractual" },
    });
    const line = generation(settings);
    expect(line?.kgCO2e).toBeCloseTo(420, 9);
    expect(line?.marketKgCO2e).toBeCloseTo(144, 9);
    expect(line?.marketBasis).toBe("contractual");
  });

  it("totals: location 622.8 kg; market 622.8 − 420 + 144 = 346.8 kg (scope 3 upstream and T&D unchanged)", () => {
    const settings = withInstruments({
      "energy.electricity.grid": { kgCO2ePerUnit: 12, unit: "MWh", basis: "residual-mix" },
    });
    const { lines } = computeActivity(electricity, index, settings);
    expect(kgOf(lines)).toBeCloseTo(622.8, 9);
    expect(marketKgOf(lines.filter((l) => l.scope === 2))).toBeCloseTo(144, 9);
    expect(marketKgOf(lines)).toBeCloseTo(346.8, 9);
  });

  it("an activity's own instrument overrides the organisation's (e.g. a green contract on one site: 0 kg)", () => {
    const settings = withInstruments({
      "energy.electricity.grid": { kgCO2ePerUnit: 0.05, unit: "kWh", basis: "residual-mix" },
    });
    const line = generation(settings, {
      ...electricity,
      marketInstrument: { kgCO2ePerUnit: 0, unit: "kWh", basis: "contractual" },
    });
    expect(line).toMatchObject({ marketKgCO2e: 0, marketBasis: "contractual" });
  });

  it("without an instrument, market-based = location-based, marked location-fallback", () => {
    const line = generation();
    expect(line?.marketKgCO2e).toBe(line?.kgCO2e);
    expect(line?.marketBasis).toBe("location-fallback");
  });

  it("UK 1,000 kWh (DESNZ 2025): 177 kg scope 2 + 18.53 T&D + 45.9 and 3.97 WTT in scope 3 cat. 3 = 245.4 kg, uncertainty unknown", () => {
    const { lines } = computeActivity({ ...electricity, quantity: 1000, region: "GB", year: 2025 }, index);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.factorId])).toEqual([
      ["combustion", 2, null, "desnz:7_400_4000_5@2025"],
      ["td_losses", 3, 3, "desnz:13_402_4000_5@2025"],
      ["upstream", 3, 3, "desnz:15_917_4000_5@2025"],
      ["upstream", 3, 3, "desnz:15_918_4000_5@2025"],
    ]);
    expect(kgOf(lines.filter((l) => l.scope === 2))).toBeCloseTo(177, 9);
    expect(kgOf(lines)).toBeCloseTo(245.4, 9);
    expect(lines.some((l) => l.factorUncertaintyKnown)).toBe(false);
  });

  it("district heating is scope 2 too: market-based falls back to its location-based value", () => {
    const { lines } = computeActivity(
      { activityTypeId: "energy.district_heating", quantity: 1000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(lines[0]).toMatchObject({ scope: 2, marketKgCO2e: 385, marketBasis: "location-fallback" });
  });
});
