import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import type { TActivityInput } from "@/lib/calc/types";
import { lineRelativeUncertainty, quadratureSum, sumLines, type TSummableLine } from "@/lib/calc/uncertainty";

const index = fixtureIndex();
const line = (kgCO2e: number, uncertaintyPct: number, correlationKey: string, known = true): TSummableLine => ({
  kgCO2e,
  marketKgCO2e: null,
  scope: 3,
  ghgCategory: 1,
  begesPoste: "4.5",
  co2b: null,
  uncertaintyPct,
  factorUncertaintyKnown: known,
  correlationKey,
});

describe("line uncertainty", () => {
  it("√(u_activity² + u_factor²): 3 % and 4 % → 5 %", () => {
    expect(lineRelativeUncertainty(3, 4)).toBe(5);
  });

  it("an unknown factor uncertainty adds nothing (the line is flagged instead)", () => {
    expect(lineRelativeUncertainty(3, null)).toBe(3);
    expect(lineRelativeUncertainty(undefined, null)).toBe(0);
  });
});

describe("sum of lines", () => {
  it("independent lines add absolute uncertainties in quadrature: ±30 kg and ±40 kg → ±50 kg", () => {
    const totals = sumLines([line(300, 10, "a"), line(400, 10, "b")]);
    expect(totals.totalKgCO2e).toBe(700);
    expect(totals.uncertaintyKgCO2e).toBeCloseTo(50, 9);
    expect(totals.uncertaintyPct).toBeCloseTo((50 / 700) * 100, 9);
  });

  it("lines of one activity are correlated and add linearly: 420 + 157.2 + 45.6 kg at ±10 % → ±62.28 kg", () => {
    const { lines } = computeActivity(
      {
        activityTypeId: "energy.electricity.grid",
        quantity: 12_000,
        unit: "kWh",
        region: "FR",
        year: 2024,
        id: "act-1",
      },
      index,
    );
    expect(sumLines(lines).uncertaintyKgCO2e).toBeCloseTo(62.28, 9);
  });

  it("states the share of emissions whose uncertainty is known: 1,350 kg known of 1,370.1 kg = 98.53 %", () => {
    const spend = computeActivity(
      { activityTypeId: "spend.it_services", quantity: 18, unit: "kEUR", region: "FR", year: 2023 },
      index,
    ).lines;
    const hotel = computeActivity(
      { activityTypeId: "travel.hotel", quantity: 3, unit: "room.night", region: "FR", year: 2025 },
      index,
    ).lines;
    const totals = sumLines([...spend, ...hotel]);
    expect(totals.totalKgCO2e).toBeCloseTo(1370.1, 9);
    expect(totals.knownUncertaintyShare).toBeCloseTo(1350 / 1370.1, 12);
    expect(totals.uncertaintyKgCO2e).toBeCloseTo(1350 * 0.8, 9); // the hotel night adds nothing
  });

  it("reports biogenic CO2 beside the totals, never in them", () => {
    const totals = sumLines([{ ...line(10, 0, "a"), co2b: 4 }]);
    expect(totals).toMatchObject({ totalKgCO2e: 10, biogenicCo2Kg: 4 });
  });

  it("has no relative figures for an empty set", () => {
    expect(sumLines([])).toMatchObject({
      lineCount: 0,
      totalKgCO2e: 0,
      uncertaintyPct: null,
      knownUncertaintyShare: null,
    });
  });
});

// Realistic activity mix for property tests: any quantity, year, activity uncertainty and id.
const arbActivity = fc.record({
  kind: fc.constantFrom(
    ["energy.electricity.grid", "kWh"],
    ["energy.natural_gas", "MWh_PCS"],
    ["fuel.diesel", "L"],
    ["spend.it_services", "EUR"],
    ["travel.train.tgv", "p.km"],
    ["travel.hotel", "room.night"],
    ["vehicle.owned.car", "mile"],
    ["refrigerant.r32", "kg"],
  ),
  quantity: fc.double({ min: 0, max: 1e7, noNaN: true }),
  year: fc.integer({ min: 2015, max: 2030 }),
  region: fc.constantFrom("FR", "GB"),
  uncertaintyPct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
});
const expectClose = (actual: number | undefined, expected: number) =>
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-9);
type TArbActivity = {
  kind: readonly [string, string];
  quantity: number;
  year: number;
  region: string;
  uncertaintyPct: number | undefined;
};
const toInput = (a: TArbActivity, i: number): TActivityInput => ({
  id: `a${i}`,
  activityTypeId: a.kind[0],
  unit: a.kind[1],
  quantity: a.quantity,
  year: a.year,
  region: a.kind[0] === "travel.hotel" || a.kind[0] === "energy.electricity.grid" ? a.region : "FR",
  uncertaintyPct: a.uncertaintyPct,
});

describe("properties", () => {
  it("totals equal the sum of the lines, by scope and overall", () => {
    fc.assert(
      fc.property(fc.array(arbActivity, { maxLength: 20 }), (activities) => {
        const lines = activities.flatMap((a, i) => computeActivity(toInput(a, i), index).lines);
        const totals = sumLines(lines);
        const direct = lines.reduce((s, l) => s + l.kgCO2e, 0);
        expectClose(totals.totalKgCO2e, direct);
        expectClose(totals.byScope[1] + totals.byScope[2] + totals.byScope[3], direct);
        expect(totals.lineCount).toBe(lines.length);
      }),
    );
  });

  it("each activity's lines add up to quantity × element total", () => {
    fc.assert(
      fc.property(arbActivity, (a) => {
        const { lines } = computeActivity(toInput(a, 0), index);
        const perComponent = new Map<string, number>();
        for (const l of lines) perComponent.set(l.factorId, (perComponent.get(l.factorId) ?? 0) + l.kgCO2e);
        for (const l of lines) expectClose(perComponent.get(l.factorId), l.quantity * l.factorValue);
      }),
    );
  });

  it("the uncertainty of a sum never exceeds the sum of the lines' uncertainties", () => {
    const arbLine = fc.record({
      kg: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      u: fc.double({ min: 0, max: 200, noNaN: true }),
      key: fc.constantFrom("a", "b", "c", "d"),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 30 }), (rows) => {
        const totals = sumLines(rows.map((r) => line(r.kg, r.u, r.key)));
        const linear = rows.reduce((s, r) => s + (Math.abs(r.kg) * r.u) / 100, 0);
        expect(totals.uncertaintyKgCO2e).toBeLessThanOrEqual(linear * (1 + 1e-12) + 1e-9);
        expect(totals.uncertaintyKgCO2e).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("quadrature of a single value is its magnitude", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expectClose(quadratureSum([x]), Math.abs(x));
      }),
    );
  });
});
