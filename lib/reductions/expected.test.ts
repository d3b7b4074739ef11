import { describe, expect, it } from "vitest";
import { measuredPeriods } from "@/lib/reductions/achieved";
import { expectedKgOf } from "@/lib/reductions/expected";

describe("expected reduction", () => {
  const latest = { scope2: 12_500, "3.6": 40_000 };
  it("12.5 tCO2e a year is 12,500 kg", () => {
    expect(expectedKgOf({ expectedUnit: "TCO2E", expectedValue: "12.5", posts: [] }, latest)).toBe(12_500);
  });
  it("15 % of the linked posts (12.5 t + 40 t) is 7,875 kg", () => {
    expect(expectedKgOf({ expectedUnit: "PERCENT", expectedValue: "15", posts: ["scope2", "3.6"] }, latest)).toBe(
      7_875,
    );
  });
  it("nothing typed is null, never 0", () => {
    expect(expectedKgOf({ expectedUnit: "TCO2E", expectedValue: null, posts: [] }, latest)).toBeNull();
  });
});

describe("periods an achieved reduction is measured between", () => {
  const periods = [2022, 2023, 2024, 2025].map((year) => ({ id: `p${year}`, year }));
  it("from the last period before the start year to the latest", () => {
    expect(measuredPeriods(periods, 2024)).toEqual({ from: periods[1], to: periods[3] });
  });
  it("without a start date (or one after the latest), the latest against the one before", () => {
    expect(measuredPeriods(periods, null)).toEqual({ from: periods[2], to: periods[3] });
    expect(measuredPeriods(periods, 2027)).toEqual({ from: periods[2], to: periods[3] });
  });
  it("one period only: nothing to measure", () => {
    expect(measuredPeriods(periods.slice(0, 1), null)).toBeNull();
    expect(measuredPeriods(periods, 2021)).toBeNull();
  });
});
