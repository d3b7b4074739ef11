import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TReportOptionsInput } from "@/lib/reporting/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// A hand-built inventory for 2024 (lines stored directly, figures chosen to add up by hand):
//   A1 validated, form, site S1, grid electricity: scope 2 100 kg ±10 % (market 80) + scope 3 cat. 3 20 kg ±10 %
//   A2 validated, CSV import, site S2, flight: scope 3 cat. 6 200 kg ±20 %, biogenic CO2 5 kg
//   A3 submitted, form, no site, spend: scope 3 cat. 1 50 kg, uncertainty unknown (desnz factor)
//   A4 draft: scope 1 1,000 kg — never in a report
//   A5 validated, survey, product P, diesel: scope 1 30 kg ±5 % (quantity only: factor uncertainty unknown)
//   A6 validated, laptop bought in 2023 and amortised: 40 kg in 2023 and 40 kg carried into 2024 (±0 %)
//   another organisation: 9,999 kg filed under this organisation's 2024 period id
// Validated 2024, location-based: 120 + 200 + 30 + 40 = 390 kg; A1's lines add linearly (10 + 2 = 12 kg),
// activities in quadrature: √(12² + 40² + 1.5² + 0²) = √1746.25 = 41.788156 kg; known share 360 / 390.
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let s2: string;
let product: string;
let otherOrg: string;
let report: (options: Partial<TReportOptionsInput>) => ReturnType<typeof aggregateEmissions>;

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2023, 2024]);
  const other = await tenantWithPeriods(db);
  otherOrg = other.organizationId;
  const org = t.organizationId;
  const p24 = t.periodOf(2024);
  s2 = (await db.site.create({ data: { organizationId: org, name: "Usine", country: "FR" } })).id;
  product = (await db.product.create({ data: { organizationId: org, name: "Panier", functionalUnit: "un panier" } }))
    .id;
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    siteId: t.siteId,
    lines: [
      { kg: "100", market: "80", scope: 2, begesPoste: "2.1", pct: "10" },
      { kg: "20", scope: 3, ghgCategory: 3, begesPoste: "4.1", pct: "10" },
    ],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "travel.plane",
    siteId: s2,
    sourceKind: "CSV_IMPORT",
    lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20", co2b: "5" }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "spend.ratio",
    status: "SUBMITTED",
    lines: [
      { kg: "50", scope: 3, ghgCategory: 1, begesPoste: "4.1", pct: null, known: false, factorId: "desnz:x@2025" },
    ],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "fuel.diesel",
    status: "DRAFT",
    lines: [{ kg: "1000", scope: 1, begesPoste: "1.2", pct: "5" }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "fuel.diesel",
    productId: product,
    sourceKind: "SURVEY",
    lines: [{ kg: "30", scope: 1, begesPoste: "1.2", pct: "5", known: false, factorId: "desnz:y@2025" }],
  });
  await storeHandActivity(db, org, {
    periodId: t.periodOf(2023),
    activityTypeId: "equipment.laptop",
    lines: [
      { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2" },
      { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2", periodId: p24 },
    ],
  });
  await storeHandActivity(db, other.organizationId, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    lines: [{ kg: "9999", scope: 2, begesPoste: "2.1", pct: "10" }],
  });
  report = (options) => aggregateEmissions(db, org, { periodIds: [p24], ...options });
});

const totalOf = async (promise: ReturnType<typeof aggregateEmissions>) => (await promise).groups[0];
const byKey = async (promise: ReturnType<typeof aggregateEmissions>, dim: string) =>
  Object.fromEntries((await promise).groups.map((g) => [String(g.key[dim as "scope"]), g.kgCO2e]));

describe("aggregateEmissions: totals and uncertainty", () => {
  it("validated 2024: 120 + 200 + 30 + 40 = 390 kg ± √(12² + 40² + 1.5²) = 41.788156, known 360/390, biogenic 5 apart", async () => {
    const r = await report({});
    expect(r.basis).toEqual({ periodIds: [t.periodOf(2024)], statuses: "validated", scope2: "location" });
    expect(r.groups).toEqual([
      {
        key: {},
        kgCO2e: "390.000000",
        uncertaintyKgCO2e: "41.788156",
        knownUncertaintyShare: "0.923077",
        biogenicCo2Kg: "5.000000",
        lines: 5,
        activities: 4,
      },
    ]);
  });

  it("two activities 100 kg ±10 % and 200 kg ±20 % → 300 ± √(10² + 40²) = 41.231056 kg; one activity's two lines add linearly → ± 50", async () => {
    const u = await tenantWithPeriods(db);
    const p = u.periodOf(2024);
    const line = (kg: string, pct: string) => ({ kg, scope: 3 as const, ghgCategory: 1, begesPoste: "4.1", pct });
    await storeHandActivity(db, u.organizationId, {
      periodId: p,
      activityTypeId: "spend.ratio",
      lines: [line("100", "10")],
    });
    await storeHandActivity(db, u.organizationId, {
      periodId: p,
      activityTypeId: "spend.ratio",
      lines: [line("200", "20")],
    });
    const apart = await totalOf(aggregateEmissions(db, u.organizationId, { periodIds: [p] }));
    expect(apart).toMatchObject({ kgCO2e: "300.000000", uncertaintyKgCO2e: "41.231056", activities: 2, lines: 2 });

    const v = await tenantWithPeriods(db);
    const q = v.periodOf(2024);
    await storeHandActivity(db, v.organizationId, {
      periodId: q,
      activityTypeId: "spend.ratio",
      lines: [line("100", "10"), line("200", "20")],
    });
    const together = await totalOf(aggregateEmissions(db, v.organizationId, { periodIds: [q] }));
    expect(together).toMatchObject({ kgCO2e: "300.000000", uncertaintyKgCO2e: "50.000000", activities: 1, lines: 2 });
  });

  it("include submitted: + 50 kg with unknown uncertainty → 440 kg, same ± 41.788156, known share 360/440 = 0.818182", async () => {
    const r = await report({ statuses: "submitted" });
    expect(r.basis.statuses).toBe("submitted");
    expect(r.groups[0]).toMatchObject({
      kgCO2e: "440.000000",
      uncertaintyKgCO2e: "41.788156",
      knownUncertaintyShare: "0.818182",
      activities: 5,
    });
    // "all" (collection screens) adds the draft's 1,000 kg.
    expect((await totalOf(report({ statuses: "all" })))?.kgCO2e).toBe("1440.000000");
  });

  it("market-based scope 2: 80 instead of 100 → 370 kg; scope 2 alone 100 location / 80 market", async () => {
    expect((await totalOf(report({ scope2: "market" })))?.kgCO2e).toBe("370.000000");
    expect(await byKey(report({ groupBy: ["scope"] }), "scope")).toEqual({
      1: "30.000000",
      2: "100.000000",
      3: "260.000000",
    });
    expect(await byKey(report({ groupBy: ["scope"], scope2: "market" }), "scope")).toMatchObject({ 2: "80.000000" });
  });

  it("an empty selection is 0 kg, no known share", async () => {
    const r = await report({ filters: { productIds: ["no-such-product"] } });
    expect(r.groups).toEqual([
      {
        key: {},
        kgCO2e: "0.000000",
        uncertaintyKgCO2e: "0.000000",
        knownUncertaintyShare: null,
        biogenicCo2Kg: "0.000000",
        lines: 0,
        activities: 0,
      },
    ]);
  });
});

describe("aggregateEmissions: group-bys", () => {
  it("by scope: scope 3 = 20 + 200 + 40 = 260 ± √(2² + 40² + 0²) = 40.049969, three activities", async () => {
    const r = await report({ groupBy: ["scope"] });
    expect(r.groups.map((g) => [g.key.scope, g.kgCO2e, g.uncertaintyKgCO2e, g.activities, g.lines])).toEqual([
      [1, "30.000000", "1.500000", 1, 1],
      [2, "100.000000", "10.000000", 1, 1],
      [3, "260.000000", "40.049969", 3, 3],
    ]);
  });

  it("by GHG Protocol category, BEGES category and poste", async () => {
    expect(await byKey(report({ groupBy: ["ghgCategory"] }), "ghgCategory")).toEqual({
      2: "40.000000",
      3: "20.000000",
      6: "200.000000",
      null: "130.000000", // scope 1 and 2
    });
    expect(await byKey(report({ groupBy: ["begesCategory"] }), "begesCategory")).toEqual({
      1: "30.000000",
      2: "100.000000",
      3: "200.000000",
      4: "60.000000",
    });
    expect(await byKey(report({ groupBy: ["begesPoste"] }), "begesPoste")).toEqual({
      "1.2": "30.000000",
      "2.1": "100.000000",
      "3.5": "200.000000",
      "4.1": "20.000000",
      "4.2": "40.000000",
    });
  });

  it("by site, product, factor source, activity type, data-entry category, origin and period", async () => {
    expect(await byKey(report({ groupBy: ["site"] }), "site")).toEqual({
      [t.siteId]: "120.000000",
      [s2]: "200.000000",
      null: "70.000000",
    });
    expect(await byKey(report({ groupBy: ["product"] }), "product")).toEqual({
      [product]: "30.000000",
      null: "360.000000",
    });
    expect(await byKey(report({ groupBy: ["factorSource"] }), "factorSource")).toEqual({
      ademe: "360.000000",
      desnz: "30.000000",
    });
    expect(await byKey(report({ groupBy: ["entryCategory"] }), "entryCategory")).toEqual({
      energy: "150.000000", // grid electricity 120 + diesel 30
      equipment: "40.000000",
      travel: "200.000000",
    });
    expect(await byKey(report({ groupBy: ["activityType"] }), "activityType")).toEqual({
      "energy.electricity.grid": "120.000000",
      "equipment.laptop": "40.000000",
      "fuel.diesel": "30.000000",
      "travel.plane": "200.000000",
    });
    expect(await byKey(report({ groupBy: ["origin"] }), "origin")).toEqual({
      form: "160.000000",
      import: "200.000000",
      survey: "30.000000",
    });
    const both = await aggregateEmissions(db, t.organizationId, {
      periodIds: [t.periodOf(2023), t.periodOf(2024)],
      groupBy: ["period"],
    });
    expect(both.groups.map((g) => [g.key.period, g.kgCO2e])).toEqual(
      [
        [t.periodOf(2023), "40.000000"],
        [t.periodOf(2024), "390.000000"],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("two dimensions: data-entry category × status, counting lines and activities", async () => {
    const r = await report({ groupBy: ["entryCategory", "status"], statuses: "all" });
    expect(r.groups.map((g) => [g.key.entryCategory, g.key.status, g.kgCO2e, g.activities])).toEqual([
      ["energy", "DRAFT", "1000.000000", 1],
      ["energy", "VALIDATED", "150.000000", 2],
      ["equipment", "VALIDATED", "40.000000", 1],
      ["purchases", "SUBMITTED", "50.000000", 1],
      ["travel", "VALIDATED", "200.000000", 1],
    ]);
  });
});

describe("aggregateEmissions: filters and tenancy", () => {
  it.each([
    [{ siteIds: ["S1"] }, "120.000000"],
    [{ withoutSite: true }, "70.000000"],
    [{ productIds: ["P"] }, "30.000000"],
    [{ scopes: [1, 2] }, "130.000000"],
    [{ ghgCategories: [6] }, "200.000000"],
    [{ begesCategories: [4] }, "60.000000"],
    [{ begesPostes: ["4.1", "4.2"] }, "60.000000"],
    [{ entryCategories: ["energy"] }, "150.000000"],
    [{ activityTypeIds: ["travel.plane"] }, "200.000000"],
    [{ factorSources: ["desnz"] }, "30.000000"],
    [{ origins: ["import", "survey"] }, "230.000000"],
    [{ enteredInPeriodOnly: true }, "350.000000"], // without the laptop carried from 2023
  ])("filter %j → %s kg", async (filters, kg) => {
    const ids = { S1: t.siteId, P: product } as Record<string, string>;
    const resolved = Object.fromEntries(
      Object.entries(filters).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => ids[x as string] ?? x) : v]),
    );
    expect((await totalOf(report({ filters: resolved })))?.kgCO2e).toBe(kg);
  });

  it("never counts another organisation's lines, even under this organisation's period id", async () => {
    const all = await totalOf(report({ statuses: "all", scope2: "market" }));
    expect(all?.kgCO2e).toBe("1420.000000"); // 1,440 with scope 2 at 80: no 9,999 anywhere
    // The other organisation sees its own line only, under the same period id.
    const theirs = await totalOf(aggregateEmissions(db, otherOrg, { periodIds: [t.periodOf(2024)], statuses: "all" }));
    expect(theirs).toMatchObject({ kgCO2e: "9999.000000", lines: 1 });
  });

  it("refuses options outside the schema (no SQL is built from them)", async () => {
    await expect(report({ groupBy: ["scope; DROP TABLE x" as "scope"] })).rejects.toThrow();
    await expect(report({ filters: { factorSources: ["ademe' OR 1=1"] } })).rejects.toThrow();
    await expect(aggregateEmissions(db, t.organizationId, { periodIds: [] })).rejects.toThrow();
  });
});
