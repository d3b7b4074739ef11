import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { roundLines } from "@/lib/activity/lines";
import { changedFactors, summarise, totalsOf, type TStoredLine } from "@/lib/activity/release-update/diff";
import type { TRecomputePlan } from "@/lib/activity/recompute";

const rounded = (quantity: number) =>
  roundLines(
    computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity, unit: "kWh", region: "FR", year: 2024 },
      fixtureIndex(),
    ).lines,
    false,
  );

const stored = (activityId: string, lines: ReturnType<typeof rounded>): TStoredLine[] =>
  lines.lines.map((l) => ({
    activityId,
    position: l.position,
    scope: l.scope,
    ghgCategory: l.ghgCategory,
    kgCO2e: l.kgCO2e,
    marketKgCO2e: l.marketKgCO2e,
    factorId: l.factorId,
    factorValue: l.factorValue,
  }));

// The same lines as if computed with a release where 43642 is 0.06 instead of 0.0519.
const bumped = (lines: ReturnType<typeof rounded>) => ({
  ...lines,
  lines: lines.lines.map((l) => ({ ...l, factorId: "ademe:43642@next", factorValue: "0.06" })),
});

describe("release update diff", () => {
  it("sums totals per scope, market-based scope 2 and GHG category, exactly", () => {
    expect(totalsOf(stored("a", rounded(12_000)))).toEqual({
      total: "622.800000",
      byScope: { 1: "0.000000", 2: "420.000000", 3: "202.800000" },
      scope2Market: "420.000000",
      byGhgCategory: { 3: "202.800000" },
    });
  });

  it("lists factors whose value changes, with the number of activities, and ignores mere version moves", () => {
    const before = new Map([
      ["a", stored("a", rounded(100))],
      ["b", stored("b", rounded(200))],
    ]);
    const moved = rounded(100);
    const changes = [
      { activityId: "a", rounded: bumped(rounded(100)) },
      { activityId: "b", rounded: bumped(rounded(200)) },
      {
        activityId: "c",
        rounded: { ...moved, lines: moved.lines.map((l) => ({ ...l, factorId: "ademe:43642@next" })) },
      },
    ];
    before.set("c", stored("c", moved));
    expect(changedFactors(changes, before)).toEqual([
      {
        ref: "ademe:43642",
        from: { factorId: expect.stringMatching(/^ademe:43642@/), value: "0.0519" },
        to: { factorId: "ademe:43642@next", value: "0.06" },
        activities: 2,
      },
    ]);
  });

  it("summarises a plan: activities changed or only re-pointed, lines, totals before and after", () => {
    const old = rounded(12_000);
    const other = rounded(1_000);
    const activity = (id: string, kg: string) =>
      ({ id, kgCO2e: { toFixed: () => kg } }) as unknown as TRecomputePlan["changes"][number]["activity"];
    const plan: TRecomputePlan = {
      total: 3,
      changes: [
        {
          activity: activity("a", "622.800000"),
          rounded: { ...bumped(old), kgCO2e: "720.000000", lines: bumped(old).lines },
          customFactorId: null,
          emissionsChanged: true,
        },
      ],
      failures: [],
    };
    const summary = summarise(plan, [...stored("a", old), ...stored("b", other)]);
    expect(summary.activities).toEqual({ total: 3, changed: 1, repointed: 0, failed: 0 });
    expect(summary.lines).toEqual({ before: 3, after: 3, changed: 3 });
    expect(summary.kgCO2e.before.total).toBe("674.700000");
    expect(summary.changedFactors).toHaveLength(1);
  });
});
