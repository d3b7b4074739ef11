import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { CalcError } from "@/lib/calc/errors";
import { capitalGoodsShare } from "@/lib/calc/line-options";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import {
  DEFAULT_CALC_SETTINGS,
  type TActivityInput,
  type TActivityOptions,
  type TCalcSettings,
  ZCalcSettings,
} from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Equipment per unit (capital goods, GHG cat. 2 / BEGES 4.2): the organisation's method decides in which
// reporting years the footprint lands (docs/methodology.md; TCalcSettings.capitalGoodsMethod).
const index = fixtureIndex([
  {
    id: "custom:laptop-vendor",
    name: "Vendor laptop LCA",
    unit: "unit",
    value: "300",
    uncertaintyPct: 20,
    region: "FR",
    referenceYear: 2024,
    gwpSet: "unknown",
  },
]);
const amortised: TCalcSettings = ZCalcSettings.parse({ capitalGoodsMethod: "amortised" });
const bought = (
  activityTypeId: string,
  quantity: number,
  reportingYear: number,
  options?: TActivityOptions,
): TActivityInput => ({
  activityTypeId,
  quantity,
  unit: activityTypeId === "equipment.network_equipment" ? "kg" : "unit",
  region: "FR",
  year: 2025, // acquisition year
  reportingYear,
  ...(options ? { options } : {}),
});
const kg = (activity: TActivityInput, settings: TCalcSettings = DEFAULT_CALC_SETTINGS) =>
  kgOf(computeActivity(activity, index, settings).lines);
const calcError = (run: () => unknown): CalcError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
  throw new Error("expected a CalcError");
};

describe("equipment bought per unit", () => {
  it("whole (default): a laptop bought in 2025 = 185.09 kg (ADEME-Arcep: 170 + 12.3 + 2.79) in 2025, all cat. 2 / 4.2, 0 in 2026", () => {
    const { lines, resolution, capitalGoods } = computeActivity(bought("equipment.laptop", 1, 2025), index);
    expect(kgOf(lines)).toBeCloseTo(185.09, 10);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.begesPoste])).toEqual([
      ["manufacturing", 3, 2, "4.2"],
      ["other", 3, 2, "4.2"],
      ["end_of_life", 3, 2, "4.2"],
    ]);
    expect(lines[0]?.kgCO2e).toBeCloseTo(170, 10);
    expect(lines[0]?.flags).toContain("capital-goods-whole");
    expect(resolution.factorIds).toEqual(["ademe-arcep:laptop@2022-acv-numerique-2.1.0"]);
    expect(resolution.variant).toEqual({ capitalGoodsMethod: "whole", lifetimeYears: 5 });
    expect(capitalGoods).toEqual({
      method: "whole",
      lifetimeYears: 5,
      acquisitionYear: 2025,
      reportingYear: 2025,
      share: 1,
    });
    expect(kg(bought("equipment.laptop", 1, 2026))).toBe(0);
  });

  it("laptop amortised over 4 years: 185.09 / 4 = 46.2725 kg in each of 2025–2028, 0 in 2024 and 2029", () => {
    const per = [2024, 2025, 2026, 2027, 2028, 2029].map((y) =>
      kg(bought("equipment.laptop", 1, y, { lifetimeYears: 4 }), amortised),
    );
    expect(per[0]).toBe(0);
    for (const value of per.slice(1, 5)) expect(value).toBeCloseTo(46.2725, 10);
    expect(per[5]).toBe(0);
    const { lines } = computeActivity(bought("equipment.laptop", 1, 2026, { lifetimeYears: 4 }), index, amortised);
    expect(lines[0]?.quantity).toBe(0.25); // a quarter of a laptop, at the element's value
    expect(lines[0]?.factorValue).toBe(185.09);
    expect(lines[0]?.flags).toContain("capital-goods-amortised");
  });

  it("default lifetimes (ADEME-Arcep): 10 laptops over 5 years = 1,850.9 / 5 = 370.18 kg a year; a monitor over 6 years = 69.84 / 6 = 11.64 kg", () => {
    expect(kg(bought("equipment.laptop", 10, 2027), amortised)).toBeCloseTo(370.18, 9);
    expect(kg(bought("equipment.monitor", 1, 2025), amortised)).toBeCloseTo(11.64, 10);
    const { resolution } = computeActivity(bought("equipment.monitor", 1, 2025), index, amortised);
    expect(resolution.variant).toEqual({ capitalGoodsMethod: "amortised", lifetimeYears: 6 });
  });

  it("a smartphone over 2.5 years: 79.516 / 2.5 = 31.8064 kg in 2025 and 2026, 0.5 / 2.5 × 79.516 = 15.9032 kg in 2027, 79.516 in all", () => {
    const years = [2025, 2026, 2027, 2028].map((y) => kg(bought("equipment.smartphone", 1, y), amortised));
    expect(years[0]).toBeCloseTo(31.8064, 10);
    expect(years[1]).toBeCloseTo(31.8064, 10);
    expect(years[2]).toBeCloseTo(15.9032, 10);
    expect(years[3]).toBe(0);
    expect(years.reduce((a, b) => a + b, 0)).toBeCloseTo(79.516, 10);
    expect(capitalGoodsShare("amortised", 2.5, 2025, 2027).share).toBe(0.2);
  });

  it("a server (ADEME 20894, 600 kg, not decomposed): whole = 600 kg; amortised over ADEME-Arcep's 5 years → 120 kg, over 4 → 150 kg", () => {
    const whole = computeActivity(bought("equipment.server", 1, 2025), index);
    expect(kgOf(whole.lines)).toBe(600);
    expect(whole.lines[0]).toMatchObject({ scope: 3, ghgCategory: 2, begesPoste: "4.2", stage: null });
    expect(whole.lines[0]?.flags).toEqual(expect.arrayContaining(["not-decomposed", "capital-goods-whole"]));
    expect(whole.resolution.variant).toEqual({ capitalGoodsMethod: "whole", lifetimeYears: 5 });
    expect(kg(bought("equipment.server", 1, 2026), amortised)).toBe(120);
    expect(kg(bought("equipment.server", 1, 2026, { lifetimeYears: 4 }), amortised)).toBe(150);
  });

  it("a server rack has no published lifetime: amortising it asks for one", () => {
    const missing = calcError(() => computeActivity(bought("equipment.rack", 1, 2025), index, amortised));
    expect(missing.code).toBe("MISSING_OPTION");
    expect(missing.details).toMatchObject({ option: "lifetimeYears" });
  });

  it("network equipment by weight: 12 kg × 80.7 kgCO2e/kg (ADEME 20895) = 968.4 kg; a laser printer (27026) = 197 kg, over 5 years 39.4 kg", () => {
    expect(kg(bought("equipment.network_equipment", 12, 2025))).toBeCloseTo(968.4, 10);
    expect(kg(bought("equipment.printer_laser", 1, 2025))).toBe(197);
    expect(kg(bought("equipment.printer_laser", 1, 2029), amortised)).toBeCloseTo(39.4, 10);
  });

  it("a chosen factor keeps the capital-goods rule: vendor LCA 300 kg over 3 years = 100 kg, cat. 2 / 4.2", () => {
    const activity = { ...bought("equipment.laptop", 1, 2026, { lifetimeYears: 3 }), factorId: "custom:laptop-vendor" };
    const { lines, resolution } = computeActivity(activity, index, amortised);
    expect(kgOf(lines)).toBe(100);
    expect(lines[0]).toMatchObject({ ghgCategory: 2, begesPoste: "4.2" });
    expect(lines[0]?.flags).toEqual(expect.arrayContaining(["custom-factor", "capital-goods-amortised"]));
    expect(resolution).toMatchObject({
      rule: "custom",
      variant: { capitalGoodsMethod: "amortised", lifetimeYears: 3 },
    });
  });

  it("without reportingYear the acquisition year is reported: amortised 185.09 / 5 = 37.018 kg", () => {
    const { reportingYear: _omitted, ...activity } = bought("equipment.laptop", 1, 2025);
    expect(kg(activity, amortised)).toBeCloseTo(37.018, 10);
  });

  it("refuses a lifetime on a type that is not equipment", () => {
    const error = calcError(() =>
      computeActivity(
        {
          activityTypeId: "energy.electricity.grid",
          quantity: 1,
          unit: "kWh",
          region: "FR",
          year: 2025,
          options: { lifetimeYears: 4 },
        },
        index,
      ),
    );
    expect(error.code).toBe("UNKNOWN_OPTION");
    expect(error.details).toMatchObject({ option: "lifetimeYears" });
  });
});
