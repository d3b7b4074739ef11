import { describe, expect, it } from "vitest";
import {
  CATEGORY_LABELS,
  categoryFilterOptions,
  categoryPathLabel,
  sourceLanguage,
  topLevelsOf,
} from "@/lib/factors/labels/categories";
import { factorUnitLabel, unitName } from "@/lib/factors/labels/units";
import { loadShippedReleases } from "@/lib/factors/releases";

const shipped = loadShippedReleases().flatMap((r) => r.factors);

describe("category labels", () => {
  it("translate every category segment of every shipped release", () => {
    const missing = new Set<string>();
    for (const f of shipped) {
      const table = CATEGORY_LABELS.segments[sourceLanguage(f.source)];
      for (const segment of f.categoryPath) if (!(segment in table)) missing.add(`${f.source}: ${segment}`);
    }
    expect([...missing]).toEqual([]);
  });

  it("put every shipped top-level category in exactly one filter group", () => {
    const tops = new Set(shipped.map((f) => f.categoryPath[0]!));
    const claimed = CATEGORY_LABELS.groups.flatMap((g) => g.topLevel);
    expect(claimed.length).toBe(new Set(claimed).size);
    expect([...tops].filter((t) => !claimed.includes(t))).toEqual([]);
  });

  it("show one language: the user's", () => {
    expect(categoryPathLabel("ademe", ["Electricité", "Mix réseau électrique"], "en")).toEqual([
      "Electricity",
      "Grid mix",
    ]);
    expect(categoryPathLabel("ademe", ["Electricité", "Mix réseau électrique"], "fr")).toEqual([
      "Electricité",
      "Mix réseau électrique",
    ]);
    expect(categoryPathLabel("desnz", ["UK electricity", "Electricity generated"], "fr")).toEqual([
      "Électricité (Royaume-Uni)",
      "Électricité produite",
    ]);
  });

  it("offer one filter entry for the same subject across publishers", () => {
    const options = categoryFilterOptions(["Electricité", "Electricity", "UK electricity", "Combustibles"], "en");
    expect(options).toEqual([
      { value: "electricity", label: "Electricity" },
      { value: "fuels", label: "Fuels" },
    ]);
    expect(categoryFilterOptions(["Electricité"], "fr")).toEqual([{ value: "electricity", label: "Électricité" }]);
    expect(topLevelsOf("electricity")).toContain("UK electricity");
    expect(topLevelsOf("Something else")).toEqual(["Something else"]);
  });
});

describe("unit labels", () => {
  it("spell each unit one way per language", () => {
    for (const unitLabel of ["kgCO2e/KWh PCI", "kgCO2e/kWh (PCI)", "kgCO2e/kWhPCI", "kg CO2e/kWh (Net CV)"]) {
      expect(factorUnitLabel({ unit: "kWh_PCI", unitLabel }, "fr")).toBe("kgCO2e/kWh PCI");
      expect(factorUnitLabel({ unit: "kWh_PCI", unitLabel }, "en")).toBe("kgCO2e/kWh NCV");
    }
    expect(factorUnitLabel({ unit: "L", unitLabel: "kg CO2e/litres" }, "fr")).toBe("kgCO2e/litre");
    expect(unitName("p.km", "en")).toBe("passenger.km");
    expect(unitName("room.night", "fr")).toBe("nuitée");
  });

  it("keep the VAT basis and currency year of spend-based ratios", () => {
    expect(factorUnitLabel({ unit: "kEUR", unitLabel: "kgCO2e/keuro (2023) HT" }, "fr")).toBe("kgCO2e/k€ HT (2023)");
    expect(factorUnitLabel({ unit: "kEUR", unitLabel: "kgCO2e/keuro (2023) HT" }, "en")).toBe(
      "kgCO2e/k€ excl. VAT (2023)",
    );
    expect(factorUnitLabel({ unit: "kEUR", unitLabel: "kgCO2e/keuro" }, "en")).toBe("kgCO2e/k€");
  });
});
