import { describe, expect, it } from "vitest";
import { compareNatural } from "@/lib/calc/natural-sort";

describe("compareNatural", () => {
  it("orders digit runs numerically and is a total order", () => {
    const ids = ["43642", "9999", "1_100_1000_6", "1_100_1000_15", "10_401_4002_5", "ABW", "AFG", "EU"];
    expect([...ids].sort(compareNatural)).toEqual([
      "1_100_1000_6",
      "1_100_1000_15",
      "10_401_4002_5",
      "9999",
      "43642",
      "ABW",
      "AFG",
      "EU",
    ]);
    expect(compareNatural("007", "7")).toBeGreaterThan(0);
    expect(compareNatural("a", "a")).toBe(0);
  });
});
