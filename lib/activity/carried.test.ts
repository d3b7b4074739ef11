import { describe, expect, it } from "vitest";
import { DEFAULT_CALC_SETTINGS, type TCalcSettings } from "@/lib/calc";
import { carryTargets, lockedCarryYears } from "@/lib/activity/carried";
import type { TActivityForCalc, TPeriodContext } from "@/lib/activity/engine-input";

// Where amortised equipment is carried: pure, from the periods a context knows.
const amortised: TCalcSettings = { ...DEFAULT_CALC_SETTINGS, capitalGoodsMethod: "amortised" };
const years = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031];
const ctx = (locked: number[] = [], method: TCalcSettings = amortised): TPeriodContext => ({
  periodYear: new Map(years.map((y) => [`p${y}`, y])),
  periodSettings: new Map([["p2024", method]]),
  periods: years.map((y) => ({ id: `p${y}`, year: y, status: locked.includes(y) ? "LOCKED" : "OPEN" })),
});
const item = (activityTypeId: string, options: object = {}, overrides: Partial<TActivityForCalc> = {}) =>
  ({
    id: "a",
    periodId: "p2024",
    siteId: null,
    activityTypeId,
    quantity: "1",
    unit: "unit",
    region: null,
    activityDate: null,
    activityYear: null,
    options,
    uncertaintyPct: null,
    customFactorId: null,
    ...overrides,
  }) satisfies TActivityForCalc;

describe("carryTargets", () => {
  it("a laptop over 4 years bought in 2024 reaches 2025, 2026, 2027 at 1/4 each; never the earlier 2023", () => {
    expect(carryTargets(item("equipment.laptop", { lifetimeYears: 4 }), ctx())).toEqual([
      { periodId: "p2025", year: 2025, share: 0.25 },
      { periodId: "p2026", year: 2026, share: 0.25 },
      { periodId: "p2027", year: 2027, share: 0.25 },
    ]);
  });

  it("6.6 years: 2025–2029 at 1/6.6, then 2030 carries the 0.6/6.6 left, 2031 nothing", () => {
    const targets = carryTargets(item("equipment.laptop", { lifetimeYears: 6.6 }), ctx());
    expect(targets.map((t) => t.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(targets[0]?.share).toBeCloseTo(1 / 6.6, 12);
    expect(targets[5]?.share).toBeCloseTo(0.6 / 6.6, 12);
  });

  it("the type's default lifetime (laptop: 5 years, ADEME-Arcep) when none is stated: 2025–2028", () => {
    expect(carryTargets(item("equipment.laptop"), ctx()).map((t) => t.year)).toEqual([2025, 2026, 2027, 2028]);
  });

  it("an acquisition dated 2023 in the 2024 period over 2 years reaches nothing later (2025 is past its life)", () => {
    expect(carryTargets(item("equipment.laptop", { lifetimeYears: 2 }, { activityDate: "2023-06-01" }), ctx())).toEqual(
      [],
    );
  });

  it("nothing when the acquisition period counts equipment whole, nor for a type that is not equipment", () => {
    expect(carryTargets(item("equipment.laptop", { lifetimeYears: 4 }), ctx([], DEFAULT_CALC_SETTINGS))).toEqual([]);
    expect(carryTargets(item("energy.electricity.grid", {}, { unit: "kWh" }), ctx())).toEqual([]);
  });

  it("lockedCarryYears names the locked periods the equipment reaches: 2026 locked → [2026]", () => {
    expect(lockedCarryYears(item("equipment.laptop", { lifetimeYears: 4 }), ctx([2026, 2030]))).toEqual([2026]);
  });
});
