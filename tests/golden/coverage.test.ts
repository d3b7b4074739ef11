import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { buildFactorIndex } from "@/lib/calc/factor-index";
import { loadCalcMappings } from "@/lib/calc/mappings";
import { ZCalcSettings } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";
import { loadShippedReleases } from "@/lib/factors/releases";

// Equipment, freight, digital and the energy gaps against the shipped releases: each of these types
// resolves in France on the real records, and the worked examples give the same figures there.
describe("coverage types on the shipped releases", () => {
  const index = buildFactorIndex(loadShippedReleases().flatMap((r) => r.factors));
  const prefixes = ["equipment.", "freight.", "digital.", "energy.", "fuel.", "waste."];
  const types = [...loadCalcMappings().activityTypes.values()].filter((t) => prefixes.some((p) => t.id.startsWith(p)));

  it("every equipment, freight, digital, waste and energy type resolves in France with its default options", () => {
    const unitOf: Record<string, string> = {
      count: "unit",
      mass: "kg",
      freight: "t.km",
      data: "GB",
      energy: "kWh",
      volume: "L",
      distance: "km",
      time: "hour",
      email: "email",
      data_storage: "GB.year",
      emissions: "kgCO2e",
    };
    expect(types.length).toBeGreaterThanOrEqual(58);
    for (const type of types) {
      const unit = unitOf[type.dimension] as string;
      const { lines } = computeActivity(
        { activityTypeId: type.id, quantity: 1, unit, region: "FR", year: 2025, options: { legKm: 800 } },
        index,
      );
      expect(kgOf(lines), type.id).toBeGreaterThan(0);
    }
  });

  it("laptop (ADEME-Arcep 2.1.0) amortised over 4 years: 185.09 / 4 = 46.2725 kg in 2026, cat. 2 / 4.2", () => {
    const { lines, resolution } = computeActivity(
      {
        activityTypeId: "equipment.laptop",
        quantity: 1,
        unit: "unit",
        region: "FR",
        year: 2025,
        reportingYear: 2026,
        options: { lifetimeYears: 4 },
      },
      index,
      ZCalcSettings.parse({ capitalGoodsMethod: "amortised" }),
    );
    expect(resolution.factorIds).toEqual(["ademe-arcep:laptop@2022-acv-numerique-2.1.0"]);
    expect(kgOf(lines)).toBeCloseTo(46.2725, 10);
    expect(lines.every((l) => l.scope === 3 && l.ghgCategory === 2)).toBe(true);
  });

  it("2 t of cardboard recycled (ADEME 34480, ademe-waste 23.6) = 2 × 992 = 1,984 kg in cat. 5 / 4.3", () => {
    const { lines, resolution } = computeActivity(
      {
        activityTypeId: "waste.paper_cardboard",
        quantity: 2,
        unit: "t",
        region: "FR",
        year: 2025,
        options: { treatment: "recycling" },
      },
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe-waste:34480@23.6"]);
    expect(kgOf(lines)).toBe(1984);
    expect(lines.every((l) => l.begesPoste === "4.3")).toBe(true);
  });

  it("1,000 t.km outbound by 40–44 t articulated truck (ADEME 43647) = 75.5 kg in cat. 4 / 3.2", () => {
    const { lines, resolution } = computeActivity(
      {
        activityTypeId: "freight.road.articulated_40_44t",
        quantity: 1000,
        unit: "t.km",
        region: "FR",
        year: 2025,
        options: { direction: "outbound" },
      },
      index,
    );
    expect(resolution.factorIds).toEqual(["ademe:43647@23.6"]);
    expect(kgOf(lines)).toBeCloseTo(75.5, 10);
    expect(new Set(lines.map((l) => `${l.ghgCategory}/${l.begesPoste}`))).toEqual(new Set(["4/3.2"]));
  });
});
