import { describe, expect, it } from "vitest";
import { computeActivities, computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { DEFAULT_CALC_SETTINGS, type TActivityInput, type TEmissionLineDraft } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

const index = fixtureIndex();
const run = (
  activity: Omit<TActivityInput, "region" | "year"> & Partial<TActivityInput>,
  settings = DEFAULT_CALC_SETTINGS,
) => computeActivity({ region: "FR", year: 2024, ...activity }, index, settings);
const byStage = (lines: TEmissionLineDraft[], stage: string | null) =>
  lines.find((l) => l.stage === stage) as TEmissionLineDraft;
const sumOf = (lines: TEmissionLineDraft[], pick: (l: TEmissionLineDraft) => number | null) =>
  lines.reduce((s, l) => s + (pick(l) ?? 0), 0);

describe("French electricity (ADEME 43642, 0.0519 kgCO2e/kWh, stages 0.035 / 0.0131 / 0.0038)", () => {
  const { lines, resolution } = run({
    activityTypeId: "energy.electricity.grid",
    quantity: 12_000,
    unit: "kWh",
    uncertaintyPct: 5,
  });

  it("12,000 kWh × 0.0519 = 622.8 kgCO2e, split 420 (generation, scope 2) / 157.2 (upstream) / 45.6 (T&D) that sum to the total", () => {
    expect(resolution).toMatchObject({ rule: "exact", factorIds: ["ademe:43642@23.6"], factorYear: 2024 });
    expect(byStage(lines, "combustion")).toMatchObject({ scope: 2, ghgCategory: null, begesPoste: "2.1" });
    expect(byStage(lines, "combustion").kgCO2e).toBeCloseTo(420, 9);
    expect(byStage(lines, "upstream")).toMatchObject({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    expect(byStage(lines, "upstream").kgCO2e).toBeCloseTo(157.2, 9);
    expect(byStage(lines, "td_losses")).toMatchObject({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    expect(byStage(lines, "td_losses").kgCO2e).toBeCloseTo(45.6, 9);
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(622.8, 9);
  });

  it("records the factor id, published value, unit and resolution rule on every line", () => {
    for (const line of lines) {
      expect(line).toMatchObject({
        factorId: "ademe:43642@23.6",
        factorValue: 0.0519,
        factorUnit: "kWh",
        quantity: 12_000,
        resolutionRule: "exact",
      });
    }
  });

  it("line uncertainty √(5² + 10²) = 11.18 % from 5 % on the meter reading and ADEME's 10 %", () => {
    for (const line of lines) expect(line.uncertaintyPct).toBeCloseTo(Math.sqrt(125), 9);
  });

  it("without a contractual instrument, market-based scope 2 falls back to the location-based 420 kg and says so", () => {
    expect(byStage(lines, "combustion")).toMatchObject({
      marketKgCO2e: byStage(lines, "combustion").kgCO2e,
      marketBasis: "location-fallback",
    });
    expect(byStage(lines, "upstream")).toMatchObject({ marketKgCO2e: null, marketBasis: null });
  });
});

describe("natural gas (ADEME 37133, 0.215 kgCO2e/kWh PCS; stages 0.181 + 0.0344 = 0.2154)", () => {
  const { lines, resolution } = run({ activityTypeId: "energy.natural_gas", quantity: 3000, unit: "kWh" });

  it("3,000 kWh PCS × 0.215 = 645 kgCO2e: the total is authoritative, stages split it pro rata 541.99 (scope 1) / 103.01 (scope 3 cat. 3)", () => {
    expect(resolution).toMatchObject({ rule: "earlier-year", factorYear: 2022 });
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(645, 9);
    expect(byStage(lines, "combustion")).toMatchObject({ scope: 1, ghgCategory: null, begesPoste: "1.1" });
    expect(byStage(lines, "combustion").kgCO2e).toBeCloseTo((645 * 0.181) / 0.2154, 9);
    expect(byStage(lines, "upstream")).toMatchObject({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    expect(byStage(lines, "upstream").kgCO2e).toBeCloseTo((645 * 0.0344) / 0.2154, 9);
  });

  it("gas split from the element's own columns, pro rata: CO2f 3,000 × 0.205 = 615 kg, CH4f 30.3 kgCO2e across the lines", () => {
    expect(sumOf(lines, (l) => l.co2f)).toBeCloseTo(615, 9);
    expect(sumOf(lines, (l) => l.ch4f)).toBeCloseTo(30.3, 9);
    expect(byStage(lines, "combustion").co2f).toBeCloseTo((615 * 0.181) / 0.2154, 9);
  });

  it("a bill in kWh is read as kWh PCS; 3 MWh PCS and 3,000 / 1.111 kWh PCI give the same 645 kg", () => {
    const total = (quantity: number, unit: string) =>
      kgOf(run({ activityTypeId: "energy.natural_gas", quantity, unit }).lines);
    expect(total(3, "MWh_PCS")).toBeCloseTo(645, 9);
    expect(total(3000 / 1.111, "kWh_PCI")).toBeCloseTo(645, 9);
  });
});

describe("spend-based IT services (ADEME monetary ratios 43441–43445, kgCO2e per k€ excl. VAT)", () => {
  it("18 k€ in 2023 × 75 (43445) = 1,350 kgCO2e, scope 3 cat. 1, BEGES 4.5 services", () => {
    const { lines, resolution } = run({ activityTypeId: "spend.it_services", quantity: 18, unit: "k€", year: 2023 });
    expect(resolution).toMatchObject({ rule: "exact", factorIds: ["ademe:43445@23.6"] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kgCO2e: 1350, scope: 3, ghgCategory: 1, begesPoste: "4.5", stage: null });
    expect(lines[0]?.flags).toEqual(["not-decomposed"]);
  });

  it("18,000 € in 2025 → ratio-year fallback to 2023 (43445, undeflated): 1,350 kgCO2e, marked on the line", () => {
    const { lines, resolution } = run({
      activityTypeId: "spend.it_services",
      quantity: 18_000,
      unit: "EUR",
      year: 2025,
    });
    expect(resolution).toMatchObject({
      rule: "ratio-year-fallback",
      factorIds: ["ademe:43445@23.6"],
      factorYear: 2023,
    });
    expect(lines[0]?.kgCO2e).toBe(1350);
    expect(lines[0]?.flags).toContain("ratio-year-fallback");
  });

  it("a 2021 spend uses the 2021 ratio: 18 k€ × 78 (43443) = 1,404 kgCO2e (a factor effect against 2023)", () => {
    const { lines, resolution } = run({ activityTypeId: "spend.it_services", quantity: 18, unit: "kEUR", year: 2021 });
    expect(resolution.factorIds).toEqual(["ademe:43443@23.6"]);
    expect(lines[0]?.kgCO2e).toBe(1404);
  });
});

describe("fuels and vehicles", () => {
  it("100 L of diesel B7 × 3.10 (25775) = 310 kg: 249.08 scope 1 (1.2) + 60.92 scope 3 cat. 3; element CO2b 0 (stage ±0.156 ignored)", () => {
    const { lines } = run({ activityTypeId: "fuel.diesel", quantity: 100, unit: "L" });
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(310, 9);
    expect(byStage(lines, "combustion")).toMatchObject({ scope: 1, begesPoste: "1.2" });
    expect(byStage(lines, "combustion").kgCO2e).toBeCloseTo((310 * 2.49) / 3.099, 9);
    expect(lines.every((l) => l.co2b === 0)).toBe(true);
  });

  it("1,000 km in an owned petrol car × 0.357 (43787, flagged for review): manufacturing 40.92 kg → scope 3 cat. 2 (4.2)", () => {
    const { lines } = run({
      activityTypeId: "vehicle.owned.car",
      quantity: 1000,
      unit: "km",
      options: { fuel: "petrol" },
    });
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(357, 9);
    expect(byStage(lines, "manufacturing")).toMatchObject({ scope: 3, ghgCategory: 2, begesPoste: "4.2" });
    expect(byStage(lines, "manufacturing").kgCO2e).toBeCloseTo((357 * 0.041) / 0.3577, 9);
    expect(byStage(lines, "combustion").scope).toBe(1);
    expect(lines.every((l) => l.flags.includes("factor-under-review"))).toBe(true);
  });

  it("1,000 km commuting by e-bike × 0.011 (28331) = 11 kg, manufacturing included, all in cat. 7 (BEGES 3.3)", () => {
    const { lines } = run({ activityTypeId: "commuting.bike_electric", quantity: 1000, unit: "km" });
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(11, 9);
    expect(lines.every((l) => l.scope === 3 && l.ghgCategory === 7 && l.begesPoste === "3.3")).toBe(true);
  });

  it("3 hotel nights in France × 6.7 (DESNZ 2025) = 20.1 kg, cat. 6, not decomposed, uncertainty unknown", () => {
    const { lines } = run({ activityTypeId: "travel.hotel", quantity: 3, unit: "night" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kgCO2e: 20.1,
      scope: 3,
      ghgCategory: 6,
      begesPoste: "3.5",
      factorUncertaintyKnown: false,
      uncertaintyPct: 0,
    });
    expect(lines[0]?.flags).toEqual(expect.arrayContaining(["not-decomposed", "factor-uncertainty-unknown"]));
  });

  it("100 km by taxi in France × (0.14861 + WTT 0.03697) (DESNZ, UK data as proxy) = 18.558 kg, both in cat. 6", () => {
    const { lines } = run({ activityTypeId: "travel.taxi", quantity: 100, unit: "km" });
    expect(sumOf(lines, (l) => l.kgCO2e)).toBeCloseTo(18.558, 9);
    expect(lines.every((l) => l.ghgCategory === 6 && l.flags.includes("proxy-region"))).toBe(true);
  });
});

describe("refrigerant leaks: kg × GWP of the organisation's set", () => {
  it("2 kg of R-410A × 1924 (AR5, default) = 3,848 kgCO2e, scope 1, BEGES 1.4, set recorded", () => {
    const { lines } = run({ activityTypeId: "refrigerant.r410a", quantity: 2, unit: "kg" });
    expect(lines).toEqual([
      expect.objectContaining({
        kgCO2e: 3848,
        scope: 1,
        ghgCategory: null,
        begesPoste: "1.4",
        gwpSet: "AR5",
        otherGases: 3848,
      }),
    ]);
  });

  it("2 kg of R-410A × 2256 (AR6 selected) = 4,512 kgCO2e", () => {
    const { lines } = run(
      { activityTypeId: "refrigerant.r410a", quantity: 2, unit: "kg" },
      { ...DEFAULT_CALC_SETTINGS, gwpSet: "AR6" },
    );
    expect(lines[0]).toMatchObject({ kgCO2e: 4512, gwpSet: "AR6", factorId: "gwp:AR6:R-410A" });
  });
});

describe("explicit errors", () => {
  it("rejects an incompatible or unknown unit, an unknown type and a non-finite quantity", () => {
    expect(() => run({ activityTypeId: "energy.heating_oil", quantity: 1, unit: "kWh" })).toThrow(/INCOMPATIBLE_UNITS/);
    expect(() => run({ activityTypeId: "energy.electricity.grid", quantity: 1, unit: "kWh_PCS" })).toThrow(
      /INCOMPATIBLE_UNITS/,
    );
    expect(() => run({ activityTypeId: "travel.train.tgv", quantity: 1, unit: "furlong" })).toThrow(/UNKNOWN_UNIT/);
    expect(() => run({ activityTypeId: "energy.nuclear", quantity: 1, unit: "kWh" })).toThrow(/UNKNOWN_ACTIVITY_TYPE/);
    expect(() => run({ activityTypeId: "energy.electricity.grid", quantity: Number.NaN, unit: "kWh" })).toThrow(
      /INVALID_QUANTITY/,
    );
  });
});

describe("batch computation", () => {
  it("reports a bad row against that row instead of aborting: 2 computed, 1 NO_FACTOR", () => {
    const outcomes = computeActivities(
      [
        { activityTypeId: "spend.telecoms", quantity: 10, unit: "kEUR", region: "FR", year: 2023 },
        { activityTypeId: "travel.hotel", quantity: 1, unit: "night", region: "AT", year: 2025 },
        { activityTypeId: "fuel.petrol", quantity: 10, unit: "L", region: "FR", year: 2024 },
      ],
      index,
    );
    expect(outcomes.map((o) => (o.ok ? kgOf(o.result.lines) : o.error.code))).toEqual([1360, "NO_FACTOR", 26.9]);
  });
});
