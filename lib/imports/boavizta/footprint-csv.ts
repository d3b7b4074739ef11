import { parse } from "csv-parse/sync";
import { Decimal, compareDecimals } from "@/lib/numbers/decimal";
import { BoaviztaParseError } from "./errors";
import { emptyResource, type TBoaviztaImpact, type TBoaviztaImport, type TBoaviztaResource } from "./model";
import { exactText } from "./numbers";

// Boavizta's environmental-footprint-data: manufacturers' product carbon footprints, one row per model
// (boavizta-formats.md §5). Two dialects of the same data: boavizta-data-us.csv (`,` and decimal point) and
// boavizta-data-fr.csv (`;` and decimal comma). gwp_total is the whole life cycle; the use and
// manufacturing ratios split it when given — they do not always add up to 1, so embedded is taken only
// from gwp_manufacturing_ratio and never guessed from 1 − use ratio.

const REQUIRED = ["manufacturer", "name", "category", "subcategory", "gwp_total"] as const;
const EXTRA_COLUMNS = [
  "category",
  "gwp_use_ratio",
  "gwp_manufacturing_ratio",
  "gwp_error_ratio",
  "yearly_tec",
  "lifetime",
  "weight",
  "report_date",
  "sources",
] as const;
const HOURS_PER_YEAR = 8760;
const RATIO_TOLERANCE = "0.01";

export function looksLikeFootprintCsv(text: string): boolean {
  const header = text.slice(0, text.indexOf("\n") >>> 0).toLowerCase();
  return header.includes("manufacturer") && header.includes("gwp_total");
}

export function readFootprintCsv(text: string): TBoaviztaImport {
  const headerLine = text.slice(0, text.search(/\r?\n/) >>> 0);
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (err) {
    const line = typeof (err as { lines?: number }).lines === "number" ? (err as { lines: number }).lines : null;
    throw new BoaviztaParseError("boaviztaCsvRow", { row: line ?? 0 }, line);
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new BoaviztaParseError("boaviztaCsvHeader", { columns: missing.join(", ") }, 1);
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i < 0 ? "" : (row[i] ?? "").trim();
  };
  const resources = records.slice(1).map((row, k) => readRow(row, k + 2, col));
  if (resources.length === 0) throw new BoaviztaParseError("boaviztaEmpty", {});
  return {
    tool: "environmental-footprint-data",
    format: "footprint-csv",
    formatVersion: delimiter === ";" ? "fr" : "us",
    toolVersion: null,
    apiVersion: null,
    verbose: false,
    resources,
    warnings: [],
  };
}

function readRow(row: string[], line: number, col: (row: string[], name: string) => string): TBoaviztaResource {
  const number = (name: string) => {
    const text = col(row, name);
    if (text === "") return null;
    try {
      return exactText(text, `${name}`);
    } catch (err) {
      if (err instanceof BoaviztaParseError) throw new BoaviztaParseError(err.key, { ...err.values, row: line }, line);
      throw err;
    }
  };
  const total = number("gwp_total");
  if (total === null) throw new BoaviztaParseError("boaviztaCsvRow", { row: line }, line);
  const r = emptyResource(`${col(row, "manufacturer")} ${col(row, "name")}`.trim(), "hardware_model");
  r.provider = col(row, "manufacturer") || null;
  r.type = col(row, "subcategory") || null;
  r.location = col(row, "use_location") || null;
  r.allocation = "unallocated"; // a model's footprint over its whole life
  const lifetime = number("lifetime");
  if (lifetime !== null) r.lifetimeHours = r.durationHours = new Decimal(lifetime).times(HOURS_PER_YEAR).toFixed();
  r.extra.row = String(line);
  for (const c of EXTRA_COLUMNS)
    if (col(row, c) !== "")
      r.extra[c] = c === "category" || c === "report_date" || c === "sources" ? col(row, c) : (number(c) as string);

  const useRatio = number("gwp_use_ratio");
  const manufacturingRatio = number("gwp_manufacturing_ratio");
  const share = (ratio: string) => new Decimal(total).times(ratio).toFixed();
  const gwp = (phase: TBoaviztaImpact["phase"], value: string): TBoaviztaImpact => ({
    criterion: "gwp",
    phase,
    status: "value",
    value,
    min: null,
    max: null,
    unit: "kgCO2eq",
    significantFigures: null,
    warnings: [],
  });
  r.impacts.push(gwp("lifecycle", total));
  if (manufacturingRatio !== null) r.impacts.push(gwp("embedded", share(manufacturingRatio)));
  else r.notes.push("manufacturingRatioMissing");
  if (useRatio !== null) r.impacts.push(gwp("use", share(useRatio)));
  // The life-cycle stages the file splits (use, manufacturing, transport, end of life) should cover the total;
  // more than one percentage point away (beyond the ratios' own rounding) is worth telling.
  if (useRatio !== null && manufacturingRatio !== null) {
    const stages = [useRatio, manufacturingRatio, number("gwp_transport_ratio"), number("gwp_eol_ratio")];
    const sum = stages.reduce((s: Decimal, v) => (v === null ? s : s.plus(v)), new Decimal(0));
    if (compareDecimals(sum.minus(1).abs().toFixed(), RATIO_TOLERANCE) > 0) r.notes.push("ratiosDoNotAddUp");
  }
  return r;
}
