import { parseDecimalText } from "@/lib/numbers/decimal";
import { IngestError } from "../ingest-error";
import type { SheetRow } from "../sheet-rows";
import { DESNZ_CONFIG } from "./config";

// DESNZ flat file rows: header check, per-row validation, and grouping of each factor's `_1.._n` rows
// (the `_1` row is the total in kg CO2e, `_2/_3/_4` its CO2/CH4/N2O parts).

export const desnzHeader = (version: string) =>
  [
    "ID",
    "Scope",
    "Level 1",
    "Level 2",
    "Level 3",
    "Level 4",
    "Column Text",
    "UOM",
    "GHG/Unit",
    `GHG Conversion Factor ${version}`,
  ] as const;

export type DesnzRow = {
  row: number;
  id: string;
  part: number; // the trailing _n of the ID
  scope: string;
  levels: [string, string | null, string | null, string | null];
  columnText: string | null;
  uom: string;
  value: string | null;
};

export type DesnzGroup = { baseId: string; rows: Map<number, DesnzRow> };

const clean = (v: string | null | undefined): string | null => v?.normalize("NFC").trim() || null;

export function checkDesnzHeader(file: string, raw: SheetRow, version: string): void {
  desnzHeader(version).forEach((name, i) => {
    const got = clean(raw.cells[i]);
    if (got !== name) throw new IngestError(file, `expected header "${name}", found "${got ?? ""}"`, raw.row, name);
  });
}

/** A data row, or null for blank rows and the trailing "END" marker. */
export function parseDesnzRow(file: string, raw: SheetRow, version: string): DesnzRow | null {
  const at = (i: number) => clean(raw.cells[i]);
  const [id, scope, l1, l2, l3, l4, columnText, uom, ghgUnit, value] = [
    at(0),
    at(1),
    at(2),
    at(3),
    at(4),
    at(5),
    at(6),
    at(7),
    at(8),
    at(9),
  ];
  if (id == null) return null;
  const header = desnzHeader(version);
  const fail = (col: number, problem: string): never => {
    throw new IngestError(file, problem, raw.row, header[col]);
  };
  const idMatch = /^(\d+(?:_\d+)+)_(\d+)$/.exec(id);
  if (!idMatch) return fail(0, `not a factor ID: "${id}"`);
  if (!scope) fail(1, "empty scope");
  if (!l1) fail(2, "empty Level 1");
  if (!uom) fail(7, "empty UOM");
  if (!Object.hasOwn(DESNZ_CONFIG.units, uom!) && !DESNZ_CONFIG.unitsNotShipped.includes(uom!))
    fail(7, `unknown unit "${uom}" (add it to lib/factors/ingest/desnz/config.json)`);
  const part = Number(idMatch[2]);
  if (DESNZ_CONFIG.ghgUnits[String(part)] !== ghgUnit)
    fail(8, `unexpected GHG/Unit "${ghgUnit ?? ""}" for an ID ending in _${part}`);
  const decimal = value == null ? null : parseDecimalText(value);
  if (decimal === undefined) fail(9, `not a number: "${value}"`);
  return {
    row: raw.row,
    id,
    part,
    scope: scope!,
    levels: [l1!, l2, l3, l4],
    columnText,
    uom: uom!,
    value: decimal ?? null,
  };
}

/** Groups rows by factor (ID without its `_n`), checking the parts describe the same factor. */
export function groupDesnzRows(file: string, rows: DesnzRow[]): Map<string, DesnzGroup> {
  const groups = new Map<string, DesnzGroup>();
  for (const r of rows) {
    const baseId = r.id.replace(/_\d+$/, "");
    const group = groups.get(baseId) ?? { baseId, rows: new Map() };
    groups.set(baseId, group);
    if (group.rows.has(r.part)) throw new IngestError(file, `duplicate ID ${r.id}`, r.row, "ID");
    const first = group.rows.values().next().value;
    if (
      first &&
      JSON.stringify([first.scope, first.levels, first.columnText, first.uom]) !==
        JSON.stringify([r.scope, r.levels, r.columnText, r.uom])
    )
      throw new IngestError(file, `${r.id} does not describe the same factor as ${first.id}`, r.row, "ID");
    group.rows.set(r.part, r);
  }
  return groups;
}
