import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { CalcError } from "@/lib/calc/errors";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import type { TActivityInput, TActivityOptions } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Waste by material and treatment (ADEME Base Empreinte 23.6, "Traitement des déchets", per tonne treated,
// the ademe-waste release): GHG cat. 5 / BEGES 4.3. Avoided emissions are separate elements, never netted.
const index = fixtureIndex();
const waste = (activityTypeId: string, quantity: number, unit: string, options?: TActivityOptions): TActivityInput => ({
  activityTypeId,
  quantity,
  unit,
  region: "FR",
  year: 2025,
  ...(options ? { options } : {}),
});
const run = (activity: TActivityInput) => {
  const { lines, resolution } = computeActivity(activity, index);
  return { lines, resolution, kg: kgOf(lines) };
};

describe("waste by material and treatment", () => {
  it("2 t of mixed residual waste: average end of life 2 × 386 (34654) = 772 kg, incineration 2 × 374 = 748, landfill 2 × 412 = 824; cat. 5 / 4.3", () => {
    const average = run(waste("waste.residual", 2, "t"));
    expect(average.kg).toBe(772);
    expect(average.lines[0]).toMatchObject({ scope: 3, ghgCategory: 5, begesPoste: "4.3" });
    expect(average.resolution).toMatchObject({
      factorIds: ["ademe-waste:34654@23.6"],
      variant: { treatment: "average" },
    });
    expect(run(waste("waste.residual", 2, "t", { treatment: "incineration" })).kg).toBe(748);
    expect(run(waste("waste.residual", 2, "t", { treatment: "landfill" })).kg).toBe(824);
  });

  it("500 kg of cardboard recycled = 0.5 t × 992 (34480) = 496 kg", () => {
    expect(run(waste("waste.paper_cardboard", 500, "kg", { treatment: "recycling" })).kg).toBeCloseTo(496, 10);
  });

  it("120 kg of WEEE × 1,995 kg/t (34620) = 239.4 kg; a treatment ADEME does not publish for WEEE is refused on that option", () => {
    expect(run(waste("waste.weee", 120, "kg")).kg).toBeCloseTo(239.4, 10);
    let error: unknown;
    try {
      run(waste("waste.weee", 120, "kg", { treatment: "landfill" }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalcError);
    expect((error as CalcError).code).toBe("NO_FACTOR");
    expect((error as CalcError).details).toMatchObject({
      option: "treatment",
      treatment: "landfill",
      treatments: ["average"],
    });
  });

  it("1.5 t of food waste: composting by default 1.5 × 140 (34638) = 210 kg, anaerobic digestion 1.5 × 173 (34636) = 259.5 kg", () => {
    expect(run(waste("waste.organic", 1.5, "t")).kg).toBeCloseTo(210, 10);
    expect(run(waste("waste.organic", 1.5, "t", { treatment: "anaerobic_digestion" })).kg).toBeCloseTo(259.5, 10);
  });

  it("1,000 m³ of wastewater × 0.262 (24284) = 262 kg, every stage (incl. fugitive) in cat. 5", () => {
    const { kg, lines } = run(waste("waste.wastewater", 1000, "m3"));
    expect(kg).toBeCloseTo(262, 10);
    expect(new Set(lines.map((l) => `${l.ghgCategory}/${l.begesPoste}`))).toEqual(new Set(["5/4.3"]));
  });
});
