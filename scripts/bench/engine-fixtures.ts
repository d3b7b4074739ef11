import { loadShippedReleases } from "@/lib/factors/releases";
import type { TFactorRecord } from "@/lib/factors/record";
import type { TActivityInput } from "@/lib/calc";
import { fixtureRecords } from "@/lib/calc/testing/fixtures";

// Inputs of the engine bench: the shipped factor releases when present (else the calc test fixtures,
// so the bench runs on a bare checkout), and a pool of synthetic activities in a realistic mix.

export function benchFactorRecords(): { records: TFactorRecord[]; source: string } {
  try {
    const releases = loadShippedReleases();
    return {
      records: releases.flatMap((r) => r.factors),
      source: releases.map((r) => `${r.release.source}@${r.release.version}`).join(","),
    };
  } catch (error) {
    return {
      records: fixtureRecords(),
      source: `lib/calc fixtures (shipped releases unavailable: ${(error as Error).message})`,
    };
  }
}

// [activity type, unit, weight, quantity range, regions, extra]
type TMixRow = [string, string, number, [number, number], string[], Partial<TActivityInput>?];

// Roughly what an SME inventory holds: many small travel and commuting rows, spend lines from the ledger,
// fewer energy bills.
const MIX: TMixRow[] = [
  ["energy.electricity.grid", "kWh", 8, [500, 80_000], ["FR", "FR", "FR", "GB", "DE", "ES", "US"]],
  ["energy.natural_gas", "kWh", 4, [1_000, 60_000], ["FR"]],
  ["energy.district_heating", "MWh", 1, [5, 300], ["FR"], { options: { network: "paris_cpcu" } }],
  ["fuel.diesel", "L", 3, [20, 2_000], ["FR"]],
  ["vehicle.owned.car", "km", 3, [100, 30_000], ["FR"], { options: { fuel: "diesel" } }],
  ["travel.plane", "p.km", 8, [300, 12_000], ["FR"]],
  ["travel.train.tgv", "p.km", 8, [100, 1_500], ["FR"]],
  ["travel.train.ter", "km", 3, [20, 300], ["FR"]],
  ["travel.hotel", "night", 5, [1, 6], ["FR", "GB", "DE", "ES", "IT"]],
  ["travel.taxi", "p.km", 2, [5, 60], ["FR"]],
  ["commuting.car", "km", 10, [1_000, 15_000], ["FR"], { options: { fuel: "average" } }],
  ["commuting.bus", "p.km", 4, [500, 5_000], ["FR"]],
  ["commuting.metro", "p.km", 5, [500, 5_000], ["FR"]],
  ["commuting.bike_electric", "km", 2, [300, 3_000], ["FR"]],
  ["spend.it_services", "EUR", 8, [200, 150_000], ["FR"]],
  ["spend.consulting", "EUR", 5, [500, 80_000], ["FR"]],
  ["spend.telecoms", "EUR", 3, [50, 10_000], ["FR"]],
  ["spend.hotels_restaurants", "EUR", 4, [20, 5_000], ["FR"]],
  ["spend.it_hardware", "EUR", 3, [300, 40_000], ["FR"]],
  ["refrigerant.r410a", "kg", 1, [0.5, 10], ["FR"]],
];

// Deterministic pseudo-random numbers, so every run benches the same pool.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchActivityPool(size: number): TActivityInput[] {
  const random = mulberry32(20261123);
  const totalWeight = MIX.reduce((s, row) => s + row[2], 0);
  const pool: TActivityInput[] = [];
  for (let i = 0; i < size; i++) {
    let pick = random() * totalWeight;
    const row = MIX.find((r) => (pick -= r[2]) < 0) ?? (MIX[0] as TMixRow);
    const [activityTypeId, unit, , [min, max], regions, extra] = row;
    const quantity = Math.round((min + random() * (max - min)) * 100) / 100;
    const year = 2021 + Math.floor(random() * 5); // 2021-2025: exercises exact, earlier-year and ratio-year fallbacks
    const region = regions[Math.floor(random() * regions.length)] as string;
    const options =
      activityTypeId === "travel.plane"
        ? { legKm: 300 + random() * 9000, includeContrails: random() < 0.9 }
        : extra?.options;
    pool.push({
      id: `bench-${i}`,
      activityTypeId,
      unit,
      quantity,
      region,
      year,
      uncertaintyPct: random() < 0.3 ? 5 : null,
      ...(options ? { options } : {}),
    });
  }
  return pool;
}
