import { readFileSync } from "node:fs";
import path from "node:path";
import { co2 } from "@tgwf/co2";
import { describe, expect, it } from "vitest";
import { buildFactorIndex, computeActivity } from "@/lib/calc";
import { loadShippedReleases } from "@/lib/factors/releases";
import { DEVICE_POWER_W, SWD_V4 } from "@/lib/products/digital/constants";
import { evaluateModel } from "@/lib/products/digital/evaluate";
import { annualGb, deviceKwhPerRequest, modelActivities } from "@/lib/products/digital/model";
import type { TDigitalModel } from "@/lib/products/digital/schemas";
import { JOURNEY_MODEL } from "@/lib/products/digital/testing";

// The real shipped releases (Ember via CO2.js, ADEME-Arcep), so these figures are the ones users get.
const index = buildFactorIndex(loadShippedReleases().flatMap((r) => r.factors));
const YEAR = 2025;

const journey = JOURNEY_MODEL;
const ISO3: Record<string, string> = { FR: "FRA", DE: "DEU", US: "USA" };

describe("SWD v4 reproduces CO2.js", () => {
  it("network and device segments equal CO2.js's own, country by country, through the engine", () => {
    const swd = new co2({ model: "swd", version: 4, results: "segment" });
    let network = 0;
    let devices = 0;
    for (const { country, sharePct } of journey.countries) {
      const bytes = 2_000_000 * 12 * 1.2e6 * (sharePct / 100);
      const grid = { country: ISO3[country] as string };
      const { co2: seg } = swd.perByteTrace(bytes, false, { gridIntensity: { device: grid, network: grid } });
      network += (seg.networkOperationalCO2e as number) + (seg.networkEmbodiedCO2e as number);
      devices += (seg.consumerDeviceOperationalCO2e as number) + (seg.consumerDeviceEmbodiedCO2e as number);
    }
    const result = evaluateModel(journey, index, YEAR);
    expect(result.errors).toEqual([]);
    // CO2.js answers in grams; the engine in kg.
    expect(result.byPart.network * 1000).toBeCloseTo(network, 0);
    expect(result.byPart.devices * 1000).toBeCloseTo(devices, 0);
    expect(Math.abs(result.kgCO2e * 1000 - (network + devices)) / (network + devices)).toBeLessThan(1e-9);
    // 28,800 GB a year: ~tens of tonnes, devices the larger part (SWD's device embodied share).
    expect(annualGb(journey)).toBeCloseTo(28_800, 6);
    expect(result.byPart.devices).toBeGreaterThan(result.byPart.network);
  });

  it("operational energy uses the Ember factor of each user's country (traceable factor ids)", () => {
    const result = evaluateModel(journey, index, YEAR);
    const fr = result.activities.find((a) => a.activityTypeId.endsWith("swd_device_energy") && a.region === "FR");
    expect(fr?.factorIds[0]).toMatch(/^ember:FRA@/);
    // FR: 14,400 GB × 0.08 kWh/GB × 44.18 g/kWh.
    expect(fr?.kgCO2e).toBeCloseTo((14_400 * 0.08 * 44.18) / 1000, 6);
    const embodied = result.activities.find((a) => a.activityTypeId.endsWith("swd_device_embodied"));
    expect(embodied?.factorIds).toEqual(["assessed:kgCO2e"]);
    expect(embodied?.kgCO2e).toBeCloseTo((28_800 * SWD_V4.embodiedKwhPerGb.device * 494) / 1000, 6);
  });
});

describe("ADEME-Arcep", () => {
  const oneGbInFrance = (mobileSharePct: number): TDigitalModel => ({
    ...journey,
    method: "ADEME_ARCEP",
    monthlyRequests: 1000,
    mbUpPerRequest: 0,
    mbDownPerRequest: 1 / 12, // 1000 × 12 × 1/12 MB = 1 GB a year
    mobileSharePct,
    devices: {
      smartphone: { minutes: 0 },
      tablet: { sharePct: 0, minutes: 0 },
      laptop: { sharePct: 100, minutes: 0 },
      desktop: { sharePct: 0, minutes: 0 },
    },
    countries: [{ country: "FR", sharePct: 100 }],
  });

  it("gives France's network factors: fixed 9.27 g/GB, mobile 24.7 g/GB", () => {
    expect(evaluateModel(oneGbInFrance(0), index, YEAR).kgCO2e * 1000).toBeCloseTo(9.27, 2);
    expect(evaluateModel(oneGbInFrance(100), index, YEAR).kgCO2e * 1000).toBeCloseTo(24.68, 2);
    expect(Number((evaluateModel(oneGbInFrance(100), index, YEAR).kgCO2e * 1000).toFixed(1))).toBe(24.7);
  });

  it("users outside France use the European factors (Germany) or the European proxy (US, flagged)", () => {
    const de = computeActivity(
      { activityTypeId: "digital.product_use.network_fixed", quantity: 1, unit: "GB", region: "DE", year: YEAR },
      index,
    );
    expect(de.resolution.factorIds[0]).toMatch(/^ademe-arcep:network-fixed-eu@/);
    const us = computeActivity(
      { activityTypeId: "digital.product_use.network_mobile", quantity: 1, unit: "GB", region: "US", year: YEAR },
      index,
    );
    expect(us.lines[0]?.flags).toContain("proxy-region");
  });

  it("devices: share × minutes × active power × the users' grid, classified scope 3 cat. 11 / poste 5.1", () => {
    const model: TDigitalModel = { ...journey, method: "ADEME_ARCEP" };
    // 0.4×3 min×4.5 W + 0.6×(0.1×4×20 + 0.7×5×26.5 + 0.2×5×120) W·min, in kWh.
    const wattMinutes = 0.4 * 3 * 4.5 + 0.6 * (0.1 * 4 * 20 + 0.7 * 5 * 26.5 + 0.2 * 5 * 120);
    expect(deviceKwhPerRequest(model)).toBeCloseTo(wattMinutes / 60 / 1000, 12);
    const result = evaluateModel(model, index, YEAR);
    expect(result.errors).toEqual([]);
    const us = result.activities.find((a) => a.activityTypeId.endsWith("device_electricity") && a.region === "US");
    expect(us?.factorIds[0]).toMatch(/^ember:USA@/);
    const line = computeActivity(
      { activityTypeId: "digital.product_use.device_electricity", quantity: 1, unit: "kWh", region: "US", year: YEAR },
      index,
    ).lines[0];
    expect([line?.scope, line?.ghgCategory, line?.begesPoste]).toEqual([3, 11, "5.1"]);
    // Minutes of screen time weigh more than the bytes: devices are most of this model's total.
    expect(result.byPart.devices).toBeGreaterThan(result.byPart.network);
  });

  it("produces no activity for a part that is zero (no mobile traffic → no mobile line)", () => {
    expect(modelActivities(oneGbInFrance(0)).map((a) => a.activityTypeId)).toEqual([
      "digital.product_use.network_fixed",
    ]);
  });
});

describe("published constants", () => {
  it("device powers are the ADEME-Arcep model's own", () => {
    const file = path.resolve(
      "node_modules/@incubateur-ademe/publicodes-acv-numerique/publicodes-acv-numerique.model.json",
    );
    const rules = JSON.parse(readFileSync(file, "utf8")) as Record<string, { valeur?: number }>;
    const watts = (rule: string) => rules[`acv . ${rule} . consommation en mode actif`]?.valeur;
    expect(DEVICE_POWER_W).toEqual({
      smartphone: watts("smartphone"),
      tablet: watts("tablette"),
      laptop: watts("ordinateur portable"),
      desktop: (watts("ordinateur fixe") as number) + (watts("écran") as number),
    });
  });
});
