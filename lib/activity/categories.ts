// The data-collection categories a user sees (forms, lists, requests, completeness, notation keys). Each
// activity type belongs to exactly one, by its id prefix (emission-factors/mappings/activity-types.json),
// so a new type joins its category without touching this file. Pure: usable by client components.
import categoriesJson from "@/emission-factors/mappings/activity-categories.json";

export const ACTIVITY_CATEGORIES = [
  "energy", // electricity, gas, oil, district heat/cold, fuel and owned vehicles, refrigerant leaks
  "travel", // business travel: flights, trains, cars, taxis, buses, hotel nights
  "commuting", // employee commuting aggregates
  "purchases", // spend by ADEME monetary ratio
  "equipment", // IT and office equipment per unit (capital goods)
  "freight", // inbound and outbound freight, parcels
  "waste", // waste by type and treatment
  "digital", // hosting and cloud without Boavizta, data transfer, digital work habits
] as const;
export type TActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

// The prefix rule is data (emission-factors/mappings/activity-categories.json), shared with lib/reporting's SQL.
const PREFIXES: ReadonlyArray<readonly [string, TActivityCategory]> = categoriesJson.categories.flatMap((c) => {
  if (!isActivityCategory(c.id)) throw new Error(`activity-categories.json: unknown category ${c.id}`);
  const category: TActivityCategory = c.id;
  return c.prefixes.map((prefix) => [prefix, category] as const);
});

/** The category of an activity type id, or null for an id no category claims (a mapping error). */
export function categoryOfActivityType(activityTypeId: string): TActivityCategory | null {
  for (const [prefix, category] of PREFIXES) if (activityTypeId.startsWith(prefix)) return category;
  return null;
}

export function isActivityCategory(value: string): value is TActivityCategory {
  return (ACTIVITY_CATEGORIES as readonly string[]).includes(value);
}

/** The ids among `activityTypeIds` that belong to `category`, in their given order. */
export function activityTypesOf(category: TActivityCategory, activityTypeIds: Iterable<string>): string[] {
  return [...activityTypeIds].filter((id) => categoryOfActivityType(id) === category);
}
