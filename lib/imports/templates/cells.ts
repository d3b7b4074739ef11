// Reading one cell of a template file by its column's kind. CSV cells are text; XLSX cells may also be
// numbers, booleans or dates. Numbers are read in the header row's language first ("1 250,5" in a French
// file, "1,250.5" in an English one), then in the other, so "1250,5" and "1250.5" read the same in both;
// only "1,250" depends on the language. Text is kept as written: "=HYPERLINK(…)" is text, never a formula.
import type { XlsxCell } from "@/lib/files/xlsx";
import { numberToDecimal } from "@/lib/numbers/decimal";
import { parseUserNumber } from "@/lib/numbers/user-number";
import { isIsoDate, isoDateOf } from "@/lib/periods/dates";
import type { TImportLanguage } from "@/lib/imports/types";

export type TCell = XlsxCell;
export type TCellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** The cell as text ("" when empty); numbers in plain notation, dates as ISO. */
export function cellText(cell: TCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDateOf(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? numberToDecimal(cell) : "";
  return String(cell).trim();
}

/** A decimal in plain notation ("1250.5"), refusing negatives. */
export function readDecimal(cell: TCell, language: TImportLanguage): TCellResult<string> {
  let value: string | null;
  if (typeof cell === "number") value = Number.isFinite(cell) ? numberToDecimal(cell) : null;
  else {
    const text = cellText(cell);
    value = parseUserNumber(text, language) ?? parseUserNumber(text, language === "fr" ? "en" : "fr");
  }
  if (value === null) return fail("imports.errors.invalidNumber");
  if (value.startsWith("-"))
    return /^-0*(\.0*)?$/.test(value) ? { ok: true, value: "0" } : fail("imports.errors.negative");
  return { ok: true, value: value.replace(/^\+/, "") };
}

export function readInteger(cell: TCell, language: TImportLanguage): TCellResult<number> {
  const decimal = readDecimal(cell, language);
  if (!decimal.ok)
    return decimal.message === "imports.errors.negative" ? decimal : fail("imports.errors.invalidInteger");
  if (!/^\d+(\.0*)?$/.test(decimal.value)) return fail("imports.errors.invalidInteger");
  const value = Number.parseInt(decimal.value, 10);
  return Number.isSafeInteger(value) ? { ok: true, value } : fail("imports.errors.invalidInteger");
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** ISO (2025-03-31) or day first (31/03/2025); XLSX date cells as they are. */
export function readDate(cell: TCell): TCellResult<string> {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? fail("imports.errors.invalidDate") : { ok: true, value: isoDateOf(cell) };
  const text = typeof cell === "string" ? cell.trim() : "";
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : text;
  return isIsoDate(iso) ? { ok: true, value: iso } : fail("imports.errors.invalidDate");
}

const TRUE = new Set(["yes", "oui", "true", "vrai", "1", "y", "o", "x"]);
const FALSE = new Set(["no", "non", "false", "faux", "0", "n"]);

export function readBoolean(cell: TCell): TCellResult<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = cellText(cell).toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return fail("imports.errors.invalidBoolean");
}
