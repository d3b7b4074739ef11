import { describe, expect, it } from "vitest";
import { coveredKg, SCOPE3_POSTS } from "@/lib/targets/posts";
import { presetWarning, scope3Warning } from "@/lib/targets/warnings";

describe("target warnings", () => {
  it("an SBTi 1.5 °C target under 4.2 %/yr is flagged with the minimum", () => {
    const base = { preset: "SBTI_1_5", baseYear: 2022, targetYear: 2030 };
    expect(presetWarning({ ...base, reductionPct: 30 })).toEqual({ code: "belowPreset", minimumPct: 33.6 });
    expect(presetWarning({ ...base, reductionPct: 33.6 })).toBeNull();
    expect(presetWarning({ ...base, preset: "CUSTOM", reductionPct: 5 })).toBeNull();
  });

  // Base year: scope 1 = 100 t, scope 2 = 50 t, cat. 1 = 600 t, cat. 6 = 250 t → scope 3 = 850 / 1,000 = 85 %.
  const byPost = { scope1: 100, scope2: 50, "3.1": 600, "3.6": 250 };

  it("scope 3 ≥ 40 % with only a scopes 1+2 target warns", () => {
    const scopes12Target = coveredKg(
      byPost,
      ["scope1", "scope2"].filter((p) => p.startsWith("3.")),
    );
    expect(scope3Warning(byPost, [scopes12Target])).toEqual({
      code: "scope3Uncovered",
      scope3Share: 0.85,
      bestCoverage: 0,
    });
  });

  it("a scope 3 target on cat. 1 alone covers 600 / 850 = 70.6 % ≥ two thirds: no warning", () => {
    expect(scope3Warning(byPost, [coveredKg(byPost, ["3.1"])])).toBeNull();
  });

  it("cat. 6 alone covers 250 / 850 = 29 %: warns with that coverage", () => {
    const warning = scope3Warning(byPost, [coveredKg(byPost, ["3.6"])]);
    expect(warning).toMatchObject({ code: "scope3Uncovered" });
    expect(warning && "bestCoverage" in warning ? warning.bestCoverage : 0).toBeCloseTo(250 / 850, 9);
  });

  it("scope 3 under 40 % never warns", () => {
    expect(scope3Warning({ scope1: 700, "3.1": 300 }, [])).toBeNull();
    expect(scope3Warning({}, [])).toBeNull();
    expect(coveredKg(byPost, SCOPE3_POSTS)).toBe(850);
  });
});
