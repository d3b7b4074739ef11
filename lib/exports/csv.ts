import { stringify } from "csv-stringify/sync";
import { exportCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportTable } from "@/lib/exports/table";

// CSV as a spreadsheet opens it by a double-click, in the user's language (decided in lib/exports/README.md):
// French: ";" between fields and a decimal comma (what Excel expects with French regional settings);
// English: RFC 4180 proper, "," and a decimal point. Both: UTF-8 with a byte-order mark (so Excel reads
// accents), CRLF line ends, and RFC 4180 quoting (a field holding the separator, a quote or a line break
// is quoted, quotes doubled), by csv-stringify. Numbers are written plainly (no grouping, no exponent).

export type TCsvDialect = { delimiter: ";" | ","; decimal: "," | "." };

export const BOM = "\uFEFF";

export function csvDialect(locale: string): TCsvDialect {
  return locale === "fr" ? { delimiter: ";", decimal: "," } : { delimiter: ",", decimal: "." };
}

const plain = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

function field(value: TExportValue, dialect: TCsvDialect): string {
  const cell = exportCell(value);
  if (cell === null) return "";
  if (typeof cell === "number") {
    const text = plain.format(cell);
    return dialect.decimal === "," ? text.replace(".", ",") : text;
  }
  return cell;
}

export function toCsv(table: TExportTable, locale: string): string {
  const dialect = csvDialect(locale);
  const records = [table.columns.map((c) => c.header), ...table.rows].map((row) =>
    row.map((value) => field(value, dialect)),
  );
  return (
    BOM +
    stringify(records, {
      delimiter: dialect.delimiter,
      record_delimiter: "windows",
      quoted_match: /[\r\n]/, // csv-stringify quotes the CRLF delimiter but not a lone CR or LF
    })
  );
}
