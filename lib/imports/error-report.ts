// The per-row error report as a CSV in the reader's language: row, column, message (the same words as
// the screen). Cells go through the exports' CSV writer, which neutralises formula-like text.
import { toCsv } from "@/lib/exports/csv";
import type { TImportRowError } from "@/lib/imports/types";
import { parseMessageKey } from "@/lib/validation";

export type TTranslate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** One error's text: its key with its values, or the generic "invalid" when the key is not a message. */
export function errorText(t: TTranslate, error: Pick<TImportRowError, "message" | "values">): string {
  const { key, values } = parseMessageKey(error.message);
  return t.has(key) ? t(key, { ...values, ...error.values }) : t("validation.invalid");
}

export function errorReportCsv(
  errors: readonly TImportRowError[],
  t: TTranslate,
  locale: string,
  headers: { row: string; column: string; message: string },
): string {
  return toCsv(
    {
      sheet: "errors",
      columns: [
        { header: headers.row, kind: "number" },
        { header: headers.column, kind: "text" },
        { header: headers.message, kind: "text" },
      ],
      rows: errors.map((e) => [e.row, e.column, errorText(t, e)]),
    },
    locale,
  );
}
