import { describe, expect, it } from "vitest";
import { buildFactorIndex } from "@/lib/calc";
import type { TFactorRecord } from "@/lib/calc/factor-record";
import { dataQualityPct, resolvedUncertainty } from "@/lib/activity/data-quality";
import { libraryFactorError, ZLibraryFactorRef } from "@/lib/activity/library-factor";
import { engineInstrument, zMarketInstrument } from "@/lib/activity/market-instrument";
import { siteEnergyOf, siteEngineOptions } from "@/lib/activity/site-energy";

describe("data quality", () => {
  it("fills the uncertainty from the level (estimated = 30 %) unless a percentage is typed, which wins", () => {
    expect(dataQualityPct("metered")).toBe(5);
    expect(resolvedUncertainty(null, "estimated")).toBe("30");
    expect(resolvedUncertainty("12.5", "estimated")).toBe("12.5");
    expect(resolvedUncertainty(null, null)).toBeNull();
  });
});

describe("market instruments", () => {
  it("reads a French-typed supplier factor and maps each kind to the engine's basis", () => {
    const supplier = zMarketInstrument("fr").parse({ kind: "supplier", kgCO2ePerKWh: "0,025", supplier: "Enercoop" });
    expect(engineInstrument(supplier)).toEqual({
      kgCO2ePerUnit: 0.025,
      unit: "kWh",
      basis: "contractual",
      label: "Enercoop",
    });
    expect(engineInstrument({ kind: "guarantee_of_origin", certificateRef: "GO-1" })).toMatchObject({
      kgCO2ePerUnit: 0,
      basis: "contractual",
    });
    expect(engineInstrument({ kind: "residual_mix", kgCO2ePerKWh: "0.0637" })).toMatchObject({
      kgCO2ePerUnit: 0.0637,
      basis: "residual-mix",
    });
    expect(engineInstrument(null)).toBeNull();
  });

  it("refuses a negative factor and a guarantee of origin without its certificate", () => {
    expect(zMarketInstrument("en").safeParse({ kind: "supplier", kgCO2ePerKWh: "-0.1" }).success).toBe(false);
    expect(zMarketInstrument("en").safeParse({ kind: "guarantee_of_origin", certificateRef: " " }).success).toBe(false);
  });
});

describe("site energy", () => {
  const site = siteEnergyOf({
    heatNetwork: "fr-36219",
    coolingNetwork: null,
    marketInstrument: { kind: "supplier", kgCO2ePerKWh: "0.025" },
  });
  it("gives district heating the site's network unless the activity names one", () => {
    expect(siteEngineOptions("energy.district_heating", undefined, site)).toEqual({ network: "fr-36219" });
    expect(siteEngineOptions("energy.district_heating", { network: "lyon" }, site)).toEqual({ network: "lyon" });
    expect(siteEngineOptions("energy.district_cooling", undefined, site)).toBeUndefined();
  });
  it("applies the site's contract to electricity only", () => {
    expect(site.instrumentFor("energy.electricity.grid")).toMatchObject({ kgCO2ePerUnit: 0.025 });
    expect(site.instrumentFor("energy.district_heating")).toBeNull();
  });
});

describe("library factor", () => {
  const record: TFactorRecord = {
    id: "ademe:36885@23.6",
    source: "ademe",
    sourceId: "36885",
    version: "23.6",
    nameFr: "Réseau de chaleur - 75, PARIS",
    nameEn: null,
    categoryPath: ["Réseaux de chaleur / froid"],
    unit: "kWh",
    unitLabel: "kgCO2e/kWh",
    value: "0.18",
    gases: null,
    stages: [],
    uncertaintyPct: 30,
    region: "FR",
    regionLabel: null,
    referenceYear: 2021,
    validity: null,
    status: "valid",
    reviewNote: null,
    gwpSet: "unknown",
    contributor: null,
    sourceText: null,
    tags: [],
  };
  it("keeps the reference of a versioned id and knows the organisation's factors only", () => {
    expect(ZLibraryFactorRef.parse("ademe:36885@23.6")).toBe("ademe:36885");
    expect(ZLibraryFactorRef.safeParse("custom:abc").success).toBe(false);
    const index = buildFactorIndex([record, { ...record, id: "ademe:1@23.6", sourceId: "1", status: "archived" }]);
    expect(libraryFactorError(index, "ademe:36885")).toBeNull();
    expect(libraryFactorError(index, "ademe:2")?.message).toBe("activity.validation.unknownLibraryFactor");
    expect(libraryFactorError(index, "ademe:1")?.message).toBe("activity.validation.libraryFactorRetired");
  });
});
