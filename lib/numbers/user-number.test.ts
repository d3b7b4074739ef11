import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatForInput } from "./format";
import { parseUserNumber } from "./user-number";

describe("parseUserNumber in French", () => {
  it.each([
    ["1 250,5", "1250.5"],
    ["1\u00a0250,5", "1250.5"], // no-break space
    ["1\u202f250,5", "1250.5"], // narrow no-break space, as Intl writes it
    ["1250,5", "1250.5"],
    ["1250.5", "1250.5"], // the numeric keypad's point
    ["9 500 000", "9500000"],
    ["-0,5", "-0.5"],
    ["\u22120,5", "-0.5"], // typographic minus
    ["+12", "12"],
    [",5", "0.5"],
    ["3,10", "3.10"], // typed digits kept
    ["  42  ", "42"],
    ["-0", "0"],
  ])("reads %j as %s", (typed, value) => {
    expect(parseUserNumber(typed, "fr")).toBe(value);
  });

  it.each(["", "abc", "1,250.5", "1.250,5", "12 50", "1 2500", "1e3", "12,5 %", "12 €", "1,2,3", "5,", "- 5", "0x10"])(
    "refuses %j",
    (typed) => {
      expect(parseUserNumber(typed, "fr")).toBeNull();
    },
  );
});

describe("parseUserNumber in English", () => {
  it.each([
    ["1,250.5", "1250.5"],
    ["1250.5", "1250.5"],
    ["1 250.5", "1250.5"],
    ["9,500,000", "9500000"],
    ["1,250", "1250"], // a comma groups thousands in English
    ["-0.5", "-0.5"],
    [".5", "0.5"],
  ])("reads %j as %s", (typed, value) => {
    expect(parseUserNumber(typed, "en-GB")).toBe(value);
  });

  it.each(["0,5", "1 250,5", "1,25", "12,50.5", "1,250,5", "1e3", "12.5%"])("refuses %j", (typed) => {
    expect(parseUserNumber(typed, "en")).toBeNull();
  });

  it("reads the same text differently by locale only where the languages differ", () => {
    expect(parseUserNumber("1,250", "fr")).toBe("1.250");
    expect(parseUserNumber("1,250", "en")).toBe("1250");
  });
});

// A decimal with up to 14 integer and 6 fraction digits, as plain text ("-1234.5").
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }),
    fc.nat({ max: 999_999 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([negative, int, frac, places]) => {
    const fraction = places === 0 ? "" : `.${String(frac).padStart(6, "0").slice(0, places)}`.replace(/\.?0+$/, "");
    const text = `${int}${fraction}`;
    return negative && text !== "0" ? `-${text}` : text;
  });

describe("format ∘ parse", () => {
  it.each(["fr", "en"])("gives back the value for every number written in %s", (locale) => {
    fc.assert(
      fc.property(decimalText, (value) => {
        expect(parseUserNumber(formatForInput(value, locale), locale)).toBe(value);
      }),
    );
  });

  it.each(["fr", "en"])("writes back what a %s user typed in the locale's own form", (locale) => {
    fc.assert(
      fc.property(decimalText, (value) => {
        const shown = formatForInput(value, locale);
        expect(formatForInput(parseUserNumber(shown, locale) ?? "", locale)).toBe(shown);
      }),
    );
  });
});
