import { describe, expect, it } from "vitest";
import { FACTOR_STAGES } from "@/lib/calc/factor-record";
import { computeActivity } from "@/lib/calc/compute";
import { acceptedUnits, loadCalcMappings, parseCalcMappings, SHIPPED_MAPPINGS } from "@/lib/calc/mappings";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";

const mappings = loadCalcMappings();
const profile = (name: string) => {
  const found = mappings.profiles.get(name);
  if (!found) throw new Error(`no profile ${name}`);
  return found;
};
const clone = <T>(value: T): T => structuredClone(value);

describe("shipped mapping tables", () => {
  it("parse and cross-check: every profile, poste, alias and GWP reference exists", () => {
    expect(mappings.activityTypes.size).toBeGreaterThanOrEqual(39);
    expect(mappings.ghgCategories.size).toBe(15);
    expect(mappings.begesPostes.get("4.1")?.category).toBe(4);
  });

  it("fuel burnt on site or in owned vehicles: combustion → scope 1, upstream → scope 3 cat. 3 (BEGES 4.1)", () => {
    for (const name of ["stationary_combustion", "mobile_combustion", "owned_vehicle_distance"]) {
      expect(profile(name).stages.combustion?.scope).toBe(1);
      expect(profile(name).stages.upstream).toEqual({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    }
    expect(profile("stationary_combustion").stages.combustion?.begesPoste).toBe("1.1");
    expect(profile("mobile_combustion").stages.combustion?.begesPoste).toBe("1.2");
  });

  it("owned vehicle per km: manufacturing → scope 3 cat. 2 (capital goods, BEGES 4.2)", () => {
    expect(profile("owned_vehicle_distance").stages.manufacturing).toEqual({
      scope: 3,
      ghgCategory: 2,
      begesPoste: "4.2",
    });
  });

  it("electricity: generation → scope 2 (BEGES 2.1), upstream and T&D losses → scope 3 cat. 3 (BEGES 4.1)", () => {
    const electricity = profile("electricity");
    expect(electricity.stages.combustion).toEqual({ scope: 2, ghgCategory: null, begesPoste: "2.1" });
    expect(electricity.stages.upstream).toEqual({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    expect(electricity.stages.td_losses).toEqual({ scope: 3, ghgCategory: 3, begesPoste: "4.1" });
    expect(profile("heat").undecomposed).toEqual({ scope: 2, ghgCategory: null, begesPoste: "2.2" });
  });

  it("business travel (contrails included) stays in cat. 6 / BEGES 3.5 and commuting in cat. 7 / 3.3, at every stage", () => {
    for (const stage of FACTOR_STAGES) {
      expect(profile("business_travel").stages[stage], stage).toEqual({ scope: 3, ghgCategory: 6, begesPoste: "3.5" });
      expect(profile("commuting").stages[stage], stage).toEqual({ scope: 3, ghgCategory: 7, begesPoste: "3.3" });
    }
  });

  it("refrigerant leaks are scope 1 fugitive emissions (BEGES 1.4)", () => {
    expect(profile("refrigerant_leak").stages.fugitive).toEqual({ scope: 1, ghgCategory: null, begesPoste: "1.4" });
  });

  it("GWP of blends = Σ mass fraction × component GWP, rounded (R-410A: AR5 1924, AR6 2256)", () => {
    const { refrigerants, components } = mappings.gwp;
    expect(refrigerants["R-410A"]?.gwp).toEqual({ AR5: 1924, AR6: 2256 });
    for (const [gas, row] of Object.entries(refrigerants)) {
      for (const set of ["AR5", "AR6"] as const) {
        const weighted = Object.entries(row.composition).reduce(
          (sum, [c, share]) => sum + share * (components[c]?.[set] ?? NaN),
          0,
        );
        expect(Math.abs(weighted - row.gwp[set]), `${gas} ${set}`).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it("every activity type computes in France, in every unit a form may offer for it", () => {
    const index = fixtureIndex();
    for (const type of mappings.activityTypes.values()) {
      const units = acceptedUnits(type);
      expect(units.length, type.id).toBeGreaterThan(0);
      const spend = type.spendRatio && !type.spendRatio.category; // spend.ratio: category and purpose required
      const options = spend ? { ratioCategory: "it_hardware", purpose: "capital_goods" as const } : { legKm: 800 };
      for (const unit of units) {
        const { lines } = computeActivity(
          { activityTypeId: type.id, quantity: 10, unit, region: "FR", year: 2024, options },
          index,
        );
        expect(lines.length, `${type.id} ${unit}`).toBeGreaterThan(0);
      }
    }
  });

  it("offers fuel-energy units only where plain kWh has a stated basis", () => {
    const units = (id: string) => acceptedUnits(mappings.activityTypes.get(id) as Parameters<typeof acceptedUnits>[0]);
    expect(new Set(units("energy.natural_gas"))).toEqual(
      new Set(["kWh", "MWh", "kWh_PCS", "MWh_PCS", "kWh_PCI", "MWh_PCI"]),
    );
    expect(units("energy.electricity.grid")).toEqual(["Wh", "kWh", "MWh", "GWh", "MJ", "GJ"]);
    expect(units("spend.it_services")).toEqual(["EUR", "kEUR"]);
  });
});

describe("mapping validation", () => {
  // The raw JSON, edited by hand in each case: loosely typed on purpose.
  type TLooseRaw = { [K in keyof typeof SHIPPED_MAPPINGS]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const expectInvalid = (edit: (raw: TLooseRaw) => void, message: RegExp) => {
    const raw = clone(SHIPPED_MAPPINGS) as TLooseRaw;
    edit(raw);
    expect(() => parseCalcMappings(raw)).toThrow(message);
  };

  it("rejects an unknown profile, poste, alias dimension or unclassified DESNZ stage", () => {
    expectInvalid((raw) => {
      raw.activityTypes.activityTypes[0].profile = "nope";
    }, /unknown profile nope/);
    expectInvalid((raw) => {
      raw.stageProfiles.profiles.heat.undecomposed.begesPoste = "2.5";
    }, /unknown BEGES poste 2.5/);
    expectInvalid((raw) => {
      raw.activityTypes.activityTypes[1].unitAliases = { kWh: "L" };
    }, /not a energy unit/);
    expectInvalid((raw) => {
      raw.activityTypes.activityTypes[0].candidates[1].extras[0].stage = "manufacturing";
    }, /does not classify stage manufacturing/);
  });

  it("rejects a scope-3 classification without a GHG category", () => {
    expectInvalid((raw) => {
      raw.stageProfiles.profiles.commuting.undecomposed.ghgCategory = null;
    }, /GHG category/);
  });

  it("rejects duplicate activity types", () => {
    expectInvalid((raw) => {
      raw.activityTypes.activityTypes.push(raw.activityTypes.activityTypes[0]);
    }, /duplicate activity type/);
  });

  it("rejects a spend table that contradicts itself: unknown category or profile, a purpose missing, a default purpose with another profile, hand-written candidates", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const spendType = (raw: TLooseRaw, id: string) => raw.activityTypes.activityTypes.find((t: any) => t.id === id);
    expectInvalid((raw) => {
      spendType(raw, "spend.telecoms").spendRatio.category = "telegrams";
    }, /unknown spend ratio category telegrams/);
    expectInvalid((raw) => {
      raw.spendRatios.purposes.waste_services.profile = "landfill";
    }, /spend purpose waste_services uses unknown profile landfill/);
    expectInvalid((raw) => {
      delete raw.spendRatios.purposes.freight_outbound;
    }, /freight_outbound/);
    expectInvalid((raw) => {
      spendType(raw, "spend.hotels_restaurants").profile = "purchased_services";
    }, /not the one of its default purpose business_travel/);
    expectInvalid((raw) => {
      spendType(raw, "spend.telecoms").candidates = [{ factor: "ademe:43510", region: "FR", year: 2023 }];
    }, /spend candidates come from spend-ratios.json/);
    expectInvalid((raw) => {
      raw.spendRatios.categories.push(raw.spendRatios.categories[0]);
    }, /duplicate spend ratio category/);
  });
});
