import { describe, expect, it } from "vitest";
import { comparedPeriods } from "@/lib/dashboard/comparison";

const periods = [
  { id: "p25", label: "2025", year: 2025 },
  { id: "p24", label: "2024", year: 2024 },
  { id: "p22", label: "2022", year: 2022 },
];

describe("the periods a period is compared with", () => {
  it("2025 with base year 2022: previous 2024, base 2022", () => {
    const c = comparedPeriods(periods, "p25", 2022);
    expect([c?.current.id, c?.previous?.id, c?.base?.id]).toEqual(["p25", "p24", "p22"]);
  });

  it("2024 skips the missing 2023: previous is 2022, which is also the base", () => {
    const c = comparedPeriods(periods, "p24", 2022);
    expect([c?.previous?.id, c?.base?.id]).toEqual(["p22", "p22"]);
  });

  it("the base year itself has no base to compare with, and the first period no previous one", () => {
    const c = comparedPeriods(periods, "p22", 2022);
    expect([c?.previous, c?.base]).toEqual([null, null]);
  });

  it("a base year without a period, or no base year, gives no base column", () => {
    expect(comparedPeriods(periods, "p25", 2019)?.base).toBeNull();
    expect(comparedPeriods(periods, "p25", null)?.base).toBeNull();
  });

  it("an unknown period gives nothing", () => {
    expect(comparedPeriods(periods, "elsewhere", 2022)).toBeNull();
  });
});
