import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { CalcError } from "@/lib/calc/errors";
import { loadCalcMappings } from "@/lib/calc/mappings";
import type { TSpendPurpose } from "@/lib/calc/mapping-schemas";
import { resolveFactor } from "@/lib/calc/resolve";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import type { TActivityInput, TActivityOptions } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// "Purpose decides the classification, the ratio decides the value" (docs/methodology.md).
const index = fixtureIndex();
const spend = (quantity: number, year: number, options: TActivityOptions): TActivityInput => ({
  activityTypeId: "spend.ratio",
  quantity,
  unit: "k€",
  region: "FR",
  year,
  options,
});
const classified = (activity: TActivityInput) => {
  const { lines, resolution } = computeActivity(activity, index);
  const [line] = lines;
  return {
    kg: kgOf(lines),
    scope: line?.scope,
    ghgCategory: line?.ghgCategory,
    begesPoste: line?.begesPoste,
    factorIds: resolution.factorIds,
    rule: resolution.rule,
    flags: line?.flags,
    variant: resolution.variant,
  };
};
const calcError = (run: () => unknown): CalcError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CalcError) return error;
    throw error;
  }
  throw new Error("expected a CalcError");
};

describe("spend lines: ratio category × purpose", () => {
  it("1.2 k€ of hotels and restaurants in 2023 × 250 kg/k€ (43525) = 300 kg: a business trip → cat. 6 / 3.5, a client reception → cat. 1 / 4.5", () => {
    const trip = classified(spend(1.2, 2023, { ratioCategory: "hotels_restaurants", purpose: "business_travel" }));
    const reception = classified(
      spend(1.2, 2023, { ratioCategory: "hotels_restaurants", purpose: "purchased_services" }),
    );
    expect(trip).toMatchObject({ kg: 300, scope: 3, ghgCategory: 6, begesPoste: "3.5", rule: "exact" });
    expect(trip.factorIds).toEqual(["ademe:43525@23.6"]);
    expect(reception).toMatchObject({ kg: 300, scope: 3, ghgCategory: 1, begesPoste: "4.5" });
    expect(reception.factorIds).toEqual(trip.factorIds);
    expect(reception.variant).toEqual({ ratioCategory: "hotels_restaurants", purpose: "purchased_services" });
  });

  it("5 k€ of IT hardware in 2022 × 238 kg/k€ (43419) = 1,190 kg as capital goods → cat. 2 / 4.2", () => {
    expect(classified(spend(5, 2022, { ratioCategory: "it_hardware", purpose: "capital_goods" }))).toMatchObject({
      kg: 1190,
      ghgCategory: 2,
      begesPoste: "4.2",
      factorIds: ["ademe:43419@23.6"],
    });
  });

  it("10 k€ of land freight in 2023 × 319 kg/k€ (43570) = 3,190 kg: outbound → cat. 4 / 3.2, inbound → cat. 4 / 3.1", () => {
    const outbound = classified(spend(10, 2023, { ratioCategory: "land_transport", purpose: "freight_outbound" }));
    const inbound = classified(spend(10, 2023, { ratioCategory: "land_transport", purpose: "freight_inbound" }));
    expect(outbound).toMatchObject({ kg: 3190, ghgCategory: 4, begesPoste: "3.2" });
    expect(inbound).toMatchObject({ kg: 3190, ghgCategory: 4, begesPoste: "3.1" });
  });

  it("2 k€ in 2025 (no ratio published) uses 2023's 250 kg/k€ undeflated = 500 kg, flagged ratio-year-fallback; 2018 uses 2019's 268", () => {
    const late = classified(spend(2, 2025, { ratioCategory: "hotels_restaurants", purpose: "business_travel" }));
    expect(late).toMatchObject({ kg: 500, rule: "ratio-year-fallback", factorIds: ["ademe:43525@23.6"] });
    expect(late.flags).toContain("ratio-year-fallback");
    const early = classified(spend(2, 2018, { ratioCategory: "hotels_restaurants", purpose: "business_travel" }));
    expect(early).toMatchObject({ kg: 536, rule: "later-year", factorIds: ["ademe:43521@23.6"] });
  });

  it("the 8 older spend.* ids keep their category and documented default purpose, and accept another purpose", () => {
    const alias = (id: string, options?: TActivityOptions) =>
      classified({
        activityTypeId: id,
        quantity: 1,
        unit: "k€",
        region: "FR",
        year: 2023,
        ...(options && { options }),
      });
    expect(alias("spend.hotels_restaurants")).toMatchObject({ kg: 250, ghgCategory: 6, begesPoste: "3.5" });
    expect(alias("spend.hotels_restaurants", { purpose: "purchased_services" })).toMatchObject({
      kg: 250,
      ghgCategory: 1,
      begesPoste: "4.5",
    });
    expect(alias("spend.it_hardware")).toMatchObject({ kg: 216, ghgCategory: 2, begesPoste: "4.2" });
    expect(alias("spend.freight_transport")).toMatchObject({ kg: 319, ghgCategory: 4, begesPoste: "3.1" });
    expect(alias("spend.it_services")).toMatchObject({ kg: 75, ghgCategory: 1, begesPoste: "4.5" });
    expect(alias("spend.air_transport")).toMatchObject({ kg: 914, ghgCategory: 6, begesPoste: "3.5" });
    expect(alias("spend.it_services").variant).toEqual({ ratioCategory: "it_services", purpose: "purchased_services" });
  });

  it("a chosen factor replaces the value, not the purpose's classification", () => {
    const chosen = computeActivity(
      { ...spend(1, 2023, { ratioCategory: "it_hardware", purpose: "capital_goods" }), factorId: "ademe:43525@23.6" },
      index,
    );
    expect(chosen.resolution.rule).toBe("selected");
    expect(chosen.lines[0]).toMatchObject({ kgCO2e: 250, ghgCategory: 2, begesPoste: "4.2" });
  });

  it("refuses an unknown category or purpose (UNKNOWN_OPTION) and a missing one (MISSING_OPTION), naming the option", () => {
    const unknownCategory = calcError(() =>
      resolveFactor(index, { ...spend(1, 2023, { ratioCategory: "caviar", purpose: "purchased_goods" }) }),
    );
    expect(unknownCategory).toMatchObject({ code: "UNKNOWN_OPTION", details: { option: "ratioCategory" } });
    const unknownPurpose = calcError(() =>
      computeActivity(spend(1, 2023, { ratioCategory: "it_hardware", purpose: "gifts" as TSpendPurpose }), index),
    );
    expect(unknownPurpose).toMatchObject({ code: "UNKNOWN_OPTION", details: { option: "purpose" } });
    const noPurpose = calcError(() => computeActivity(spend(1, 2023, { ratioCategory: "it_hardware" }), index));
    expect(noPurpose).toMatchObject({ code: "MISSING_OPTION", details: { option: "purpose" } });
    const noCategory = calcError(() => computeActivity(spend(1, 2023, { purpose: "capital_goods" }), index));
    expect(noCategory).toMatchObject({ code: "MISSING_OPTION", details: { option: "ratioCategory" } });
    const otherCategory = calcError(() =>
      computeActivity(
        {
          activityTypeId: "spend.telecoms",
          quantity: 1,
          unit: "k€",
          region: "FR",
          year: 2023,
          options: { ratioCategory: "it_hardware" },
        },
        index,
      ),
    );
    expect(otherCategory).toMatchObject({ code: "UNKNOWN_OPTION", details: { option: "ratioCategory" } });
  });
});

describe("spend purposes table", () => {
  const mappings = loadCalcMappings();
  it("purpose → (GHG category, BEGES poste): goods 1/4.1, services 1/4.5, capital 2/4.2, travel 6/3.5, freight 4/3.1 and 3.2, waste 5/4.3", () => {
    const table = Object.fromEntries(
      [...mappings.spendPurposes].map(([purpose, { profile }]) => {
        const c = mappings.profiles.get(profile)?.undecomposed;
        return [purpose, [c?.scope, c?.ghgCategory, c?.begesPoste]];
      }),
    );
    expect(table).toEqual({
      purchased_goods: [3, 1, "4.1"],
      purchased_services: [3, 1, "4.5"],
      capital_goods: [3, 2, "4.2"],
      business_travel: [3, 6, "3.5"],
      freight_inbound: [3, 4, "3.1"],
      freight_outbound: [3, 4, "3.2"],
      waste_services: [3, 5, "4.3"],
    });
  });

  it("lists ADEME's 56 categories, each with 2019–2023 and FR/EN labels", () => {
    expect(mappings.spendCategories.size).toBe(56);
    for (const category of mappings.spendCategories.values()) {
      expect(Object.keys(category.elements), category.id).toEqual(["2019", "2020", "2021", "2022", "2023"]);
      expect(category.labelEn.length, category.id).toBeGreaterThan(0);
    }
    expect(mappings.spendCategories.get("hotels_restaurants")?.elements["2023"]).toBe("43525");
  });
});
