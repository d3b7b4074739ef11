import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BOM, toCsv } from "@/lib/exports/csv";
import type { TExportTable } from "@/lib/exports/table";

const table: TExportTable = {
  sheet: "Sites",
  columns: [
    { header: "Site", kind: "text" },
    { header: "kgCO2e", kind: "number" },
  ],
  rows: [
    ["Lyon; Part-Dieu", 1234.5],
    ['Entrepôt "Nord"', -12.25],
    ["=cmd|' /C calc'!A0", 0.000001],
    ["Deux\nlignes", null],
    ["-5 %", -5],
  ],
};

describe("CSV", () => {
  it("French: BOM, ';', decimal comma, CRLF, RFC 4180 quotes, injection neutralised", () => {
    const text = toCsv(table, "fr");
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.split("\r\n")[1]).toBe('"Lyon; Part-Dieu";1234,5');
    expect(text).toContain('"Entrepôt ""Nord""";-12,25');
    expect(text).toContain("0,000001");
    const rows = parse(text.slice(1), { delimiter: ";" }) as string[][];
    expect(rows).toEqual([
      ["Site", "kgCO2e"],
      ["Lyon; Part-Dieu", "1234,5"],
      ['Entrepôt "Nord"', "-12,25"],
      ["'=cmd|' /C calc'!A0", "0,000001"],
      ["Deux\nlignes", ""],
      ["'-5 %", "-5"],
    ]);
  });

  it("English: the CSV standard, ',' and a decimal point", () => {
    const text = toCsv(table, "en");
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[1]).toEqual(["Lyon; Part-Dieu", "1234.5"]);
    expect(rows[5]).toEqual(["'-5 %", "-5"]);
    expect(text.split("\r\n")[1]).toBe("Lyon; Part-Dieu,1234.5");
  });
});
