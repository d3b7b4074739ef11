import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";

// The engine's share of the uncertainty rule (docs/methodology.md): each line stores its relative
// uncertainty √(u_activity² + u_factor²) and whether the factor's is known. Adding lines up (linearly within
// an activity, in quadrature across activities, with the known share) is lib/reporting's, in SQL.

const index = fixtureIndex();

describe("line uncertainty", () => {
  it("French grid electricity (ADEME 43642, ±10 %) metered at ±5 %: every line √(5² + 10²) = 11.18 %", () => {
    const { lines } = computeActivity(
      {
        activityTypeId: "energy.electricity.grid",
        quantity: 12_000,
        unit: "kWh",
        region: "FR",
        year: 2024,
        uncertaintyPct: 5,
      },
      index,
    );
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.uncertaintyPct).toBeCloseTo(Math.sqrt(5 * 5 + 10 * 10), 12);
      expect(line.factorUncertaintyKnown).toBe(true);
    }
  });

  it("a factor without published uncertainty (DESNZ hotel night) adds nothing: the line keeps the quantity's 30 %, flagged", () => {
    const { lines } = computeActivity(
      {
        activityTypeId: "travel.hotel",
        quantity: 3,
        unit: "room.night",
        region: "FR",
        year: 2025,
        uncertaintyPct: 30,
      },
      index,
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({ uncertaintyPct: 30, factorUncertaintyKnown: false });
      expect(line.flags).toContain("factor-uncertainty-unknown");
    }
  });

  it("without a stated quantity uncertainty, the line carries the factor's alone", () => {
    const { lines } = computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity: 100, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(lines.map((l) => l.uncertaintyPct)).toEqual([10, 10, 10]);
  });
});
