import { describe, expect, it } from "vitest";
import { subtractDecimals } from "./decimal";
import {
  formatAmount,
  formatChange,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatIndicator,
  formatEmission,
  formatFileSize,
  formatForInput,
  formatNumber,
  formatPercent,
  unitFor,
} from "./format";

// Intl writes French thousands with a narrow no-break space and "12,5 %" with a no-break space.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("numbers in the reader's locale", () => {
  it("groups thousands and keeps decimal strings exact", () => {
    expect(spaces(formatNumber("9500000.00", "fr"))).toBe("9 500 000");
    expect(formatNumber("9500000.00", "en")).toBe("9,500,000");
    expect(spaces(formatNumber(1250.5, "fr"))).toBe("1 250,5");
    expect(formatNumber(12345678901234567890n, "en")).toBe("12,345,678,901,234,567,890");
  });

  it("never shows a figure that is not zero as 0: two significant digits when the decimals would hide it", () => {
    expect(formatNumber("0.004100", "fr")).toBe("0,0041"); // a cloud instance's kgCO2e
    expect(formatNumber("0.000481", "en", 3)).toBe("0.00048");
    expect(formatNumber("-0.0004", "en")).toBe("-0.0004");
    expect(formatNumber("0.005", "en")).toBe("0.01"); // rounds to a visible figure: kept as it was
    expect(formatNumber(0, "en")).toBe("0");
    expect(formatNumber("0.4", "en", 0)).toBe("0.4");
    expect(formatNumber("0.6", "en", 0)).toBe("1");
  });

  it("puts values back in form fields without forced or lost decimals", () => {
    expect(spaces(formatForInput("9500000.00", "fr"))).toBe("9 500 000");
    expect(spaces(formatForInput("1250.50", "fr"))).toBe("1 250,5");
    expect(formatForInput("0.000000956", "en")).toBe("0.000000956");
    expect(formatForInput("99999999999999.99", "en")).toBe("99,999,999,999,999.99");
    expect(formatForInput(null, "fr")).toBe("");
  });

  it("shows published factor values with every digit", () => {
    expect(formatDecimal("1234.567891234567", "en")).toBe("1,234.567891234567");
    expect(formatDecimal("1234.5", "fr")).toBe("1\u202f234,5");
    expect(formatDecimal("3.10", "fr")).toBe("3,10");
    expect(formatDecimal("-12", "en")).toBe("-12");
    expect(formatDecimal("9.56e-7", "en")).toBe("0.000000956");
    expect(formatDecimal("n/a", "en")).toBe("n/a");
  });

  it("shows tiny life-cycle indicators in scientific notation, the others with every digit", () => {
    expect(formatIndicator("0.000000000129", "fr")).toBe("1,29E-10");
    expect(formatIndicator("8.8e-7", "en")).toBe("8.8E-7");
    expect(formatIndicator("0.057", "fr")).toBe("0,057");
    expect(formatIndicator("0", "en")).toBe("0");
  });

  it("writes amounts to the cent, from decimal strings, in the reader's locale", () => {
    expect(formatAmount("1234567.8", "EUR", "fr").replace(/\s/g, " ")).toBe("1 234 567,80 €");
    expect(formatAmount("-0.05", "EUR", "en")).toBe("-€0.05");
    expect(formatAmount("9007199254740993.01", "EUR", "en")).toBe("€9,007,199,254,740,993.01");
  });

  it("writes percentages", () => {
    expect(spaces(formatPercent(0.125, "fr"))).toBe("12,5 %");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(0.8403, "en", { minimumFractionDigits: 1 })).toBe("84.0%");
  });
});

describe("file sizes", () => {
  it("shows a tiny file in bytes, never as 0 KB", () => {
    expect(spaces(formatFileSize(6, "fr"))).toBe("6 octets");
    expect(formatFileSize(1, "en")).toBe("1 byte");
    expect(formatFileSize(1023, "en")).toBe("1,023 bytes");
  });

  it("shows kilobytes and megabytes with the locale's decimal separator", () => {
    expect(spaces(formatFileSize(1536, "fr"))).toBe("1,5 ko");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(1024, "en")).toBe("1 kB");
    expect(spaces(formatFileSize(20 * 1024 * 1024, "fr"))).toBe("20 Mo");
    expect(formatFileSize(12.34 * 1024 * 1024, "en")).toBe("12.3 MB");
  });
});

describe("emission figures", () => {
  it("switches to tonnes once a figure reaches a tonne", () => {
    expect(unitFor(["622.8", "-97.2"])).toBe("kg");
    expect(unitFor(["999.999999", "1000"])).toBe("t");
    expect(unitFor(["-1500", "3"])).toBe("t");
  });

  it("formats in the reader's locale, with fixed decimals per unit, keeping tiny figures readable", () => {
    expect(spaces(formatEmission("1267.8", "kg", "fr"))).toBe("1 267,8");
    expect(formatEmission("1267.84", "kg", "en")).toBe("1,267.8");
    expect(spaces(formatEmission("1234567.891", "t", "fr"))).toBe("1 234,57");
    expect(formatEmission("252000", "t", "en")).toBe("252.00");
    expect(formatEmission("12.3456", "kg", "en")).toBe("12.3");
    expect(formatEmission("97.2", "t", "en", { signed: true })).toBe("+0.10");
    expect(formatEmission("4.12", "t", "en", { signed: true })).toBe("+0.0041");
    expect(formatEmission("-0.04", "kg", "en", { signed: true })).toBe("-0.04");
    expect(formatEmission("0", "kg", "en", { signed: true })).toBe("0.0");
  });

  it("shows exact differences of stored totals", () => {
    expect(subtractDecimals("1365.000000", "1267.800000")).toBe("97.2");
    expect(subtractDecimals("0", "0.000001")).toBe("-0.000001");
    expect(subtractDecimals("420.000000", "420")).toBe("0");
  });

  it("writes relative changes with their sign", () => {
    expect(spaces(formatChange(0.07667, "fr"))).toBe("+7,7 %");
    expect(formatChange(-0.008, "en")).toBe("-0.8%");
    expect(formatChange(0, "en")).toBe("0%");
    expect(formatChange(null, "en")).toBe("—");
  });
});

describe("dates", () => {
  it("shows calendar days without shifting them", () => {
    expect(formatDate("2026-12-05", "fr")).toBe("5 déc. 2026");
    expect(formatDate("2026-12-05", "en")).toBe("Dec 5, 2026");
    expect(formatDate(new Date("2024-01-01T00:00:00Z"), "en")).toBe("Jan 1, 2024");
  });

  it("shows instants in Paris time with one style", () => {
    const instant = new Date("2026-12-05T23:30:00Z"); // already Dec 6th in Paris
    expect(formatDate(instant, "en")).toBe("Dec 6, 2026");
    expect(spaces(formatDateTime(instant, "fr"))).toBe("6 déc. 2026, 00:30");
    expect(spaces(formatDateTime(instant, "en"))).toBe("Dec 6, 2026, 12:30 AM");
  });
});
