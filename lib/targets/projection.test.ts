import { describe, expect, it } from "vitest";
import { countsInProjection, projectedPath, shareInTarget, type TProjectedAction } from "@/lib/targets/projection";

const action = (over: Partial<TProjectedAction>): TProjectedAction => ({
  type: "REDUCTION",
  status: "PLANNED",
  posts: ["scope2"],
  expectedKg: 10_000,
  startYear: 2026,
  endYear: null,
  ...over,
});

describe("projected path", () => {
  const latestByPost = { scope1: 20_000, scope2: 30_000, "3.6": 50_000 };

  it("only planned / in-progress reductions (and done ones after the latest period) count", () => {
    expect(countsInProjection(action({}), 2025)).toBe(true);
    expect(countsInProjection(action({ type: "AVOIDED" }), 2025)).toBe(false);
    expect(countsInProjection(action({ status: "IDEA" }), 2025)).toBe(false);
    expect(countsInProjection(action({ status: "ABANDONED" }), 2025)).toBe(false);
    expect(countsInProjection(action({ status: "DONE", endYear: 2025 }), 2025)).toBe(false);
    expect(countsInProjection(action({ status: "DONE", endYear: 2026 }), 2025)).toBe(true);
    expect(countsInProjection(action({ expectedKg: null }), 2025)).toBe(false);
  });

  it("an action on scope 1 + cat. 6 counts 50,000 / 70,000 of itself in a scope 3 target", () => {
    expect(shareInTarget(["scope1", "3.6"], ["3.6"], latestByPost)).toBeCloseTo(5 / 7, 12);
    expect(shareInTarget(["scope1"], ["3.6"], latestByPost)).toBe(0);
  });

  it("100 t in 2025, −10 t from 2026 and −14 t (of which 10 inside) from 2028", () => {
    const path = projectedPath(
      { year: 2025, kg: 100_000 },
      2030,
      [action({}), action({ posts: ["scope1", "3.6"], expectedKg: 14_000, startYear: 2028, status: "IN_PROGRESS" })],
      ["scope2", "3.6"],
      latestByPost,
    );
    expect(path.map((p) => p.value)).toEqual([100_000, 90_000, 90_000, 80_000, 80_000, 80_000]);
  });
});
