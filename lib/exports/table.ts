import type { TExportValue } from "@/lib/exports/cells";

// One exported table, whatever the format: typed columns (text or number with an Excel number format) and
// rows of plain values. CSV and XLSX writers both take it, so a table is built once.

export type TExportColumn = {
  header: string;
  kind: "text" | "number";
  /** Excel number format of a number column, e.g. "#,##0.000". */
  format?: string;
  /** Column width in characters (XLSX). */
  width?: number;
};

export type TExportTable = { sheet: string; columns: TExportColumn[]; rows: TExportValue[][] };

export const KG_FORMAT = "#,##0.000";
export const TONNES_FORMAT = "#,##0.000";
export const SHARE_FORMAT = "0.0%";

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet"
  );
}
