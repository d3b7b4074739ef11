import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACTOR_UNITS } from "@/lib/calc/factor-record";
import { isCalcError } from "@/lib/calc/errors";
import { convert, conversion, dimensionOf, heatingBasisOf, isKnownUnit, normalizeUnit, UNITS } from "@/lib/calc/units";

const GAS = { pcsPerPci: 1.111 };
const expectCalcError = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (error) {
    expect(isCalcError(error) && error.code).toBe(code);
    return;
  }
  throw new Error(`expected a CalcError ${code}`);
};

describe("units", () => {
  it("knows every canonical factor unit", () => {
    for (const unit of FACTOR_UNITS) expect(isKnownUnit(unit), unit).toBe(true);
  });

  it("converts energy: 1 MWh = 1000 kWh, 3.6 MJ = 1 kWh, 1 GJ = 277.78 kWh", () => {
    expect(convert(1, "MWh", "kWh")).toBe(1000);
    expect(convert(3.6, "MJ", "kWh")).toBe(1);
    expect(convert(1, "GJ", "kWh")).toBeCloseTo(277.7778, 4);
  });

  it("converts money without binary drift: 18,000 € = 18 k€", () => {
    expect(convert(18_000, "EUR", "kEUR")).toBe(18);
    expect(convert(18_000, "€", "k€")).toBe(18);
  });

  it("converts volume, mass, distance, data and time", () => {
    expect(convert(2.5, "m3", "L")).toBe(2500);
    expect(convert(1.2, "t", "kg")).toBe(1200);
    expect(convert(100, "mile", "km")).toBeCloseTo(160.9344, 10);
    expect(convert(100, "p.mile", "p.km")).toBeCloseTo(160.9344, 10);
    expect(convert(1, "TB", "GB")).toBe(1000);
    expect(convert(90, "minute", "hour")).toBe(1.5);
    expect(convert(42, "km", "vehicle.km")).toBe(42);
  });

  it("converts natural gas 1,111 kWh PCS = 1,000 kWh PCI with the gas's ratio 1.111", () => {
    expect(convert(1111, "kWh_PCS", "kWh_PCI", GAS)).toBeCloseTo(1000, 9);
    expect(convert(1000, "kWh_PCI", "kWh_PCS", GAS)).toBeCloseTo(1111, 9);
    expect(convert(2, "MWh_PCS", "kWh_PCS")).toBe(2000);
  });

  it("refuses to cross heating-value bases without a ratio, or from plain kWh", () => {
    expectCalcError(() => convert(1, "kWh_PCS", "kWh_PCI"), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "kWh", "kWh_PCS", GAS), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "kWh_PCI", "kWh", GAS), "INCOMPATIBLE_UNITS");
  });

  it("refuses conversions across dimensions (never a silent 1:1)", () => {
    expectCalcError(() => convert(1, "kWh", "L"), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "km", "p.km"), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "m3", "kWh"), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "night", "room.night"), "INCOMPATIBLE_UNITS");
    expectCalcError(() => convert(1, "EUR", "unit"), "INCOMPATIBLE_UNITS");
  });

  it("rejects unknown units with a typed error", () => {
    expectCalcError(() => normalizeUnit("kwh"), "UNKNOWN_UNIT");
    expectCalcError(() => convert(1, "barrel", "L"), "UNKNOWN_UNIT");
    expectCalcError(() => dimensionOf(""), "UNKNOWN_UNIT");
  });

  it("round-trips any quantity through any two units of one dimension", () => {
    const convertible = (a: string, b: string) =>
      dimensionOf(a) === dimensionOf(b) && (heatingBasisOf(a) === null) === (heatingBasisOf(b) === null);
    const pairs = UNITS.flatMap((a) => UNITS.filter((b) => convertible(a, b)).map((b) => [a, b] as const));
    expect(pairs.length).toBeGreaterThan(60);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: -1e9, max: 1e9, noNaN: true }), ([a, b], x) => {
        const back = convert(convert(x, a, b, GAS), b, a, GAS);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-12 + 1e-300);
      }),
    );
  });

  it("always throws on an unknown unit or a unit of another dimension", () => {
    const unknown = fc.string().filter((s) => !isKnownUnit(s));
    fc.assert(
      fc.property(unknown, fc.constantFrom(...UNITS), (bad, good) => {
        expect(() => conversion(bad, good)).toThrow(/UNKNOWN_UNIT/);
        expect(() => conversion(good, bad)).toThrow(/UNKNOWN_UNIT/);
      }),
    );
    const crossDimension = fc
      .tuple(fc.constantFrom(...UNITS), fc.constantFrom(...UNITS))
      .filter(([a, b]) => dimensionOf(a) !== dimensionOf(b));
    fc.assert(
      fc.property(crossDimension, ([a, b]) => {
        expect(() => conversion(a, b, GAS)).toThrow(/INCOMPATIBLE_UNITS/);
      }),
    );
  });
});
