import { describe, expect, it } from "vitest";
import { loadShippedReleases } from "@/lib/factors/releases";
import { computeActivity } from "@/lib/calc/compute";
import { buildFactorIndex } from "@/lib/calc/factor-index";
import { flightActivity } from "@/lib/calc/flights";
import { loadCalcMappings } from "@/lib/calc/mappings";
import { fixtureRecords } from "@/lib/calc/testing/fixtures";
import type { TActivityInput } from "@/lib/calc/types";
import { kgOf } from "@/lib/calc/testing/totals";

// Golden tests through the real shipped releases (emission-factors/<source>/<version>/factors.json):
// the engine's defaults exist there, the test fixtures are faithful copies, and the worked examples
// give the same figures on the real records. The releases are in the repository: never skipped.
describe("shipped factor releases", () => {
  const records = loadShippedReleases().flatMap((r) => r.factors);
  const byRef = new Map(records.map((r) => [`${r.source}:${r.sourceId}`, r]));
  const index = buildFactorIndex(records);
  const total = (activity: TActivityInput) => kgOf(computeActivity(activity, index).lines);
  const hotelNight = { activityTypeId: "travel.hotel", unit: "room.night", region: "FR", year: 2025 } as const;

  it("hold every factor the activity types name (ADEME element ids, DESNZ ids)", () => {
    const named = [...loadCalcMappings().activityTypes.values()].flatMap((type) =>
      type.candidates.flatMap((c) => ("factor" in c ? [c.factor, ...(c.extras ?? []).map((e) => e.factor)] : [])),
    );
    // gwp: (GWP table) and assessed: (the identity factor of tool-assessed kgCO2e) are built by the engine.
    const missing = named.filter((ref) => !ref.startsWith("gwp:") && !ref.startsWith("assessed:") && !byRef.has(ref));
    expect(missing).toEqual([]);
  });

  it("match the test fixtures value for value (unit, total, stages, gases, uncertainty, year, region, status)", () => {
    for (const fixture of fixtureRecords()) {
      const real = byRef.get(`${fixture.source}:${fixture.sourceId}`);
      const pick = (r: typeof fixture) => ({
        unit: r.unit,
        value: r.value,
        stages: r.stages.map((s) => [s.stage, s.value]),
        gases: r.gases,
        uncertaintyPct: r.uncertaintyPct,
        referenceYear: r.referenceYear,
        region: r.region,
        status: r.status,
        gwpSet: r.gwpSet,
      });
      expect(real && pick(real), fixture.id).toEqual(pick(fixture));
    }
  });

  it("12,000 kWh of French electricity (43642) = 622.8 kg, split 420 / 157.2 / 45.6", () => {
    const { lines } = computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity: 12_000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(lines.map((l) => [l.stage, l.scope, Math.round(l.kgCO2e * 1e6) / 1e6])).toEqual([
      ["combustion", 2, 420],
      ["upstream", 3, 157.2],
      ["td_losses", 3, 45.6],
    ]);
  });

  it("3,000 kWh PCS of natural gas (37133) = 645 kg: 541.99 scope 1 + 103.01 scope 3 cat. 3", () => {
    const { lines } = computeActivity(
      { activityTypeId: "energy.natural_gas", quantity: 3000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(lines.map((l) => [l.scope, l.ghgCategory, Math.round(l.kgCO2e * 100) / 100])).toEqual([
      [1, null, 541.99],
      [3, 3, 103.01],
    ]);
  });

  it("CDG–NCE return: 355.28 kg with contrails (43743), 195.80 kg without (43744)", () => {
    const flight = { from: "CDG", to: "NCE", returnTrip: true, region: "FR", year: 2024 } as const;
    expect(total(flightActivity(flight))).toBeCloseTo(355.28, 2);
    expect(total(flightActivity({ ...flight, includeContrails: false }))).toBeCloseTo(195.8, 2);
  });

  it("NRT–SYD (outside Europe): leg 7,832.15 + 95 = 7,927.15 km, > 5000 km band, 43773 × 0.151 = 1,197.00 kg", () => {
    expect(total(flightActivity({ from: "NRT", to: "SYD", region: "FR", year: 2024 }))).toBeCloseTo(1197.0, 2);
  });

  it("hotel nights resolve for every country DESNZ 2025 publishes (37 countries + UK), each to its own row", () => {
    const published = records.filter((r) => r.source === "desnz" && r.tags.includes("hotel"));
    const countries = published.filter((r) => r.sourceId !== "29_600_4001_13"); // London: a city row
    expect(countries).toHaveLength(38);
    for (const row of countries) {
      const { resolution } = computeActivity({ ...hotelNight, quantity: 1, options: { country: row.region } }, index);
      expect(resolution.factorIds, row.region).toEqual([row.id]);
    }
  });

  it("3 nights in Portugal × 19 = 57 kg; 2 in Japan × 39 = 78 kg; 5 in the Maldives × 152.2 = 761 kg (DESNZ 2025)", () => {
    expect(total({ ...hotelNight, quantity: 3, options: { country: "PT" } })).toBeCloseTo(57, 9);
    expect(total({ ...hotelNight, quantity: 2, options: { country: "JP" } })).toBeCloseTo(78, 9);
    expect(total({ ...hotelNight, quantity: 5, options: { country: "MV" } })).toBeCloseTo(761, 9);
  });

  it("18 k€ of IT services: 1,350 kg in 2023 (43445) and in 2025 (ratio-year fallback)", () => {
    const spend = { activityTypeId: "spend.it_services", quantity: 18, unit: "k€", region: "FR" };
    expect(total({ ...spend, year: 2023 })).toBe(1350);
    const late = computeActivity({ ...spend, year: 2025 }, index);
    expect(late.resolution).toMatchObject({ rule: "ratio-year-fallback", factorIds: ["ademe:43445@23.6"] });
  });

  it("UK electricity resolves to DESNZ 2025 (0.177 + T&D + WTT), Germany to Ember, France stays ADEME", () => {
    expect(
      total({ activityTypeId: "energy.electricity.grid", quantity: 1000, unit: "kWh", region: "GB", year: 2025 }),
    ).toBeCloseTo(245.4, 9);
    const de = computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity: 1000, unit: "kWh", region: "DE", year: 2024 },
      index,
    );
    expect(de.resolution.factorIds[0]).toMatch(/^ember:DEU@/);
    const fr = computeActivity(
      { activityTypeId: "energy.electricity.grid", quantity: 1000, unit: "kWh", region: "FR", year: 2024 },
      index,
    );
    expect(fr.resolution.factorIds).toEqual(["ademe:43642@23.6"]);
  });
});
