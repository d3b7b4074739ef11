// The values an enum column accepts, and how a cell is read into one: an identifier or, where the
// engine's tables give one, a label in French or English, compared without accents or case.
import type { TActivityCategory } from "@/lib/activity/categories";
import { formOptionsFor } from "@/lib/activity/form-options";
import {
  airportEntries,
  CAR_FUELS,
  FREIGHT_DIRECTIONS,
  SEAT_CLASSES,
  WASTE_TREATMENTS,
} from "@/lib/activity/option-lists";
import type { TValueList } from "./columns";
import { normalizeHeader } from "./normalize";

export type TListValue = { id: string; labelFr: string; labelEn: string };

const plain = (ids: readonly string[]): TListValue[] => ids.map((id) => ({ id, labelFr: id, labelEn: id }));

function build(category: TActivityCategory, list: TValueList): TListValue[] {
  switch (list) {
    case "activityType":
      return formOptionsFor(category).types.map(({ id, labelFr, labelEn }) => ({ id, labelFr, labelEn }));
    case "unit":
      return plain([...new Set(formOptionsFor(category).types.flatMap((t) => t.units))]);
    case "airport":
      return airportEntries().map((a) => {
        const label = `${a.name}${a.city ? `, ${a.city}` : ""} (${a.country})`;
        return { id: a.iata, labelFr: label, labelEn: label };
      });
    case "seatClass":
      return plain(SEAT_CLASSES);
    case "fuel":
      return plain(CAR_FUELS);
    case "country":
      return plain(formOptionsFor("travel").hotelCountries);
    case "ratioCategory":
      return formOptionsFor(category).spendCategories.map(({ id, labelFr, labelEn }) => ({ id, labelFr, labelEn }));
    case "purpose":
      return formOptionsFor(category).purposes;
    case "direction":
      return plain(FREIGHT_DIRECTIONS);
    case "treatment":
      return plain(WASTE_TREATMENTS);
  }
}

export type TValueLookup = { values: TListValue[]; find(cell: string): string | null };

const cache = new Map<string, TValueLookup>();

/** The list's values for a category's template, with a reader accepting ids and labels. */
export function valueList(category: TActivityCategory, list: TValueList): TValueLookup {
  const key = `${category}:${list}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const values = build(category, list);
  const index = new Map<string, string>();
  // Ids first, so a label never shadows another value's id. Airports by code only: a city has several.
  for (const v of values) index.set(normalizeHeader(v.id), v.id);
  if (list !== "airport")
    for (const v of values)
      for (const label of [v.labelFr, v.labelEn])
        if (!index.has(normalizeHeader(label))) index.set(normalizeHeader(label), v.id);
  const lookup = { values, find: (cell: string) => index.get(normalizeHeader(cell)) ?? null };
  cache.set(key, lookup);
  return lookup;
}
