import { describe, expect, it } from "vitest";
import { customPath, gapToTarget, linearPath, presetMinimumPct, valueAt } from "@/lib/targets/path";

describe("target paths", () => {
  it("SBTi 1.5 °C from 2020 to 2030 asks 42 %, well-below 2 °C 25 %", () => {
    expect(presetMinimumPct("SBTI_1_5", 2020, 2030)).toBe(42);
    expect(presetMinimumPct("SBTI_WB2", 2020, 2030)).toBe(25);
    expect(presetMinimumPct("SBTI_1_5", 2022, 2030)).toBe(33.6);
    expect(presetMinimumPct("SBTI_1_5", 2020, 2050)).toBe(100); // capped: 126 % is not a thing
  });

  it("a linear path cuts the same tonnes every year: 1,000 t, −42 % over 10 years = −42 t a year", () => {
    const path = linearPath(2020, 1000, 2030, 42);
    expect(path).toHaveLength(11);
    expect(path[0]).toEqual({ year: 2020, value: 1000 });
    expect(valueAt(path, 2021)).toBe(958);
    expect(valueAt(path, 2025)).toBe(790);
    expect(valueAt(path, 2030)).toBe(580);
    expect(valueAt(path, 2031)).toBeNull();
  });

  it("a custom path (SNBC-like) interpolates between the reductions entered", () => {
    const path = customPath(2022, 200, [
      { year: 2030, reductionPct: 40 },
      { year: 2026, reductionPct: 20 },
    ]);
    expect(path.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(valueAt(path, 2024)).toBe(180); // 10 % after two of four years
    expect(valueAt(path, 2026)).toBe(160);
    expect(valueAt(path, 2028)).toBe(140); // 30 %
    expect(valueAt(path, 2030)).toBe(120);
  });

  it("the gap is projected − allowed, and its share of the projection", () => {
    expect(gapToTarget(700, 580)).toEqual({ gap: 120, gapPct: expect.closeTo(17.142857, 5) });
    expect(gapToTarget(500, 580)).toEqual({ gap: -80, gapPct: -16 });
    expect(gapToTarget(0, 580).gapPct).toBeNull();
  });
});

describe("the target form's path field", () => {
  it("reads French decimals, and takes back the points it read (the browser sends those to the server)", async () => {
    const { zTargetCreate } = await import("@/lib/targets/schemas");
    const input = {
      name: "SNBC",
      kind: "ABSOLUTE",
      preset: "CUSTOM_PATH",
      basePeriodId: "p",
      targetYear: "2030",
      reductionPct: "40",
      posts: ["scope1"],
      pathText: "2026 : 20,5 %\n2028=30",
    };
    const parsed = zTargetCreate("fr").parse(input);
    expect(parsed.pathText).toEqual([
      { year: 2026, reductionPct: 20.5 },
      { year: 2028, reductionPct: 30 },
    ]);
    expect(zTargetCreate("fr").parse(parsed)).toEqual(parsed);
    expect(zTargetCreate("fr").parse({ ...input, pathText: "" }).pathText).toEqual([]);
  });
});
