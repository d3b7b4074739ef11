import { describe, expect, it } from "vitest";
import { impactEffort, median, quadrantOf } from "@/lib/reductions/impact-effort";

const action = (id: string, expectedKg: number | null, costEur: number | null, extra: object = {}) => ({
  id,
  title: id,
  type: "REDUCTION" as const,
  status: "PLANNED",
  expectedKg,
  costEur,
  ...extra,
});

describe("impact vs effort", () => {
  it("medians of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it("splits the plan at the medians: 12 t for 2 k€ is a quick win, 1 t for 90 k€ is to reconsider", () => {
    const result = impactEffort([
      action("sobriety", 12_000, 2_000), // 12 t/yr, 2 k€
      action("heat-pump", 9_000, 90_000),
      action("travel-policy", 3_000, 0),
      action("fleet", 1_000, 90_000),
    ]);
    expect(result.medians).toEqual({ tonnes: 6, costEur: 46_000 });
    expect(result.placed.map((p) => [p.id, p.tonnes, p.quadrant])).toEqual([
      ["sobriety", 12, "quickWin"],
      ["heat-pump", 9, "majorProject"],
      ["travel-policy", 3, "fillIn"],
      ["fleet", 1, "reconsider"],
    ]);
    expect(quadrantOf(6, 46_000, { tonnes: 6, costEur: 46_000 })).toBe("quickWin"); // on both medians
  });

  it("never places avoided emissions or abandoned actions; lists those missing a figure with the reason", () => {
    const result = impactEffort([
      action("offer", 12_000, 1_000, { type: "AVOIDED" }),
      action("dropped", 5_000, 1_000, { status: "ABANDONED" }),
      action("no-cost", 5_000, null),
      action("no-figure", null, 3_000),
      action("zero", 0, 3_000),
    ]);
    expect(result).toEqual({
      placed: [],
      medians: null,
      missing: [
        { id: "no-cost", title: "no-cost", reason: "cost" },
        { id: "no-figure", title: "no-figure", reason: "expected" },
        { id: "zero", title: "zero", reason: "expected" },
      ],
    });
  });
});
