import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { kgOf, marketKgOf } from "@/lib/calc/testing/totals";
import { ZCalcSettings } from "@/lib/calc/types";

// Footprints another tool assessed (Boavizta's GWP) go through the engine as kgCO2e with the identity
// factor assessed:kgCO2e: the type's profile classifies them (docs/methodology.md "Boavizta results").
const index = fixtureIndex();
const assessed = (activityTypeId: string, quantity: number, extra: Record<string, unknown> = {}) => ({
  activityTypeId,
  quantity,
  unit: "kgCO2e",
  region: "FR",
  year: 2025,
  ...extra,
});

describe("tool-assessed footprints", () => {
  it("cloud (BoaviztAPI azure e8ads_v5, 170 + 800 kg): scope 3 cat. 1 / 4.5, value unchanged", () => {
    for (const kg of [170, 800]) {
      const { lines, resolution } = computeActivity(assessed("digital.hosting.cloud_assessed", kg), index);
      expect(resolution.factorIds).toEqual(["assessed:kgCO2e"]);
      expect(kgOf(lines)).toBe(kg);
      expect(lines.map((l) => [l.scope, l.ghgCategory, l.begesPoste])).toEqual([[3, 1, "4.5"]]);
    }
  });

  it("owned server embedded (Dell R740, 967.9 kg): cat. 2 / 4.2 whole in the acquisition year, 0 the next", () => {
    const now = computeActivity(assessed("equipment.server_assessed", 967.9), index);
    expect(kgOf(now.lines)).toBe(967.9);
    expect(now.lines.every((l) => l.scope === 3 && l.ghgCategory === 2 && l.begesPoste === "4.2")).toBe(true);
    expect(
      kgOf(computeActivity(assessed("equipment.server_assessed", 967.9, { reportingYear: 2026 }), index).lines),
    ).toBe(0);
  });

  it("owned server embedded amortised over 4 years: 967.9 / 4 = 241.975 kg a year", () => {
    const { lines } = computeActivity(
      assessed("equipment.server_assessed", 967.9, { reportingYear: 2026, options: { lifetimeYears: 4 } }),
      index,
      ZCalcSettings.parse({ capitalGoodsMethod: "amortised" }),
    );
    expect(kgOf(lines)).toBeCloseTo(241.975, 9);
  });

  it("owned server use (8000 kg, location-based): scope 2, market-based falls back to it; PUE 1.2 uplift → 9600", () => {
    const plain = computeActivity(assessed("digital.hosting.owned_assessed", 8000), index);
    expect(plain.lines.map((l) => [l.scope, l.begesPoste, l.marketBasis])).toEqual([[2, "2.1", "location-fallback"]]);
    expect(marketKgOf(plain.lines)).toBe(8000);
    const withPue = computeActivity(assessed("digital.hosting.owned_assessed", 8000, { options: { pue: 1.2 } }), index);
    expect(kgOf(withPue.lines)).toBeCloseTo(9600, 9);
  });

  it("the tool's min/max uncertainty is the line's: the identity factor adds none", () => {
    const { lines } = computeActivity(assessed("digital.hosting.cloud_assessed", 800, { uncertaintyPct: 241 }), index);
    expect(lines[0]?.uncertaintyPct).toBeCloseTo(241, 9);
    expect(lines[0]?.factorUncertaintyKnown).toBe(true);
  });

  it("tonnes and grams convert; kgCO2eq is read as kgCO2e", () => {
    expect(
      kgOf(computeActivity({ ...assessed("digital.hosting.cloud_assessed", 1.5), unit: "tCO2e" }, index).lines),
    ).toBe(1500);
    expect(
      kgOf(computeActivity({ ...assessed("digital.hosting.cloud_assessed", 2), unit: "kgCO2eq" }, index).lines),
    ).toBe(2);
  });
});
