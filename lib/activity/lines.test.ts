import { describe, expect, it } from "vitest";
import { computeActivity, type TEmissionLineDraft } from "@/lib/calc";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { digestOf, roundLines } from "@/lib/activity/lines";
import { decimalToMicro, microToDecimal, toMicro } from "@/lib/numbers/decimal";

const index = fixtureIndex();
const draftsOf = (quantity: number, uncertaintyPct: number | null = null) =>
  computeActivity(
    { activityTypeId: "energy.electricity.grid", quantity, unit: "kWh", region: "FR", year: 2024, uncertaintyPct },
    index,
  ).lines;

describe("micro-kg arithmetic", () => {
  it("rounds to the sixth decimal and prints plain decimals", () => {
    expect(microToDecimal(toMicro(157.20000000000002))).toBe("157.200000");
    expect(microToDecimal(toMicro(-0.0000004))).toBe("0.000000");
    expect(microToDecimal(toMicro(-1.5))).toBe("-1.500000");
    expect(microToDecimal(toMicro(0.0000005))).toBe("0.000001");
    expect(microToDecimal(toMicro(1234567.8912345))).toBe("1234567.891235");
  });

  it("reads stored decimals back exactly", () => {
    expect(decimalToMicro("622.8")).toBe(622_800_000n);
    expect(decimalToMicro("-0.000001")).toBe(-1n);
    expect(decimalToMicro("1e-7")).toBe(0n);
  });
});

describe("roundLines", () => {
  it("keeps the worked example exact: 420 + 157.2 + 45.6 = 622.8", () => {
    const rounded = roundLines(draftsOf(12_000), false);
    expect(rounded.lines.map((l) => l.kgCO2e)).toEqual(["420.000000", "157.200000", "45.600000"]);
    expect(rounded.kgCO2e).toBe("622.800000");
  });

  it("gives the rounding remainder to the largest line, so the lines always add up to the rounded total", () => {
    for (const quantity of [1, 3, 7.77, 12_345.678, 0.0001, 987_654_321]) {
      const drafts = draftsOf(quantity);
      const rounded = roundLines(drafts, false);
      const total = drafts.reduce((sum, d) => sum + d.kgCO2e, 0);
      const stored = rounded.lines.reduce((sum, l) => sum + decimalToMicro(l.kgCO2e), 0n);
      expect(microToDecimal(stored)).toBe(microToDecimal(toMicro(total)));
      expect(rounded.kgCO2e).toBe(microToDecimal(toMicro(total)));
    }
  });

  it("stores an unknown uncertainty as null, not zero, unless the quantity states one", () => {
    const unknownFactor = draftsOf(100)[0] as TEmissionLineDraft;
    const drafts = [{ ...unknownFactor, factorUncertaintyKnown: false, uncertaintyPct: 0 }];
    expect(roundLines(drafts, false).lines[0]?.uncertaintyPct).toBeNull();
    expect(roundLines([{ ...drafts[0]!, uncertaintyPct: 5 }], true).lines[0]?.uncertaintyPct).toBe("5");
    expect(roundLines(draftsOf(100), false).lines[0]?.uncertaintyPct).toBe("10");
  });

  it("digests what the lines say: same lines, same digest; any value or factor change, another", () => {
    const a = roundLines(draftsOf(100), false);
    expect(roundLines(draftsOf(100), false).digest).toBe(a.digest);
    expect(roundLines(draftsOf(101), false).digest).not.toBe(a.digest);
    const repointed = a.lines.map((l) => ({ ...l, factorId: "ademe:43642@23.7" }));
    expect(digestOf(repointed)).not.toBe(a.digest);
  });
});
