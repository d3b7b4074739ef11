import { describe, expect, it } from "vitest";
import { deltaKg, formatChange, formatEmission, parseReleaseRef, relativeChange, unitFor } from "./format";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("release preview figures", () => {
  it("switches to tonnes once a figure reaches a tonne", () => {
    expect(unitFor(["622.8", "-97.2"])).toBe("kg");
    expect(unitFor(["999.999999", "1000"])).toBe("t");
    expect(unitFor(["-1500", "3"])).toBe("t");
  });

  it("formats in the reader's locale, with fixed decimals per unit, keeping tiny figures readable", () => {
    expect(nbsp(formatEmission("1267.8", "kg", "fr"))).toBe("1 267,8");
    expect(formatEmission("1267.84", "kg", "en")).toBe("1,267.8");
    expect(nbsp(formatEmission("1234567.891", "t", "fr"))).toBe("1 234,57");
    expect(formatEmission("252000", "t", "en")).toBe("252.00");
    expect(formatEmission("12.3456", "kg", "en")).toBe("12.3");
    expect(formatEmission("97.2", "t", "en", { signed: true })).toBe("+0.10");
    expect(formatEmission("4.12", "t", "en", { signed: true })).toBe("+0.0041");
    expect(formatEmission("-0.04", "kg", "en", { signed: true })).toBe("-0.04");
    expect(formatEmission("0", "kg", "en", { signed: true })).toBe("0.0");
  });

  it("subtracts exactly on the six stored decimals", () => {
    expect(deltaKg("1267.800000", "1365.000000")).toBe("97.2");
    expect(deltaKg("0.000001", "0")).toBe("-0.000001");
    expect(deltaKg("420", "420.000000")).toBe("0");
    expect(deltaKg("0.1", "0.3")).toBe("0.2");
  });

  it("gives no percentage for a change from zero", () => {
    expect(relativeChange("0", "12")).toBeNull();
    expect(relativeChange("1267.8", "1365")).toBeCloseTo(0.07667, 4);
    expect(nbsp(formatChange(0.07667, "fr"))).toBe("+7,7 %");
    expect(formatChange(-0.008, "en")).toBe("-0.8%");
    expect(formatChange(0, "en")).toBe("0%");
    expect(formatChange(null, "en")).toBe("—");
  });

  it("reads a source@version parameter", () => {
    expect(parseReleaseRef("ademe@23.7")).toEqual({ source: "ademe", version: "23.7" });
    expect(parseReleaseRef("ember@2024-co2js-0.19.0")).toEqual({ source: "ember", version: "2024-co2js-0.19.0" });
    for (const bad of [undefined, ["a@1"], "ademe", "@23.7", "ademe@"]) expect(parseReleaseRef(bad)).toBeNull();
  });
});
