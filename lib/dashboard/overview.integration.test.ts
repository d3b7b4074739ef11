import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { comparedPeriods, getComparison } from "@/lib/dashboard/comparison";
import { getOverview } from "@/lib/dashboard/overview";
import { loadOverviewSection } from "@/lib/dashboard/section";
import { setNotationKey } from "@/lib/notation-keys/mutations";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// 2024, lines stored by hand:
//   A1 validated, site S1, grid electricity: scope 2 100 kg ±10 % (market 80) + scope 3 cat. 3 (poste 4.1) 20 kg ±10 %
//   A2 validated, site S2, flight: scope 3 cat. 6 (poste 3.5) 200 kg ±20 %, biogenic CO2 5 kg
//   A3 validated, no site, IT services spend: scope 3 cat. 1 (poste 4.5) 80 kg, uncertainty unknown
//   A4 submitted, S1, gas: scope 1 (poste 1.1) 50 kg ±5 %
//   another organisation: 9 999 kg in its own period
// Validated, location-based: 100 + 20 + 200 + 80 = 400 kg; ± √((10 + 2)² + 40²) = √1744 = 41.761226 kg;
// known share (400 − 80) / 400 = 0.8.
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let s2: string;
let p24: string;

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2023, 2024]);
  const org = t.organizationId;
  p24 = t.periodOf(2024);
  s2 = (await db.site.create({ data: { organizationId: org, name: "Entrepôt", country: "FR" } })).id;
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
    lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20", co2b: "5" }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "spend.it_services",
    lines: [{ kg: "80", scope: 3, ghgCategory: 1, begesPoste: "4.5", pct: null, known: false }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.gas",
    siteId: t.siteId,
    status: "SUBMITTED",
    lines: [{ kg: "50", scope: 1, begesPoste: "1.1", pct: "5" }],
  });
  const other = await tenantWithPeriods(db);
  await storeHandActivity(db, other.organizationId, {
    periodId: other.periodOf(2024),
    activityTypeId: "travel.plane",
    lines: [{ kg: "9999", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
});

describe("overview of a period, from the reporting layer", () => {
  it("validated, location-based: 100 + 20 + 200 + 80 = 400 kg ± √(12² + 40²) = 41.761226 kg, 80 % with known uncertainty", async () => {
    const o = await getOverview(db, t.organizationId, p24, { basis: "validated", scope2: "location" });
    expect(o.total).toEqual({
      kg: "400.000000",
      uncertaintyKg: "41.761226",
      knownShare: "0.800000",
      lines: 4,
      biogenicCo2Kg: "5.000000",
    });
    expect([o.scopes[1].kg, o.scopes[2].kg, o.scopes[3].kg]).toEqual(["0", "100.000000", "300.000000"]);
    expect(o.scope2).toEqual({ location: "100.000000", market: "80.000000" });
  });

  it("classifies under both systems: GHG scope 2 + cat. 1, 3, 6; BEGES 2 (100), 3 (200), 4 (20 + 80 = 100)", async () => {
    const o = await getOverview(db, t.organizationId, p24, { basis: "validated", scope2: "location" });
    expect(o.ghg).toEqual([
      { key: "3.6", kg: "200.000000" },
      { key: "scope2", kg: "100.000000" },
      { key: "3.1", kg: "80.000000" },
      { key: "3.3", kg: "20.000000" },
    ]);
    expect(Object.fromEntries(o.beges.map((s) => [s.key, s.kg]))).toEqual({
      "2": "100.000000",
      "3": "200.000000",
      "4": "100.000000",
    });
    expect(o.postes.map((s) => s.key)).toEqual(["3.5", "2.1", "4.5", "4.1"]);
    expect(o.sites).toEqual([
      { key: s2, kg: "200.000000" },
      { key: t.siteId, kg: "120.000000" },
      { key: "", kg: "80.000000" },
    ]);
    expect(o.spendKg).toBe("80.000000");
  });

  it("market-based counts scope 2 at 80 kg (total 380); including submitted adds the 50 kg of gas (total 450)", async () => {
    const market = await getOverview(db, t.organizationId, p24, { basis: "validated", scope2: "market" });
    expect(market.total.kg).toBe("380.000000");
    expect(market.scope2).toEqual({ location: "100.000000", market: "80.000000" });
    const submitted = await getOverview(db, t.organizationId, p24, { basis: "submitted", scope2: "location" });
    expect(submitted.total.kg).toBe("450.000000");
    expect(submitted.scopes[1].kg).toBe("50.000000");
  });

  it("an empty period gives zeros, not another period's figures", async () => {
    const o = await getOverview(db, t.organizationId, t.periodOf(2023), { basis: "submitted", scope2: "location" });
    expect(o.total.kg).toBe("0.000000");
    expect(o.total.lines).toBe(0);
    expect(o.ghg).toEqual([]);
  });
});

describe("the overview's address", () => {
  const periods = () => [
    { id: p24, label: "2024", year: 2024 },
    { id: t.periodOf(2023), label: "2023", year: 2023 },
  ];

  it("defaults to the first (latest) period, validated data, location-based, GHG view", async () => {
    const section = await loadOverviewSection(db, t.organizationId, periods(), 2023, {});
    expect(section.query).toEqual({ period: p24, basis: "validated", scope2: "location", view: "ghg" });
    expect(section.names.sites[s2]).toBe("Entrepôt");
  });

  it("sums up completeness per category: travel and purchases validated, energy awaiting review (gas submitted), waste not occurring, 4 not started", async () => {
    await setNotationKey(
      db,
      t.scope(),
      ZNotationKeySet.parse({ periodId: p24, category: "waste", kind: "NOT_OCCURRING" }),
    );
    const section = await loadOverviewSection(db, t.organizationId, periods(), 2023, {});
    expect(section.completeness).toEqual({
      categories: 8,
      byState: { validated: 2, submitted: 1, inProgress: 0, notStarted: 4, notationKey: 1 },
      notationKeys: [{ category: "waste", kind: "NOT_OCCURRING" }],
    });
  });

  it("ignores values it does not know, and a period of another organisation, instead of failing", async () => {
    const other = await tenantWithPeriods(db);
    const section = await loadOverviewSection(db, t.organizationId, periods(), 2023, {
      period: other.periodOf(2024),
      basis: "everything",
      scope2: ["market", "location"],
      view: "pie",
    });
    expect(section.query).toEqual({ period: p24, basis: "validated", scope2: "market", view: "ghg" });
    expect(section.overview.total.kg).toBe("380.000000");
  });
});

describe("comparison with earlier periods", () => {
  // 2023: grid electricity 150 kg (scope 2), flight 100 kg (cat. 6); 2024: flight 300 kg, spend 80 kg (cat. 1).
  it("per category: cat. 6 100 → 300, scope 2 150 → 0, cat. 1 new at 80; total 250 → 380", async () => {
    const c = await tenantWithPeriods(db, [2023, 2024]);
    const [p23, p24b] = [c.periodOf(2023), c.periodOf(2024)];
    const store = (
      periodId: string,
      activityTypeId: string,
      line: Parameters<typeof storeHandActivity>[2]["lines"][0],
    ) => storeHandActivity(db, c.organizationId, { periodId, activityTypeId, lines: [line] });
    await store(p23, "energy.electricity.grid", { kg: "150", scope: 2, begesPoste: "2.1" });
    await store(p23, "travel.plane", { kg: "100", scope: 3, ghgCategory: 6, begesPoste: "3.5" });
    await store(p24b, "travel.plane", { kg: "300", scope: 3, ghgCategory: 6, begesPoste: "3.5" });
    await store(p24b, "spend.it_services", { kg: "80", scope: 3, ghgCategory: 1, begesPoste: "4.5" });
    const periods = [
      { id: p24b, label: "2024", year: 2024 },
      { id: p23, label: "2023", year: 2023 },
    ];
    const compared = comparedPeriods(periods, p24b, 2023);
    if (!compared) throw new Error("no comparison");
    const ghg = await getComparison(db, c.organizationId, compared, {
      basis: "validated",
      scope2: "location",
      view: "ghg",
    });
    expect(ghg.rows).toEqual([
      { key: "3.6", kg: { [p24b]: "300.000000", [p23]: "100.000000" } },
      { key: "3.1", kg: { [p24b]: "80.000000", [p23]: "0" } },
      { key: "scope2", kg: { [p24b]: "0", [p23]: "150.000000" } },
    ]);
    expect(ghg.total.kg).toEqual({ [p24b]: "380.000000", [p23]: "250.000000" });
    const beges = await getComparison(db, c.organizationId, compared, {
      basis: "validated",
      scope2: "location",
      view: "beges",
    });
    expect(beges.rows.map((r) => r.key)).toEqual(["3", "4", "2"]);
  });
});
