import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDecimals,
  Decimal,
  decimalToMicro,
  microToDecimal,
  numberToDecimal,
  parseDecimalText,
  roundDecimal,
  shiftDecimal,
  subtractDecimals,
  sumDecimals,
  toMicro,
} from "./decimal";

describe("parseDecimalText", () => {
  it("keeps published digits and accepts a decimal comma", () => {
    expect(parseDecimalText("0,0519")).toBe("0.0519");
    expect(parseDecimalText("3,10")).toBe("3.10");
    expect(parseDecimalText(" 1924 ")).toBe("1924");
    expect(parseDecimalText("-0.156")).toBe("-0.156");
  });
  it("expands exponents without float arithmetic", () => {
    expect(parseDecimalText("9.56e-7")).toBe("0.000000956");
    expect(parseDecimalText("1e3")).toBe("1000");
    expect(parseDecimalText("2E-7")).toBe("0.0000002");
  });
  it("returns null for empty and undefined for text", () => {
    expect(parseDecimalText("")).toBeNull();
    expect(parseDecimalText("abc")).toBeUndefined();
    expect(parseDecimalText("1,2,3")).toBeUndefined();
    expect(parseDecimalText("#N/A")).toBeUndefined();
  });
});

describe("numberToDecimal", () => {
  it("prints spreadsheet numbers as typed, without binary noise", () => {
    expect(numberToDecimal(0.0519)).toBe("0.0519");
    expect(numberToDecimal(3.1)).toBe("3.1");
    expect(numberToDecimal(0.13388999999999998)).toBe("0.13389");
    expect(numberToDecimal(0.0000033152000000000005)).toBe("0.0000033152");
    expect(numberToDecimal(9.56e-7)).toBe("0.000000956");
    expect(numberToDecimal(1e3)).toBe("1000");
    expect(numberToDecimal(-0)).toBe("0");
  });
  it("round-trips every double to the same 15-significant-digit value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        const text = numberToDecimal(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Number(x.toPrecision(15)) || 0);
      }),
    );
  });
});

describe("exact arithmetic", () => {
  it("shifts by powers of ten", () => {
    expect(shiftDecimal("9.26934695867389", -3)).toBe("0.00926934695867389");
    expect(shiftDecimal("44.18", -3)).toBe("0.04418");
    expect(shiftDecimal("1000", -3)).toBe("1");
    expect(shiftDecimal("0", -3)).toBe("0");
  });
  it("sums without float error", () => {
    expect(sumDecimals(["170", "12.3", "2.79"])).toBe("185.09");
    expect(sumDecimals(["77", "2.27", "0.246"])).toBe("79.516");
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["0.156", "-0.156"])).toBe("0");
  });
});

describe("decimal.js underneath", () => {
  it("adds tenths exactly and keeps big sums to the micro-unit", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals([])).toBe("0");
    expect(sumDecimals(Array.from({ length: 1000 }, () => "99999999999999.999999"))).toBe("99999999999999999.999");
    expect(sumDecimals(["12345678901234.123456", "0.000001"])).toBe("12345678901234.123457");
  });
  it("subtracts, compares and rounds", () => {
    expect(subtractDecimals("0.3", "0.1")).toBe("0.2");
    expect(subtractDecimals("1", "1.000")).toBe("0");
    expect(compareDecimals("3.10", "3.1")).toBe(0);
    expect(compareDecimals("0,0519", "0.052")).toBe(-1);
    expect(roundDecimal("2.675", 2)).toBe("2.68");
    expect(roundDecimal("-2.675", 2)).toBe("-2.68");
    expect(roundDecimal("9500000", 2)).toBe("9500000.00");
  });
  it("converts to and from micro-units like the stored numeric(20, 6) columns", () => {
    expect(microToDecimal(toMicro(157.20000000000002))).toBe("157.200000");
    expect(microToDecimal(toMicro(-0.0000004))).toBe("0.000000");
    expect(microToDecimal(toMicro(-1.5))).toBe("-1.500000");
    expect(microToDecimal(toMicro(0.0000005))).toBe("0.000001");
    expect(decimalToMicro("622.8")).toBe(622_800_000n);
    expect(decimalToMicro({ toString: () => "-0.000001" })).toBe(-1n);
    expect(decimalToMicro("1e-7")).toBe(0n);
    expect(microToDecimal(12345678901234123456n)).toBe("12345678901234.123456");
  });
  it("rounds to micro-units exactly as decimal.js does, half up, from any double", () => {
    const reference = (value: number) =>
      BigInt(new Decimal(value).times(1_000_000).toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL).toFixed());
    const doubles = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 2_000_000), // exact halves of a micro-unit
    );
    fc.assert(
      fc.property(doubles, (value) => {
        expect(toMicro(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
    expect(toMicro(0.0000025)).toBe(3n);
    expect(toMicro(-0.0000025)).toBe(-2n);
    expect(toMicro(-0.00000251)).toBe(-3n);
  });
  it("prints micro-units as decimal.js does", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (micro) => {
        expect(microToDecimal(micro)).toBe(
          new Decimal(micro.toString())
            .dividedBy(1_000_000)
            .toFixed(6)
            .replace(/^-(0\.0+)$/, "$1"),
        );
      }),
    );
  });
  it("round-trips micro-units through text", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (micro) => {
        expect(decimalToMicro(microToDecimal(micro))).toBe(micro);
      }),
    );
  });
  it("rejects what is not a decimal", () => {
    expect(() => sumDecimals(["1", "Infinity"])).toThrow();
    expect(() => shiftDecimal("0x10", 1)).toThrow();
  });
});
