import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { aggregateEmissions, aggregateEmissionsMany, aggregateFromRollup } from "@/lib/reporting/aggregate";
import { rebuildRollup } from "@/lib/reporting/rollup/build";
import { setRollupRebuildRequester } from "@/lib/reporting/rollup/refresh";
import { REPORT_DIMENSIONS, type TReport, type TReportOptionsInput } from "@/lib/reporting/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());
afterEach(() => setRollupRebuildRequester(undefined));

// An inventory over 2023–2024 whose activities span several fine keys (electricity: scope 2 + scope 3
// cat. 3 upstream; diesel: scope 1 + upstream), with two lines in one key, unknown uncertainties, a
// carried amortised line, several sites, products, origins and statuses, and negative kg (a refrigerant
// recovered). The rollup must answer every combination with the live path's exact text.
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let org: string;
let p23: string;
let p24: string;
let s2: string;
let products: string[];

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2023, 2024]);
  org = t.organizationId;
  p23 = t.periodOf(2023);
  p24 = t.periodOf(2024);
  s2 = (await db.site.create({ data: { organizationId: org, name: "Usine", country: "FR" } })).id;
  products = [];
  for (const name of ["Panier", "Caisse"])
    products.push((await db.product.create({ data: { organizationId: org, name, functionalUnit: "u" } })).id);
  const electricity = (periodId: string, siteId: string | null, kg: string, pct: string | null) => ({
    periodId,
    activityTypeId: "energy.electricity.grid",
    siteId,
    lines: [
      { kg, market: String(Number(kg) / 2), scope: 2 as const, begesPoste: "2.1", pct, factorId: "ember:FR@2024" },
      { kg: "12.345678", scope: 3 as const, ghgCategory: 3, begesPoste: "4.1", pct: "7.5" },
    ],
  });
  for (const periodId of [p23, p24]) {
    await storeHandActivity(db, org, electricity(periodId, t.siteId, "100.123456", "10"));
    await storeHandActivity(db, org, { ...electricity(periodId, s2, "33.333333", null), sourceKind: "CSV_IMPORT" });
    await storeHandActivity(db, org, {
      ...electricity(periodId, s2, "250", "12.3456"),
      status: "SUBMITTED",
      productId: products[0],
    });
    await storeHandActivity(db, org, {
      periodId,
      activityTypeId: "fuel.diesel",
      productId: products[1],
      sourceKind: "SURVEY",
      lines: [
        { kg: "30", scope: 1, begesPoste: "1.2", pct: "5", known: false, factorId: "desnz:y@2025" },
        { kg: "7.1", scope: 3, ghgCategory: 3, begesPoste: "4.1", pct: "20" },
        { kg: "2.9", scope: 3, ghgCategory: 3, begesPoste: "4.1", pct: "15" },
      ],
    });
    await storeHandActivity(db, org, {
      periodId,
      activityTypeId: "travel.plane",
      siteId: s2,
      sourceKind: "FORM",
      lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20", co2b: "5" }],
    });
    await storeHandActivity(db, org, {
      periodId,
      activityTypeId: "spend.ratio",
      status: "DRAFT",
      sourceKind: "BOAVIZTA_IMPORT",
      lines: [{ kg: "50", scope: 3, ghgCategory: 1, begesPoste: "4.1", pct: null, known: false }],
    });
    await storeHandActivity(db, org, {
      periodId,
      activityTypeId: "refrigerant.r410a",
      status: "REJECTED",
      lines: [{ kg: "-4.5", scope: 1, begesPoste: "1.4", pct: "30" }],
    });
    await storeHandActivity(db, org, {
      periodId,
      activityTypeId: "refrigerant.r410a",
      lines: [{ kg: "-4.5", scope: 1, begesPoste: "1.4", pct: "30" }],
    });
  }
  await storeHandActivity(db, org, {
    periodId: p23,
    activityTypeId: "equipment.laptop",
    productId: products[0],
    lines: [
      { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2", pct: "25" },
      { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2", pct: "25", periodId: p24 },
    ],
  });
  const other = await tenantWithPeriods(db);
  await storeHandActivity(db, other.organizationId, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    lines: [{ kg: "9999", scope: 2, begesPoste: "2.1", pct: "10" }],
  });
  await rebuildRollup(db, org, p23);
  await rebuildRollup(db, org, p24);
});

async function expectSame(options: TReportOptionsInput) {
  const rolled = await aggregateFromRollup(db, org, options);
  const live = await aggregateEmissions(db, org, options, { live: true });
  expect(rolled, JSON.stringify(options)).toEqual(live);
}

const PAIRS = REPORT_DIMENSIONS.flatMap((a, i) => REPORT_DIMENSIONS.slice(i + 1).map((b) => [a, b]));

describe("rollup: the live path's exact groups", () => {
  it("the fixture is not trivial: activities span keys and uncertainty is partly unknown", async () => {
    const total = (await aggregateFromRollup(db, org, { periodIds: [p24], statuses: "all" }))?.groups[0];
    expect(total).toMatchObject({ lines: 14, activities: 9 }); // 8 activities of 2024 and the carried laptop
    expect(total?.knownUncertaintyShare).not.toBe("1.000000");
  });

  for (const statuses of ["validated", "submitted", "all"] as const) {
    for (const scope2 of ["location", "market"] as const) {
      it(`${statuses}, ${scope2}: the total, every dimension and every pair of dimensions`, async () => {
        for (const groupBy of [[], ...REPORT_DIMENSIONS.map((d) => [d]), ...PAIRS]) {
          await expectSame({ periodIds: [p24], statuses, scope2, groupBy: groupBy as never });
        }
      });
    }
  }

  it("two periods by period, and three dimensions at once", async () => {
    await expectSame({ periodIds: [p23, p24], groupBy: ["period"] });
    await expectSame({ periodIds: [p23, p24], groupBy: ["period", "scope", "site"], statuses: "all" });
    await expectSame({ periodIds: [p24, p23], groupBy: ["scope", "period", "product"], scope2: "market" });
    await expectSame({ periodIds: [p24], groupBy: ["scope", "ghgCategory", "product"], scope2: "market" });
  });

  it("several periods not grouped by period stay live: the laptop's 2023 line and its carried 2024 line add linearly (± 20, not √(10² + 10²))", async () => {
    const options = { periodIds: [p23, p24], groupBy: ["scope", "ghgCategory", "product"] as never };
    expect(await aggregateFromRollup(db, org, options)).toBe(null);
    const live = await aggregateEmissions(db, org, options);
    expect(live.groups.find((g) => g.key.ghgCategory === 2)).toMatchObject({
      kgCO2e: "80.000000",
      uncertaintyKgCO2e: "20.000000",
      activities: 1,
    });
  });

  it("every filter, alone and combined", async () => {
    const filters = [
      { siteIds: [s2] },
      { siteIds: [s2], withoutSite: true },
      { withoutSite: true },
      { productIds: products },
      { scopes: [2, 3] as (1 | 2 | 3)[] },
      { ghgCategories: [3] },
      { begesCategories: [1, 4] },
      { begesPostes: ["4.1"] },
      { entryCategories: ["purchases"] },
      { activityTypeIds: ["energy.electricity.grid"] },
      { factorSources: ["ember", "desnz"] },
      { origins: ["import", "survey"] as ("import" | "survey")[] },
      { enteredInPeriodOnly: true },
      { enteredInPeriodOnly: true, scopes: [3] as (1 | 2 | 3)[], siteIds: [t.siteId, s2] },
    ];
    for (const f of filters) {
      for (const groupBy of [[], ["scope"], ["begesPoste", "site"]] as const) {
        for (const scope2 of ["location", "market"] as const) {
          await expectSame({ periodIds: [p24], statuses: "all", scope2, groupBy: [...groupBy], filters: f });
          await expectSame({ periodIds: [p24], scope2, groupBy: [...groupBy], filters: f });
        }
      }
    }
  });

  it("an empty selection: the live path's one zero total, and no groups", async () => {
    await expectSame({ periodIds: [p24], filters: { productIds: ["no-such-product"] } });
    await expectSame({ periodIds: [p24], groupBy: ["site"], filters: { productIds: ["no-such-product"] } });
  });

  it("reads only the organisation's own rollup (another organisation's lines filed under the same period)", async () => {
    const mine = await aggregateFromRollup(db, org, { periodIds: [p24], groupBy: ["scope"] });
    expect(mine?.groups.find((g) => g.key.scope === 2)?.kgCO2e).toBe("133.456789");
  });

  it("activityIds and periods without a rollup stay live", async () => {
    const [activity] = await db.activityData.findMany({ where: { organizationId: org }, select: { id: true } });
    expect(await aggregateFromRollup(db, org, { periodIds: [p24], filters: { activityIds: [activity!.id] } })).toBe(
      null,
    );
    const fresh = await tenantWithPeriods(db);
    expect(await aggregateFromRollup(db, fresh.organizationId, { periodIds: [fresh.periodOf(2024)] })).toBe(null);
  });
});

describe("rollup: never stale", () => {
  it("a create, a status change, a recompute and a delete each make it stale; the answer stays exact; a rebuild makes it fresh", async () => {
    const u = await tenantWithPeriods(db, [2023, 2024]);
    const [q23, q24] = [u.periodOf(2023), u.periodOf(2024)];
    const requested: string[] = [];
    setRollupRebuildRequester(async (organizationId, periodId) => {
      if (organizationId === u.organizationId) requested.push(periodId);
    });
    const laptop = await storeHandActivity(db, u.organizationId, {
      periodId: q23,
      activityTypeId: "equipment.laptop",
      lines: [
        { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2", pct: "25" },
        { kg: "40", scope: 3, ghgCategory: 2, begesPoste: "4.2", pct: "25", periodId: q24 },
      ],
    });
    const options = { periodIds: [q24], groupBy: ["scope" as const] };
    const check = async (kg: string | undefined) => {
      expect(await aggregateFromRollup(db, u.organizationId, options)).toBe(null);
      const answer = await aggregateEmissions(db, u.organizationId, options);
      expect(answer.groups.find((g) => g.key.scope === 3)?.kgCO2e).toBe(kg);
      expect(requested).toContain(q24);
      requested.length = 0;
      await rebuildRollup(db, u.organizationId, q24);
      expect(await aggregateFromRollup(db, u.organizationId, options)).toEqual(answer);
    };
    await check("40.000000");

    // A create in the period.
    const plane = await storeHandActivity(db, u.organizationId, {
      periodId: q24,
      activityTypeId: "travel.plane",
      lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20" }],
    });
    await check("240.000000");

    // A status change of the 2023 laptop reaches its line carried into 2024.
    await db.activityData.updateMany({
      where: { id: laptop, organizationId: u.organizationId },
      data: { status: "SUBMITTED" },
    });
    await check("200.000000");

    // A recompute rewrites the lines' figures.
    await db.emissionLine.updateMany({
      where: { activityId: plane, organizationId: u.organizationId },
      data: { kgCO2e: "210" },
    });
    await check("210.000000");

    // A delete.
    await db.activityData.deleteMany({ where: { id: plane, organizationId: u.organizationId } });
    await check(undefined);

    // Writes that change nothing a report reads (a label) leave the rollup fresh.
    await db.activityData.updateMany({
      where: { id: laptop, organizationId: u.organizationId },
      data: { label: "PC" },
    });
    expect(await aggregateFromRollup(db, u.organizationId, options)).not.toBe(null);
  });

  it("a rebuild that read an older version never replaces a newer one", async () => {
    const u = await tenantWithPeriods(db);
    const q = u.periodOf(2024);
    await storeHandActivity(db, u.organizationId, {
      periodId: q,
      activityTypeId: "travel.plane",
      lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20" }],
    });
    const first = await rebuildRollup(db, u.organizationId, q);
    const second = await rebuildRollup(db, u.organizationId, q);
    expect(second.version).toBe(first.version);
    const keys = await db.reportingRollupKey.count({ where: { organizationId: u.organizationId, periodId: q } });
    expect(keys).toBe(1); // the first build's rows are gone
  });
});

describe("aggregateEmissionsMany", () => {
  it("one statement from the rollups gives what aggregateEmissions gives for each report", async () => {
    const inputs: TReportOptionsInput[] = [
      { periodIds: [p24] },
      { periodIds: [p24], groupBy: ["scope"], scope2: "market" },
      { periodIds: [p24], groupBy: ["scope", "ghgCategory"], statuses: "submitted" },
      { periodIds: [p24], groupBy: ["site"], filters: { productIds: ["no-such-product"] } },
      { periodIds: [p23, p24], groupBy: ["period", "begesPoste"], statuses: "all" },
      { periodIds: [p23], groupBy: ["origin", "factorSource", "product"], filters: { enteredInPeriodOnly: true } },
    ];
    const many = await aggregateEmissionsMany(db, org, inputs);
    const live = await Promise.all(inputs.map((input) => aggregateEmissions(db, org, input, { live: true })));
    expect(many).toEqual(live);
  });

  it("sums-only reports (measures: kg): the full report's kg, biogenic CO2 and lines, from the rollup and live alike", async () => {
    const shapes: TReportOptionsInput[] = [
      { periodIds: [p24] },
      { periodIds: [p24], groupBy: ["scope", "ghgCategory"], scope2: "market", statuses: "submitted" },
      { periodIds: [p24], groupBy: ["site"], statuses: "all", filters: { enteredInPeriodOnly: true } },
      { periodIds: [p23, p24], groupBy: ["period", "product"], statuses: "all" },
      { periodIds: [p24], groupBy: ["begesPoste"], filters: { entryCategories: ["purchases", "energy"] } },
    ];
    const kgOnly = shapes.map((o) => ({ ...o, measures: "kg" as const }));
    const many = await aggregateEmissionsMany(db, org, kgOnly);
    const live = await Promise.all(kgOnly.map((input) => aggregateEmissions(db, org, input, { live: true })));
    const full = await Promise.all(shapes.map((input) => aggregateEmissions(db, org, input, { live: true })));
    expect(many).toEqual(live);
    const sumsOf = (r: TReport) =>
      r.groups.map((g) => ({ key: g.key, kg: g.kgCO2e, co2b: g.biogenicCo2Kg, lines: g.lines }));
    expect(many.map(sumsOf)).toEqual(full.map(sumsOf));
    expect(many.flatMap((r) => r.groups).length).toBeGreaterThan(10);
    for (const g of many.flatMap((r) => r.groups)) {
      expect([g.uncertaintyKgCO2e, g.knownUncertaintyShare, g.activities]).toEqual([null, null, null]);
    }
  });

  it("a stale period: every report live, one rebuild asked for", async () => {
    const u = await tenantWithPeriods(db);
    const q = u.periodOf(2024);
    const requested: string[] = [];
    setRollupRebuildRequester(async (_organizationId, periodId) => void requested.push(periodId));
    await storeHandActivity(db, u.organizationId, {
      periodId: q,
      activityTypeId: "travel.plane",
      lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20" }],
    });
    const inputs: TReportOptionsInput[] = [{ periodIds: [q] }, { periodIds: [q], groupBy: ["scope"] }];
    const many = await aggregateEmissionsMany(db, u.organizationId, inputs);
    expect(requested).toEqual([q]);
    expect(many.map((r) => r.groups[0]?.kgCO2e)).toEqual(["200.000000", "200.000000"]);
  });
});

describe("rollup rows and tenancy", () => {
  it("deleting a period deletes its version and rollup rows", async () => {
    const u = await tenantWithPeriods(db, [2022]);
    const q = u.periodOf(2022);
    const activity = await storeHandActivity(db, u.organizationId, {
      periodId: q,
      activityTypeId: "travel.plane",
      lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20" }],
    });
    await rebuildRollup(db, u.organizationId, q);
    const where = { organizationId: u.organizationId, periodId: q };
    expect(await db.reportingRollupKey.count({ where })).toBe(1);
    await db.activityData.deleteMany({ where: { id: activity, organizationId: u.organizationId } });
    await db.reportingPeriod.deleteMany({ where: { id: q, organizationId: u.organizationId } });
    expect(await db.reportingVersion.count({ where })).toBe(0);
    expect(await db.reportingRollupState.count({ where })).toBe(0);
    expect(await db.reportingRollupKey.count({ where })).toBe(0);
    expect(await db.reportingRollupPair.count({ where })).toBe(0);
    expect(await db.reportingRollupKeySet.count({ where })).toBe(0);
  });
});
