import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { CalcError } from "@/lib/calc/errors";
import { parseCalcMappings, SHIPPED_MAPPINGS } from "@/lib/calc/mappings";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { DEFAULT_CALC_SETTINGS, type TActivityInput, type TActivityOptions, ZCalcSettings } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Freight in t.km (ADEME Base Empreinte 23.6): the mode picks the factor, the direction the classification.
const index = fixtureIndex();
const freight = (
  activityTypeId: string,
  quantity: number,
  options?: TActivityOptions,
  region = "FR",
): TActivityInput => ({
  activityTypeId,
  quantity,
  unit: "t.km",
  region,
  year: 2025,
  ...(options ? { options } : {}),
});
const run = (activity: TActivityInput, settings = DEFAULT_CALC_SETTINGS) => {
  const { lines, resolution } = computeActivity(activity, index, settings);
  return { lines, resolution, kg: kgOf(lines) };
};

describe("freight by mode and direction", () => {
  it("1,000 t.km by 34–40 t articulated truck (43643) = 87.5 kg; inbound (default) → cat. 4 / 3.1 at every stage", () => {
    const { lines, resolution, kg } = run(freight("freight.road.articulated_34_40t", 1000));
    expect(kg).toBeCloseTo(87.5, 10);
    expect(lines.map((l) => [l.stage, l.scope, l.ghgCategory, l.begesPoste])).toEqual([
      ["upstream", 3, 4, "3.1"],
      ["combustion", 3, 4, "3.1"],
      ["manufacturing", 3, 4, "3.1"],
    ]);
    // stages split the total pro rata: 0.0627 / (0.021 + 0.0627 + 0.00378) × 87.5
    expect(lines[1]?.kgCO2e).toBeCloseTo((0.0627 / 0.08748) * 87.5, 10);
    expect(resolution.variant).toEqual({ direction: "inbound" });
  });

  it("outbound paid by the organisation → cat. 4 / 3.2; downstream (not paid by it) → cat. 9 / 3.2; same 87.5 kg", () => {
    const outbound = run(freight("freight.road.articulated_34_40t", 1000, { direction: "outbound" }));
    const downstream = run(freight("freight.road.articulated_34_40t", 1000, { direction: "downstream" }));
    expect(outbound.kg).toBeCloseTo(87.5, 10);
    expect(downstream.kg).toBeCloseTo(87.5, 10);
    expect(new Set(outbound.lines.map((l) => `${l.ghgCategory}/${l.begesPoste}`))).toEqual(new Set(["4/3.2"]));
    expect(new Set(downstream.lines.map((l) => `${l.ghgCategory}/${l.begesPoste}`))).toEqual(new Set(["9/3.2"]));
    expect(downstream.resolution.variant).toEqual({ direction: "downstream" });
  });

  it("van < 3.5 t: 250 t.km diesel (43735) = 250 × 0.842 = 210.5 kg; petrol (43736) = 250 × 0.92 = 230 kg", () => {
    expect(run(freight("freight.road.van", 250)).kg).toBeCloseTo(210.5, 10);
    expect(run(freight("freight.road.van", 250, { fuel: "petrol" })).kg).toBeCloseTo(230, 10);
  });

  it("rail: 5,000 t.km in Germany (28159) = 5,000 × 0.032 = 160 kg; in Poland the EU value (28158) 5,000 × 0.0226 = 113 kg, region fallback", () => {
    expect(run(freight("freight.rail", 5000, undefined, "DE")).kg).toBeCloseTo(160, 10);
    const poland = run(freight("freight.rail", 5000, undefined, "PL"));
    expect(poland.kg).toBeCloseTo(113, 10);
    expect(poland.resolution.rule).toBe("region-fallback:EU+undated");
    expect(poland.lines[0]?.flags).toContain("region-fallback");
  });

  it("sea: 100,000 t.km by container ship (28193, world average dry) = 847 kg, anywhere", () => {
    expect(run(freight("freight.sea.container", 100_000, undefined, "CN")).kg).toBeCloseTo(847, 9);
  });

  it("air: 2 t over 6,000 km = 12,000 t.km, cargo > 100 t beyond 5,000 km: 1.01 with contrails (43670) = 12,120 kg, 0.556 without (43671) = 6,672 kg", () => {
    const withContrails = run(freight("freight.air", 12_000, { legKm: 6000 }));
    expect(withContrails.kg).toBeCloseTo(12_120, 8);
    expect(withContrails.lines.find((l) => l.stage === "non_co2")).toMatchObject({ ghgCategory: 4, begesPoste: "3.1" });
    expect(withContrails.lines[0]?.contrailsIncluded).toBe(true);
    const noContrails = run(
      freight("freight.air", 12_000, { legKm: 6000 }),
      ZCalcSettings.parse({ includeContrails: false }),
    );
    expect(noContrails.kg).toBeCloseTo(6672, 8);
    expect(noContrails.resolution.factorIds).toEqual(["ademe:43671@23.6"]);
  });

  it("refuses a direction on a type that is not freight", () => {
    let error: unknown;
    try {
      computeActivity(
        {
          activityTypeId: "travel.taxi",
          quantity: 10,
          unit: "p.km",
          region: "FR",
          year: 2025,
          options: { direction: "outbound" },
        },
        index,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalcError);
    expect((error as CalcError).code).toBe("UNKNOWN_OPTION");
    expect((error as CalcError).details).toMatchObject({ option: "direction" });
  });

  it("the mapping tables refuse a direction profile that does not exist or a type profile other than its default direction's", () => {
    type TLooseType = { id: string; profile: string; directions: { profiles: Record<string, string> } };
    const parse = (edit: (truck: TLooseType) => void) => {
      const raw = structuredClone(SHIPPED_MAPPINGS);
      const types = (raw.activityTypes as { activityTypes: TLooseType[] }).activityTypes;
      edit(types.find((t) => t.id === "freight.road.articulated_34_40t") as TLooseType);
      return () => parseCalcMappings(raw);
    };
    expect(parse((truck) => void (truck.directions.profiles.outbound = "nope"))).toThrow(
      /direction outbound uses unknown profile nope/,
    );
    expect(parse((truck) => void (truck.profile = "freight_outbound"))).toThrow(/default direction/);
  });
});
