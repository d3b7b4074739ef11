// What a cell of an export may hold, and the one rule every export applies to text: a spreadsheet reads a
// text cell starting with =, +, -, @, a tab or a carriage return as a formula (CSV/formula injection,
// OWASP), so such text is prefixed with an apostrophe and shows as typed. Numbers are never touched:
// -5 stays the number -5; only text such as "-5 %" or "=SUM(A1)" is neutralised.

export type TExportValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A value as it goes into a file: text neutralised, numbers kept (NaN and infinities become empty). */
export function exportCell(value: TExportValue | undefined): TExportValue {
  if (typeof value === "string") return neutraliseText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return null;
}

/** Exact decimal text from the database ("1234.500000") as a number cell; null stays empty. */
export function decimalCell(value: string | { toString(): string } | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(String(value));
  return Number.isFinite(n) ? n : null;
}
