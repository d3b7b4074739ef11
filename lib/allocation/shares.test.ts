import { describe, expect, it } from "vitest";
import { fromMillionths, splitByWeights, toMillionths } from "@/lib/allocation/shares";

const kgSum = (kgs: string[]) => fromMillionths(kgs.reduce((a, k) => a + toMillionths(k), 0n));

describe("splitByWeights", () => {
  it("splits 100 kg by thirds to the milligram, the largest remainder taking the last one", () => {
    const shares = splitByWeights("100", [
      { productId: "a", weight: "1" },
      { productId: "b", weight: "1" },
      { productId: "c", weight: "1" },
    ])!;
    expect(shares.map((s) => s.kg)).toEqual(["33.333334", "33.333333", "33.333333"]);
    expect(kgSum(shares.map((s) => s.kg))).toBe("100.000000");
    expect(shares.map((s) => s.share)).toEqual(["0.333333", "0.333333", "0.333333"]);
  });

  it("splits 1,234.567891 kg by headcount 12 / 30 / 7 exactly", () => {
    const shares = splitByWeights("1234.567891", [
      { productId: "a", weight: "12" },
      { productId: "b", weight: "30" },
      { productId: "c", weight: "7" },
    ])!;
    // In mg: 1,234,567,891 × 12/49 = 302,343,156 r 48; × 30/49 = 755,857,892 r 22; × 7/49 = 176,366,841 r 28.
    // Flooring loses 2 mg: they go to the two largest remainders (48 and 28).
    expect(shares.map((s) => s.kg)).toEqual(["302.343157", "755.857892", "176.366842"]);
    expect(kgSum(shares.map((s) => s.kg))).toBe("1234.567891");
  });

  it("gives nothing to a zero weight, and keeps the sign of a negative amount", () => {
    const shares = splitByWeights("-10", [
      { productId: "a", weight: "0" },
      { productId: "b", weight: "2.5" },
      { productId: "c", weight: "7.5" },
    ])!;
    expect(shares.map((s) => s.kg)).toEqual(["0.000000", "-2.500000", "-7.500000"]);
    expect(shares.map((s) => s.share)).toEqual(["0.000000", "0.250000", "0.750000"]);
  });

  it("returns null when every weight is zero, and refuses a negative weight", () => {
    expect(splitByWeights("5", [{ productId: "a", weight: "0" }])).toBeNull();
    expect(() => splitByWeights("5", [{ productId: "a", weight: "-1" }])).toThrow();
  });

  it("never loses a milligram over many uneven splits", () => {
    for (let n = 1; n <= 40; n++) {
      const weights = Array.from({ length: n }, (_, i) => ({ productId: `p${i}`, weight: String((i * 7919) % 13) }));
      if (weights.every((w) => w.weight === "0")) continue;
      const amount = `${n * 977}.${String(n * 31).padStart(6, "0")}`;
      expect(kgSum(splitByWeights(amount, weights)!.map((s) => s.kg))).toBe(fromMillionths(toMillionths(amount)));
    }
  });
});
