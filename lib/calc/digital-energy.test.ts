import { describe, expect, it } from "vitest";
import { computeActivity } from "@/lib/calc/compute";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import type { TActivityInput, TActivityOptions } from "@/lib/calc/types";
import { kgOf, marketKgOf } from "@/lib/calc/testing/totals";

// Digital (network transfer, hosting without Boavizta) and the energy types a typical inventory needs.
const index = fixtureIndex();
const activity = (
  activityTypeId: string,
  quantity: number,
  unit: string,
  region = "FR",
  options?: TActivityOptions,
): TActivityInput => ({ activityTypeId, quantity, unit, region, year: 2025, ...(options ? { options } : {}) });
const run = (a: TActivityInput) => {
  const { lines, resolution } = computeActivity(a, index);
  return { lines, resolution, kg: kgOf(lines) };
};

describe("digital", () => {
  it("500 GB on the French fixed network × 9.27 gCO2e/GB (ADEME-Arcep) = 4.63 kg, purchased service cat. 1 / 4.5", () => {
    const { kg, lines } = run(activity("digital.data_transfer.fixed", 500, "GB"));
    expect(kg).toBeCloseTo(500 * 0.00926934695867389, 12);
    expect(kg).toBeCloseTo(4.63, 2);
    expect(lines[0]).toMatchObject({ scope: 3, ghgCategory: 1, begesPoste: "4.5" });
    expect(lines[0]?.flags).toContain("factor-uncertainty-unknown");
  });

  it("200 GB on the mobile network: France 24.7 g/GB = 4.94 kg; Germany uses the EU value 96.0 g/GB = 19.2 kg; 2 TB = 2,000 GB", () => {
    expect(run(activity("digital.data_transfer.mobile", 200, "GB")).kg).toBeCloseTo(4.9367, 4);
    const germany = run(activity("digital.data_transfer.mobile", 200, "GB", "DE"));
    expect(germany.kg).toBeCloseTo(19.2019, 4);
    expect(germany.resolution.rule).toBe("region-fallback:EU+undated");
    expect(run(activity("digital.data_transfer.fixed", 2, "TB")).kg).toBeCloseTo(2000 * 0.00926934695867389, 12);
  });

  it("cloud hosting 10,000 kWh in France with PUE 1.5 = 15,000 kWh × 0.0519 = 778.5 kg, all cat. 1 / 4.5", () => {
    const { kg, lines, resolution } = run(activity("digital.hosting.cloud", 10_000, "kWh", "FR", { pue: 1.5 }));
    expect(kg).toBeCloseTo(778.5, 9);
    expect(new Set(lines.map((l) => `${l.scope}/${l.ghgCategory}/${l.begesPoste}`))).toEqual(new Set(["3/1/4.5"]));
    expect(lines[0]?.quantity).toBe(15_000);
    expect(resolution.variant).toEqual({ pue: 1.5 });
  });

  it("owned servers 12,000 kWh in France, PUE 1 by default = 622.8 kg: generation in scope 2 (420), upstream and T&D in cat. 3", () => {
    const { kg, lines, resolution } = run(activity("digital.hosting.owned", 12_000, "kWh"));
    expect(kg).toBeCloseTo(622.8, 9);
    expect(lines.find((l) => l.scope === 2)?.kgCO2e).toBeCloseTo(420, 9);
    expect(resolution.variant).toEqual({ pue: 1 });
  });

  it("owned servers with a supplier contract: market-based = 10,000 kWh × PUE 1.2 × 0.01 kg/kWh = 120 kg", () => {
    const { lines } = computeActivity(
      {
        ...activity("digital.hosting.owned", 10_000, "kWh", "FR", { pue: 1.2 }),
        marketInstrument: { kgCO2ePerUnit: 0.01, unit: "kWh", basis: "contractual" },
      },
      index,
    );
    expect(marketKgOf(lines) - kgOf(lines)).toBeCloseTo(120 - 12_000 * 0.0519 * (420 / 622.8), 9);
  });
});

describe("energy gaps", () => {
  it("1,000 m³ of natural gas × 2.32 (37138) = 2,320 kg: combustion scope 1, upstream cat. 3", () => {
    const { kg, lines } = run(activity("energy.natural_gas.volume", 1000, "m3"));
    expect(kg).toBeCloseTo(2320, 9);
    expect(lines.map((l) => [l.stage, l.scope, l.begesPoste])).toEqual([
      ["combustion", 1, "1.1"],
      ["upstream", 3, "4.1"],
    ]);
  });

  it("gas billed in kWh PCI: 1,000 kWh PCI = 1,111 kWh PCS × 0.215 = 238.865 kg (≈ ADEME's PCI element 37132, 0.239)", () => {
    expect(run(activity("energy.natural_gas", 1000, "kWh_PCI")).kg).toBeCloseTo(238.865, 9);
  });

  it("500 kg of bulk propane × 3.46 (13556) = 1,730 kg; 1,000 L × 1.79 (13560) = 1,790 kg; in Germany the EU value 3.51 (13555) = 1,755 kg", () => {
    expect(run(activity("energy.lpg", 500, "kg")).kg).toBeCloseTo(1730, 9);
    expect(run(activity("energy.lpg.volume", 1000, "L")).kg).toBeCloseTo(1790, 9);
    expect(run(activity("energy.lpg", 500, "kg", "DE")).kg).toBeCloseTo(1755, 9);
  });

  it("1,000 L heavy fuel oil × 3.28 (14100) = 3,280 kg; 200 kg butane × 3.43 (13546) = 686 kg", () => {
    expect(run(activity("energy.heavy_fuel_oil", 1000, "L")).kg).toBeCloseTo(3280, 9);
    expect(run(activity("energy.butane", 200, "kg")).kg).toBeCloseTo(686, 9);
  });

  it("district cooling 10,000 kWh: other networks 0.12 (37090) = 1,200 kg, Paris Climespace 0.016 (36886) = 160 kg; scope 2 / 2.2", () => {
    const other = run(activity("energy.district_cooling", 10_000, "kWh"));
    expect(other.kg).toBeCloseTo(1200, 9);
    expect(other.lines[0]).toMatchObject({ scope: 2, begesPoste: "2.2" });
    expect(
      run(activity("energy.district_cooling", 10_000, "kWh", "FR", { network: "paris_climespace" })).kg,
    ).toBeCloseTo(160, 9);
  });

  it("owned LPG car 1,000 km × 0.224 (43790) = 224 kg; 100 L autogas × 1.86 (14031) = 186 kg; 50 kg CNG × 2.96 (27095) = 148 kg; a CNG car on a business trip 1,000 km × 0.249 = 249 kg", () => {
    expect(run(activity("vehicle.owned.car", 1000, "km", "FR", { fuel: "lpg" })).kg).toBeCloseTo(224, 9);
    const trip = run(activity("travel.car", 1000, "km", "FR", { fuel: "cng" })); // 1,000 km × 0.249 (43789)
    expect(trip.kg).toBeCloseTo(249, 9);
    expect(trip.lines[0]).toMatchObject({ ghgCategory: 6, begesPoste: "3.5" });
    expect(run(activity("fuel.lpg", 100, "L")).kg).toBeCloseTo(186, 9);
    expect(run(activity("fuel.cng", 50, "kg")).kg).toBeCloseTo(148, 9);
  });
});
