// What the data-entry form offers for one category, computed from the engine's mapping tables on the
// server and handed to the client form as plain data: the category's activity types with their accepted
// units and type-specific option fields, and the choices those fields list.
import {
  acceptedUnits,
  CAR_FUELS,
  loadCalcMappings,
  SEAT_CLASSES,
  SPEND_PURPOSES,
  type TCalcMappings,
} from "@/lib/calc";
import { activityTypesOf, type TActivityCategory } from "@/lib/activity/categories";

// Type-specific fields the form knows (components/activity/option-fields.tsx maps each to its component).
export const FORM_OPTION_KEYS = [
  "airports",
  "fuel",
  "network",
  "country",
  "ratioCategory",
  "purpose",
  "direction",
  "treatment",
  "lifetimeYears",
  "servers",
  "pue",
] as const;
export type TFormOptionKey = (typeof FORM_OPTION_KEYS)[number];

type TActivityType = NonNullable<ReturnType<TCalcMappings["activityTypes"]["get"]>>;

export type TTypeOption = {
  id: string;
  labelFr: string;
  labelEn: string;
  units: string[];
  optionKeys: TFormOptionKey[];
  profile: string; // "electricity" types take a market-based instrument
  fuels: string[]; // the fuels this type's candidates publish (a van: diesel, petrol, LPG, CNG)
  treatments: string[]; // waste: the treatments this type's candidates publish
  lifetimeYears: number | null; // equipment: the default amortisation lifetime (null = none published)
};

export type TLabelled = { id: string; labelFr: string; labelEn: string };

export type TFormOptions = {
  types: TTypeOption[];
  seatClasses: readonly string[];
  fuels: readonly string[];
  hotelCountries: string[];
  spendCategories: (TLabelled & { kind: "goods" | "services" })[];
  purposes: TLabelled[];
  gridCountries: string[]; // hosting: the countries the organisation's library has a grid factor for
};

/** The option values a type's candidates are chosen by (`when`), plus its defaults. */
function whenValues(type: TActivityType, key: string): string[] {
  const values = new Set<string>();
  const fallback = (type.optionDefaults as Record<string, unknown> | undefined)?.[key];
  if (typeof fallback === "string") values.add(fallback);
  for (const candidate of type.candidates) {
    const when = (candidate as { when?: Record<string, unknown> }).when;
    if (typeof when?.[key] === "string") values.add(when[key] as string);
  }
  return [...values];
}

// Bills and meters read in kWh, video-call tools report hours: offered first (the engine's unit list starts
// with Wh and minute).
const PREFERRED_UNITS = ["kWh", "hour"];
const preferredFirst = (units: string[]) => {
  const first = units.find((u) => PREFERRED_UNITS.includes(u));
  return first ? [first, ...units.filter((u) => u !== first)] : units;
};

function optionKeysOf(type: TActivityType): TFormOptionKey[] {
  const keys: TFormOptionKey[] = [];
  if (type.id === "travel.plane") keys.push("airports");
  for (const key of ["fuel", "network", "country", "treatment"] as const)
    if (whenValues(type, key).length > 0) keys.push(key);
  if (type.spendRatio) {
    if (!type.spendRatio.category) keys.push("ratioCategory");
    keys.push("purpose");
  }
  if (type.directions) keys.push("direction");
  if (type.capitalGoods) keys.push("lifetimeYears");
  // Hosting: kWh or servers × power × hours, with the hosting country's grid and the data centre's PUE.
  if (type.acceptsPue) keys.push("servers", "pue");
  return keys;
}

export function formOptionsFor(category: TActivityCategory): TFormOptions {
  const mappings = loadCalcMappings();
  const types = activityTypesOf(category, mappings.activityTypes.keys()).map((id) => {
    const type = mappings.activityTypes.get(id) as TActivityType;
    return {
      id,
      labelFr: type.labelFr,
      labelEn: type.labelEn,
      units: preferredFirst(acceptedUnits(type)),
      optionKeys: optionKeysOf(type),
      profile: type.profile,
      fuels: CAR_FUELS.filter((f) => whenValues(type, "fuel").includes(f)),
      treatments: whenValues(type, "treatment"),
      lifetimeYears: type.capitalGoods?.lifetimeYears ?? null,
    };
  });
  const typeOf = (id: string) => mappings.activityTypes.get(id);
  const hotel = typeOf("travel.hotel");
  return {
    types,
    seatClasses: SEAT_CLASSES,
    fuels: CAR_FUELS,
    hotelCountries: hotel ? whenValues(hotel, "country").sort() : [],
    spendCategories: [...mappings.spendCategories.values()].map((c) => ({
      id: c.id,
      kind: c.kind,
      labelFr: c.labelFr,
      labelEn: c.labelEn,
    })),
    purposes: SPEND_PURPOSES.map((id) => {
      const purpose = mappings.spendPurposes.get(id);
      return { id, labelFr: purpose?.labelFr ?? id, labelEn: purpose?.labelEn ?? id };
    }),
    gridCountries: [], // from the database (lib/activity/grid-countries.ts), filled by the pages that need it
  };
}
