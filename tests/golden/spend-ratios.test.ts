import { describe, expect, it } from "vitest";
import { loadShippedReleases } from "@/lib/factors/releases";
import { computeActivity } from "@/lib/calc/compute";
import { buildFactorIndex } from "@/lib/calc/factor-index";
import { loadCalcMappings } from "@/lib/calc/mappings";

// spend-ratios.json against the shipped ADEME Base Empreinte 23.6 release: every element id exists as a
// monetary ratio of its year, every monetary ratio of the release has a category, and every one of the
// 56 categories resolves for every published year through the engine.
describe("ADEME monetary ratios (spend-ratios.json) in the shipped release", () => {
  const records = loadShippedReleases().flatMap((r) => r.factors);
  const ademe = new Map(records.filter((r) => r.source === "ademe").map((r) => [r.sourceId, r]));
  const categories = [...loadCalcMappings().spendCategories.values()];
  const index = buildFactorIndex(records);

  it("56 categories × 2019–2023 = 280 element ids, each a k€ ratio of that year in France", () => {
    expect(categories).toHaveLength(56);
    const problems: string[] = [];
    for (const category of categories) {
      for (const [year, id] of Object.entries(category.elements)) {
        const record = ademe.get(id);
        if (!record) problems.push(`${category.id} ${year}: ${id} missing`);
        else if (
          record.unit !== "kEUR" ||
          record.referenceYear !== Number(year) ||
          record.region !== "FR" ||
          !record.tags.includes("monetary-ratio")
        )
          problems.push(`${category.id} ${year}: ${id} is not a ${year} k€ ratio`);
      }
      const years = Object.keys(category.elements);
      if (years.join() !== "2019,2020,2021,2022,2023") problems.push(`${category.id}: years ${years.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it("leave no dated monetary ratio of the release without a category", () => {
    const listed = new Set(categories.flatMap((c) => Object.values(c.elements)));
    const dated = [...ademe.values()].filter((r) => r.tags.includes("monetary-ratio") && r.referenceYear !== null);
    expect(dated).toHaveLength(280);
    expect(dated.filter((r) => !listed.has(r.sourceId)).map((r) => r.sourceId)).toEqual([]);
  });

  it("every category resolves for every published year: 1 k€ = the element's own value, rule exact", () => {
    for (const category of categories) {
      for (const [year, id] of Object.entries(category.elements)) {
        const { lines, resolution } = computeActivity(
          {
            activityTypeId: "spend.ratio",
            quantity: 1000,
            unit: "EUR",
            region: "FR",
            year: Number(year),
            options: { ratioCategory: category.id, purpose: "purchased_goods" },
          },
          index,
        );
        const where = `${category.id} ${year}`;
        expect(resolution.factorIds, where).toEqual([`ademe:${id}@23.6`]);
        expect(resolution.rule, where).toBe("exact");
        expect(lines[0]?.kgCO2e, where).toBe(Number(ademe.get(id)?.value));
      }
    }
  });

  it("443 k€ of water transport in 2021 × 1,038 kg/k€ (43558) = 459,834 kg; 2024 falls back to 2023's 1,247", () => {
    const water = (year: number) =>
      computeActivity(
        {
          activityTypeId: "spend.ratio",
          quantity: 443,
          unit: "k€",
          region: "FR",
          year,
          options: { ratioCategory: "water_transport", purpose: "freight_outbound" },
        },
        index,
      );
    expect(water(2021).lines[0]).toMatchObject({ kgCO2e: 459_834, ghgCategory: 4, begesPoste: "3.2" });
    expect(water(2024).lines[0]).toMatchObject({ kgCO2e: 552_421, resolutionRule: "ratio-year-fallback" });
  });
});
