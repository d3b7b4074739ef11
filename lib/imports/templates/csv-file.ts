// A template as CSV, in the user's language the way lib/exports writes CSV for a double-click in Excel:
// French ";" and decimal comma, English "," and point; UTF-8 with a byte-order mark, CRLF.
import { stringify } from "csv-stringify/sync";
import type { TActivityCategory } from "@/lib/activity/categories";
import { exportCell } from "@/lib/exports/cells";
import { BOM, csvDialect } from "@/lib/exports/csv";
import type { TImportLanguage } from "@/lib/imports/types";
import { templateRows } from "./example";

export function templateCsv(category: TActivityCategory, language: TImportLanguage): Buffer {
  const { header, example } = templateRows(category, language, { typed: false });
  const records = [header, example.map((v) => String(exportCell(v) ?? ""))];
  const text = stringify(records, { delimiter: csvDialect(language).delimiter, record_delimiter: "windows" });
  return Buffer.from(BOM + text, "utf8");
}
