import { expect } from "vitest";
import { compareDecimals } from "@/lib/numbers/decimal";
import { parseBoaviztaFile } from "../parse";
import type { TBoaviztaImport } from "../model";
import { boaviztaTotals, type TBoaviztaTotals } from "../totals";

/** Parses bytes that must be accepted, or fails the test with the parser's error. */
export function parseOk(bytes: Uint8Array | string): TBoaviztaImport {
  const result = parseBoaviztaFile(typeof bytes === "string" ? Buffer.from(bytes) : bytes);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The single error key of a refused file (without its "imports.errors." namespace). */
export function parseError(bytes: Uint8Array | string): string {
  const result = parseBoaviztaFile(typeof bytes === "string" ? Buffer.from(bytes) : bytes);
  expect(result.ok).toBe(false);
  return result.ok ? "" : (result.errors[0]?.message ?? "").replace(/^imports\.errors\./, "");
}

/** The exact total of one criterion × phase, or undefined when no resource has a figure for it. */
export const totalOf = (t: TBoaviztaTotals, criterion: string, phase: "embedded" | "use" | "lifecycle") =>
  t.impacts[criterion]?.[phase]?.value;

/** Decimal equality ("3e-06" equals "0.000003"), reported with both texts. */
export function expectDecimal(actual: string | null | undefined, expected: string) {
  expect(actual, `expected ${expected}`).toBeTypeOf("string");
  expect(compareDecimals(actual as string, expected), `${actual} vs ${expected}`).toBe(0);
}

export const totalsOf = (data: TBoaviztaImport) => boaviztaTotals(data);
