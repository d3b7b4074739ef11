import { describe, expect, it } from "vitest";
import { perThousandEuros, perUnit, readableMass } from "@/lib/dashboard/intensity-math";

describe("intensities", () => {
  it("divides exactly to six significant digits", () => {
    expect(perUnit("125000.5", 48)).toBe("2604.18");
    expect(perUnit("0.3", "0.1")).toBe("3");
    expect(perUnit("1000", "3")).toBe("333.333");
  });
  it("gives nothing without a positive denominator", () => {
    expect(perUnit("1000", null)).toBeNull();
    expect(perUnit("1000", 0)).toBeNull();
    expect(perUnit("1000", "-2")).toBeNull();
  });
  it("reads revenue in k€", () => {
    expect(perThousandEuros("84000", "2400000.00")).toBe("35");
    expect(perThousandEuros("84000", null)).toBeNull();
  });
  it("picks grams, kilograms or tonnes", () => {
    expect(readableMass("0.0421")).toEqual({ value: "42.1", unit: "g" });
    expect(readableMass("12.5")).toEqual({ value: "12.5", unit: "kg" });
    expect(readableMass("2604.18")).toEqual({ value: "2.60418", unit: "t" });
  });
});
