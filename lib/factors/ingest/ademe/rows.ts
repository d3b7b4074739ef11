import { parseDecimalText } from "@/lib/numbers/decimal";
import { IngestError } from "../ingest-error";
import type { SheetRow } from "../sheet-rows";
import { ADEME_COLUMNS, ADEME_NUMERIC_COLUMNS, type AdemeColumnKey } from "./columns";
import { mapAdemeUnit } from "./units";

// One typed, validated Base Carbone row. Every rule here applies to the whole file, not just the curated
// subset: an export we do not fully understand is rejected rather than partly trusted.

export const ADEME_STATUSES = {
  "Valide générique": "valid",
  "Valide spécifique": "valid",
  Archivé: "archived",
} as const;
const LINE_TYPES = { Elément: "element", Poste: "stage" } as const;

type Text = string | null;
export type AdemeRow = { row: number; lineType: "element" | "stage"; id: string } & Record<
  Exclude<AdemeColumnKey, "lineType" | "id">,
  Text
>;

// Some 23.6 xlsx cells still carry the CSV quoting of an earlier export step, e.g.
// `"16, Soyaux, Réseau ""Champ de manœuvre"""`: a cell that is exactly one well-formed quoted field is
// unquoted. Anything else (e.g. truncated `"ADEME. … ""Modélisation…` sources) is kept as published.
const QUOTED_FIELD = /^"(?:[^"]|"")*"$/s;

const clean = (v: string | null | undefined): Text => {
  let t = v?.normalize("NFC").trim();
  if (t && QUOTED_FIELD.test(t)) t = t.slice(1, -1).replace(/""/g, '"').trim();
  return t ? t : null;
};

/** Checks the header row and returns a parser for the data rows that follow it. */
export function ademeRowParser(file: string, header: SheetRow): (raw: SheetRow) => AdemeRow {
  const names = header.cells.map((c) => clean(c));
  const index = {} as Record<AdemeColumnKey, number>;
  for (const [key, name] of Object.entries(ADEME_COLUMNS) as [AdemeColumnKey, string][]) {
    const at = names.indexOf(name);
    if (at < 0) throw new IngestError(file, `missing column "${name}" in the header row`, header.row, name);
    if (names.indexOf(name, at + 1) >= 0)
      throw new IngestError(file, `column "${name}" appears twice`, header.row, name);
    index[key] = at;
  }
  const width = names.length;

  return (raw) => {
    const fail = (key: AdemeColumnKey, problem: string): never => {
      throw new IngestError(file, problem, raw.row, ADEME_COLUMNS[key]);
    };
    const extra = raw.cells.findIndex((c, i) => i >= width && clean(c) != null);
    if (extra >= 0) throw new IngestError(file, `value beyond the last header column (column ${extra + 1})`, raw.row);

    const out = { row: raw.row } as Record<string, unknown>;
    for (const key of Object.keys(ADEME_COLUMNS) as AdemeColumnKey[]) out[key] = clean(raw.cells[index[key]]);
    for (const key of ADEME_NUMERIC_COLUMNS) {
      const text = out[key] as Text;
      if (text == null) continue;
      const value = parseDecimalText(text);
      if (value === undefined) fail(key, `not a number: "${text}"`);
      out[key] = value;
    }
    const lineType = LINE_TYPES[out.lineType as keyof typeof LINE_TYPES];
    if (!lineType) fail("lineType", `unknown line type "${String(out.lineType)}" (expected Elément or Poste)`);
    if (typeof out.id !== "string" || !/^\d+$/.test(out.id)) fail("id", `not an element id: "${String(out.id)}"`);
    if (out.total == null) fail("total", "empty total");
    if (lineType === "element" && !Object.hasOwn(ADEME_STATUSES, String(out.status)))
      fail("status", `unknown status "${String(out.status)}"`);
    if (out.unit != null && mapAdemeUnit(out.unit as string) === undefined)
      fail("unit", `unknown unit "${String(out.unit)}" (add it to lib/factors/ingest/ademe/units.json)`);
    out.lineType = lineType;
    return out as AdemeRow;
  };
}
