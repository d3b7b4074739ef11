// One data row of a template file → an activity row for saveActivitiesBulk, or the row's errors. Checked
// here is what only the file knows: cell types, listed values, required cells, dates inside the period,
// option columns filled for a type that has no such option. Units against types, factors and the
// computation are the engine's (saveActivitiesBulk reports them per row).
import type { TActivityBulkRowInput } from "@/lib/activity/schemas";
import { formOptionsFor, type TFormOptionKey } from "@/lib/activity/form-options";
import type { TImportRowError } from "@/lib/imports/types";
import { readBoolean, readDate, readDecimal, readInteger, cellText, type TCell } from "./cells";
import { OPTION_COLUMNS, type TTemplateColumnDef } from "./definitions";
import type { TColumnMap } from "./headers";
import { normalizeHeader } from "./normalize";
import { valueList } from "./values";

export type TRowContext = {
  periodId: string;
  period: { startDate: string; endDate: string };
  sites: ReadonlyArray<{ id: string; name: string }>;
};

type TValue = string | number | boolean;
type TRowResult = { input: TActivityBulkRowInput | null; errors: TImportRowError[] };

const OPTION_OF = new Map(
  Object.entries(OPTION_COLUMNS).flatMap(([key, columns]) => columns.map((c) => [c, key as TFormOptionKey])),
);

export function periodHours(period: TRowContext["period"]): number {
  const days = (Date.parse(period.endDate) - Date.parse(period.startDate)) / 86_400_000 + 1;
  return Math.round(days) * 24;
}

/** Reads every cell of the row by its column; returns the values by column id and the cell errors. */
function readCells(row: number, cells: TCell[], map: TColumnMap, ctx: TRowContext) {
  const values = new Map<string, TValue>();
  const headers = new Map<string, string>();
  const errors: TImportRowError[] = [];
  const error = (column: string | null, message: string, values?: Record<string, string | number>) =>
    errors.push({ row, column, message, ...(values ? { values } : {}) });
  const sites = new Map(ctx.sites.map((s) => [normalizeHeader(s.name), s.id]));
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    const column = map.columns[i];
    if (text === "") return;
    if (!column) return error(null, "imports.errors.cellWithoutHeader", { value: text, position: i + 1 });
    const { def, header } = column;
    headers.set(def.id, header);
    const read = readCell(def, cell, text, map, sites);
    if (read.ok) values.set(def.id, read.value);
    else error(header, read.message, { value: text, column: header });
  });
  for (const column of map.columns)
    if (column?.def.required && !values.has(column.def.id) && !errors.some((e) => e.column === column.header))
      error(column.header, "imports.errors.required", { column: column.header });
  const date = values.get("date");
  if (typeof date === "string" && (date < ctx.period.startDate || date > ctx.period.endDate))
    error(headers.get("date") ?? null, "imports.errors.dateOutsidePeriod", {
      value: date,
      start: ctx.period.startDate,
      end: ctx.period.endDate,
    });
  return { values, headers, errors, error };
}

function readCell(
  def: TTemplateColumnDef,
  cell: TCell,
  text: string,
  map: TColumnMap,
  sites: Map<string, string>,
): { ok: true; value: TValue } | { ok: false; message: string } {
  switch (def.kind) {
    case "number":
      return readDecimal(cell, map.language);
    case "integer":
      return readInteger(cell, map.language);
    case "date":
      return readDate(cell);
    case "boolean":
      return readBoolean(cell);
    case "enum": {
      const list = def.list ?? "activityType";
      const id = valueList(map.template.id, list).find(text);
      return id === null ? { ok: false, message: `imports.errors.unknownValue.${list}` } : { ok: true, value: id };
    }
    case "text":
      if (def.id !== "site") return { ok: true, value: text };
      return sites.has(normalizeHeader(text))
        ? { ok: true, value: sites.get(normalizeHeader(text)) as string }
        : { ok: false, message: "imports.errors.unknownSite" };
  }
}

const num = (v: TValue | undefined) => (v === undefined ? undefined : Number(v));

export function readRow(row: number, cells: TCell[], map: TColumnMap, ctx: TRowContext): TRowResult | null {
  if (cells.every((c) => cellText(c) === "")) return null; // a blank line between rows
  const { values, headers, errors, error } = readCells(row, cells, map, ctx);
  const typeId = values.get("type") as string | undefined;
  if (typeId === undefined) return { input: null, errors };
  const type = formOptionsFor(map.template.id).types.find((t) => t.id === typeId);
  for (const [column, key] of OPTION_OF)
    if (values.has(column) && !type?.optionKeys.includes(key))
      error(headers.get(column) ?? column, "imports.errors.optionNotForType", {
        column: headers.get(column) ?? column,
        type: typeId,
      });
  const get = (id: string) => values.get(id);
  const options: Record<string, unknown> = {};
  for (const key of ["fuel", "network", "country", "ratioCategory", "purpose", "direction", "treatment", "seatClass"])
    if (values.has(key)) options[key] = get(key);
  for (const key of ["lifetimeYears", "pue"]) if (values.has(key)) options[key] = num(get(key));
  const byAirports = values.has("from") || values.has("to");
  const byServers = values.has("servers") || values.has("watts") || values.has("hours");
  if (byAirports) {
    if (!headers.has("from") || !headers.has("to")) error(null, "imports.errors.airportsIncomplete");
    options.airports = {
      from: get("from"),
      to: get("to"),
      returnTrip: get("returnTrip") ?? false,
      passengers: get("passengers") ?? 1,
    };
  } else if (values.has("returnTrip") || values.has("passengers"))
    error(headers.get("returnTrip") ?? headers.get("passengers") ?? null, "imports.errors.airportsIncomplete");
  if (byServers) {
    if (!headers.has("servers") || !headers.has("watts")) error(null, "imports.errors.serversIncomplete");
    options.servers = {
      count: get("servers"),
      watts: num(get("watts")),
      hours: num(get("hours")) ?? periodHours(ctx.period),
    };
  }
  if ((byAirports || byServers) && (values.has("quantity") || values.has("unit")))
    error(headers.get("quantity") ?? headers.get("unit") ?? null, "imports.errors.quantityAndDerived");
  const input: TActivityBulkRowInput = {
    periodId: ctx.periodId,
    activityTypeId: typeId,
    ...(values.has("quantity") ? { quantity: get("quantity") as string } : {}),
    ...(values.has("unit") ? { unit: get("unit") as string } : {}),
    ...(values.has("date") ? { activityDate: get("date") as string } : {}),
    ...(values.has("site") ? { siteId: get("site") as string } : {}),
    ...(values.has("region") ? { region: get("region") as string } : {}),
    ...(values.has("label") ? { label: get("label") as string } : {}),
    ...(values.has("description") ? { description: get("description") as string } : {}),
    ...(values.has("uncertaintyPct") ? { uncertaintyPct: get("uncertaintyPct") as string } : {}),
    options,
  };
  return { input: errors.length > 0 ? null : input, errors };
}
