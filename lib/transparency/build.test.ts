import { describe, expect, it } from "vitest";
import { buildSnapshot, type TSnapshotInputs } from "@/lib/transparency/build";

// A two-period fixture: 2022 (base) 50 t of electricity, 12.5 t of gas, 250 t of travel; 2023 40 t,
// 10 t and 200 t. Totals 312.5 t → 250 t: −20 %.
const P22 = { id: "cperiod2022aaaaaaaaaaaaa", year: 2022, label: "Exercice 2022" };
const P23 = { id: "cperiod2023aaaaaaaaaaaaa", year: 2023, label: "Exercice 2023" };

const inputs = (over: Partial<TSnapshotInputs> = {}): TSnapshotInputs => ({
  organizationName: "Nuage Analytics",
  takenAt: new Date("2026-12-06T10:00:00Z"),
  sections: {
    periodIds: [P22.id, P23.id],
    totals: true,
    baseYear: true,
    targets: true,
    actions: true,
    methodology: true,
    contributions: true,
  },
  periods: [P22, P23],
  byPeriod: new Map<string, Record<string, number>>([
    [P22.id, { scope1: 12_500, scope2: 50_000, "3.6": 250_000 }],
    [P23.id, { scope1: 10_000, scope2: 40_000, "3.6": 200_000, "3.1": 0 }],
  ]),
  basePeriodId: P22.id,
  latestWithDataId: P23.id,
  targets: [
    {
      name: "Court terme 2030",
      kind: "ABSOLUTE",
      preset: "SBTI_1_5",
      basePeriod: { year: 2022 },
      targetYear: 2030,
      reductionPct: 33.6,
      posts: ["scope1", "scope2"],
      series: [
        { year: 2022, actual: 62_500, target: 62_500, projected: null },
        { year: 2030, actual: null, target: 41_500, projected: 45_000 },
      ],
      gap: { year: 2030, allowed: 41_500, projected: 45_000, gap: 3_500, gapPct: 7.777778 },
    },
  ],
  actions: [
    {
      title: "Sobriété",
      type: "REDUCTION",
      status: "DONE",
      posts: ["scope2"],
      expectedKg: 5_000.0000004,
      progressPct: 100,
    },
  ],
  contributions: [
    {
      name: "Forêt",
      kind: "REMOVAL",
      standard: "Label Bas-Carbone",
      registry: null,
      vintage: 2024,
      tonnes: 40,
      pricePerTonneEur: 45,
    },
    {
      name: "Foyers",
      kind: "AVOIDANCE",
      standard: null,
      registry: "GS-1",
      vintage: 2023,
      tonnes: 60.5,
      pricePerTonneEur: 12.5,
    },
  ],
  sources: [
    { source: "custom", kg: 0 },
    { source: "desnz", kg: 90_000 },
    { source: "ademe", kg: 472_500 },
  ],
  ...over,
});

describe("buildSnapshot", () => {
  it("totals each chosen period by scope and post, and compares the latest with the base year", () => {
    const s = buildSnapshot(inputs());
    expect(s.totals).toEqual([
      {
        label: "Exercice 2022",
        year: 2022,
        kg: 312_500,
        scopes: { scope1: 12_500, scope2: 50_000, scope3: 250_000 },
        posts: [
          { key: "scope1", kg: 12_500 },
          { key: "scope2", kg: 50_000 },
          { key: "3.6", kg: 250_000 },
        ],
      },
      {
        label: "Exercice 2023",
        year: 2023,
        kg: 250_000,
        scopes: { scope1: 10_000, scope2: 40_000, scope3: 200_000 },
        posts: [
          { key: "scope1", kg: 10_000 },
          { key: "scope2", kg: 40_000 },
          { key: "3.6", kg: 200_000 },
        ],
      },
    ]);
    expect(s.baseYear).toEqual({
      base: { label: "Exercice 2022", year: 2022, kg: 312_500 },
      latest: { label: "Exercice 2023", year: 2023, kg: 250_000 },
      changePct: -20,
    });
  });

  it("keeps contributions apart in tonnes, without prices, and factor sources largest first", () => {
    const s = buildSnapshot(inputs());
    expect(s.contributions?.totals).toEqual({
      avoidance: { tonnes: 60.5 },
      removal: { tonnes: 40 },
      all: { tonnes: 100.5 },
    });
    expect(JSON.stringify(s)).not.toContain("pricePerTonne");
    expect(s.methodology?.sources).toEqual([
      { source: "ademe", kg: 472_500 },
      { source: "desnz", kg: 90_000 },
    ]);
    expect(s.actions).toEqual([
      { title: "Sobriété", type: "REDUCTION", status: "DONE", posts: ["scope2"], expectedKg: 5_000, progressPct: 100 },
    ]);
    expect(s.targets?.[0]?.gap?.gap).toBe(3_500);
  });

  it("copies no id and leaves out the sections not chosen", () => {
    const s = buildSnapshot(
      inputs({
        sections: {
          periodIds: [P23.id],
          totals: true,
          baseYear: false,
          targets: false,
          actions: false,
          methodology: false,
          contributions: false,
        },
      }),
    );
    expect(s.totals?.map((t) => t.year)).toEqual([2023]);
    expect([s.baseYear, s.targets, s.actions, s.methodology, s.contributions]).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(buildSnapshot(inputs()))).not.toMatch(/cperiod/);
  });

  it("has no base-year comparison when the latest period is the base year", () => {
    expect(buildSnapshot(inputs({ latestWithDataId: P22.id })).baseYear).toBeNull();
  });
});
