import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { isCalcError } from "@/lib/calc/errors";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import type { TActivityInput } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Hotel stays resolve by the hotel's country (options.country; default the activity's region, else FR),
// among the countries DESNZ 2025 publishes (table "Hotel stay", kgCO2e per room-night).
const index = fixtureIndex();
const hotel = (nights: number, over: Partial<TActivityInput> = {}) =>
  computeActivity(
    { activityTypeId: "travel.hotel", quantity: nights, unit: "night", region: "FR", year: 2025, ...over },
    index,
  );

describe("hotel nights by country (DESNZ 2025)", () => {
  it("3 nights in Portugal on a French activity: 3 × 19 (29_600_4040_13) = 57 kgCO2e, country PT recorded", () => {
    const { lines, resolution } = hotel(3, { options: { country: "PT" } });
    expect(resolution.factorIds).toEqual(["desnz:29_600_4040_13@2025"]);
    expect(resolution.variant).toEqual({ country: "PT" });
    expect(resolution.rule).toBe("exact");
    expect(kgOf(lines)).toBeCloseTo(57, 9);
    expect(lines[0]).toMatchObject({ scope: 3, ghgCategory: 6, begesPoste: "3.5", factorValue: 19 });
  });

  it("2 nights in the United States: 2 × 16.1 (29_600_4053_13) = 32.2 kgCO2e", () => {
    expect(kgOf(hotel(2, { options: { country: "US" } }).lines)).toBeCloseTo(32.2, 9);
  });

  it("4 nights in Switzerland: 4 × 6.6 (29_600_4048_13) = 26.4 kgCO2e; 5 in the UK: 5 × 10.4 (29_600_4000_13) = 52", () => {
    expect(kgOf(hotel(4, { options: { country: "CH" } }).lines)).toBeCloseTo(26.4, 9);
    expect(kgOf(hotel(5, { options: { country: "GB" } }).lines)).toBeCloseTo(52, 9);
  });

  it("without the option the activity's region is the hotel's country: 1 night, region DE → 13.2 (29_600_4017_13)", () => {
    const { resolution, lines } = hotel(1, { region: "DE" });
    expect(resolution.variant).toEqual({ country: "DE" });
    expect(kgOf(lines)).toBeCloseTo(13.2, 9);
  });

  it("France is the default when the region is not a country: 3 nights, region EU → 3 × 6.7 = 20.1 (29_600_4016_13)", () => {
    const { resolution, lines } = hotel(3, { region: "EU" });
    expect(resolution).toMatchObject({ factorIds: ["desnz:29_600_4016_13@2025"], variant: { country: "FR" } });
    expect(kgOf(lines)).toBeCloseTo(20.1, 9);
  });

  it("a country DESNZ 2025 leaves empty (Austria) is a NO_FACTOR on the country option, never a silent France", () => {
    let error: unknown;
    try {
      hotel(1, { options: { country: "AT" } });
    } catch (e) {
      error = e;
    }
    expect(isCalcError(error, "NO_FACTOR")).toBe(true);
    if (!isCalcError(error)) return;
    expect(error.message).toMatch(/no travel\.hotel factor for country AT; published for .*FR.*PT/);
    expect(error.details).toMatchObject({ typeId: "travel.hotel", option: "country", country: "AT" });
    expect(error.details.countries).toEqual(expect.arrayContaining(["FR", "PT", "US", "GB"])); // the fixtures' rows
  });
});
