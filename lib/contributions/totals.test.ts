import { describe, expect, it } from "vitest";
import { contributionBudget, contributionTotals, totalEur } from "@/lib/contributions/totals";

describe("climate contributions", () => {
  const projects = [
    { kind: "AVOIDANCE" as const, tonnes: 120, pricePerTonneEur: 12.5 }, // 1,500 €
    { kind: "REMOVAL" as const, tonnes: 35.5, pricePerTonneEur: 48 }, // 1,704 €
    { kind: "REMOVAL" as const, tonnes: 10, pricePerTonneEur: 110.33 }, // 1,103.30 €
  ];

  it("a project's total is tonnes × price, to the cent", () => {
    expect(totalEur(projects[1]!)).toBe(1704);
    expect(totalEur({ tonnes: 0.333, pricePerTonneEur: 10 })).toBe(3.33);
  });

  it("sums by kind and in all, avoidance and removal apart", () => {
    expect(contributionTotals(projects)).toEqual({
      avoidance: { tonnes: 120, eur: 1500 },
      removal: { tonnes: 45.5, eur: 2807.3 },
      all: { tonnes: 165.5, eur: 4307.3 },
    });
    expect(contributionTotals([]).all).toEqual({ tonnes: 0, eur: 0 });
  });

  it("the budget is the residual footprint × the internal carbon price", () => {
    expect(contributionBudget(354.2, 100)).toBe(35420);
    expect(contributionBudget(12.345, 80.5)).toBe(993.77);
    expect(contributionBudget(null, 100)).toBeNull();
    expect(contributionBudget(10, -1)).toBeNull();
  });
});
