import { describe, expect, it } from "vitest";
import { loadCalcMappings } from "@/lib/calc";
import categoriesJson from "@/emission-factors/mappings/activity-categories.json";
import {
  ACTIVITY_CATEGORIES,
  activityTypesOf,
  categoryOfActivityType,
  isActivityCategory,
} from "@/lib/activity/categories";

describe("data-collection categories", () => {
  it("puts every shipped activity type in exactly one category", () => {
    const ids = [...loadCalcMappings().activityTypes.keys()];
    const unclaimed = ids.filter((id) => categoryOfActivityType(id) === null);
    expect(unclaimed).toEqual([]);
  });

  it("reads its prefix rule from the data file lib/reporting's SQL also reads, one entry per category, in order", () => {
    expect(categoriesJson.categories.map((c) => c.id)).toEqual([...ACTIVITY_CATEGORIES]);
  });

  it("files fuels, owned vehicles and refrigerant leaks under energy, and spend under purchases", () => {
    expect(categoryOfActivityType("fuel.diesel")).toBe("energy");
    expect(categoryOfActivityType("vehicle.owned.car")).toBe("energy");
    expect(categoryOfActivityType("refrigerant.r410a")).toBe("energy");
    expect(categoryOfActivityType("spend.ratio")).toBe("purchases");
    expect(categoryOfActivityType("hosting.servers")).toBe("digital");
    expect(categoryOfActivityType("unknown.thing")).toBeNull();
  });

  it("lists a category's types in the given order", () => {
    expect(activityTypesOf("travel", ["travel.plane", "spend.ratio", "travel.hotel"])).toEqual([
      "travel.plane",
      "travel.hotel",
    ]);
    expect(isActivityCategory("waste")).toBe(true);
    expect(isActivityCategory("spend")).toBe(false);
  });
});
