import { describe, expect, it } from "vitest";
import { decimalCell, exportCell, neutraliseText } from "@/lib/exports/cells";

describe("formula injection", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+33 1 23 45 67 89", "'+33 1 23 45 67 89"],
    ["-5 %", "'-5 %"],
    ["@cmd", "'@cmd"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
  ])("text %j is neutralised", (text, expected) => {
    expect(neutraliseText(text)).toBe(expected);
    expect(exportCell(text)).toBe(expected);
  });

  it.each(["Électricité 2024", "5 %", "a=b", "Site - Lyon", " =1", ""])("ordinary text %j is kept", (text) => {
    expect(exportCell(text)).toBe(text);
  });

  it("numbers stay numbers, negatives included", () => {
    expect(exportCell(-5)).toBe(-5);
    expect(exportCell(-1234.567891)).toBe(-1234.567891);
    expect(exportCell(0)).toBe(0);
    expect(exportCell(Number.NaN)).toBeNull();
    expect(exportCell(null)).toBeNull();
  });

  it("exact decimal text from the database becomes a number cell", () => {
    expect(decimalCell("-42.500000")).toBe(-42.5);
    expect(decimalCell("1234567.123456")).toBe(1234567.123456);
    expect(decimalCell(null)).toBeNull();
  });
});
