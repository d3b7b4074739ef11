import { readFileSync, readdirSync } from "node:fs";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { yearOverYear, type TYearOverYear, type TYoyFigures } from "@/lib/reporting/year-over-year";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// Two periods saved through the real write path (engine → lines → variant keys), all validated:
//   consulting spend, same ratio category and purpose, 100 k€ in 2022 and 120 k€ in 2023: ADEME's 2022
//     and 2023 ratios are different elements, so one group with an activity and a factor effect;
//   grid electricity at the head office, 12,000 → 10,000 kWh: stage lines (several lines per activity share
//     its quantity), a quantity change;
//   grid electricity at a new site (Lyon), 2023 only: perimeter;
//   a flight of 1,600 p.km in the 500–1,000 km band in 2022 and 3,000 p.km in the 1,000–2,000 km band in
//     2023: two groups, each in one period (perimeter);
//   two 2023 flights in one band (two activities, one group: A is their sum);
//   a draft in 2023 (never counted) and another organisation's lines (never seen).
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
let other: Awaited<ReturnType<typeof tenantWithPeriods>>;
let lyon: string;
let result: TYearOverYear;

const row = (year: number, activityTypeId: string, quantity: string, unit: string, extra: object = {}) => ({
  periodId: t.periodOf(year),
  activityTypeId,
  quantity,
  unit,
  siteId: t.siteId,
  ...extra,
});

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2022, 2023]);
  lyon = (await db.site.create({ data: { organizationId: t.organizationId, name: "Lyon", country: "FR" } })).id;
  const spend = { options: { ratioCategory: "legal_accounting_consulting", purpose: "purchased_services" } };
  await saveActivitiesBulk(
    db,
    t.scope(),
    [
      row(2022, "spend.ratio", "100", "k€", spend),
      row(2023, "spend.ratio", "120", "k€", spend),
      row(2022, "energy.electricity.grid", "12000", "kWh"),
      row(2023, "energy.electricity.grid", "10000", "kWh"),
      row(2023, "energy.electricity.grid", "3000", "kWh", { siteId: lyon }),
      row(2022, "travel.plane", "1600", "p.km", { options: { legKm: 800 } }),
      row(2023, "travel.plane", "3000", "p.km", { options: { legKm: 1500 } }),
      row(2023, "travel.plane", "1200", "p.km", { options: { legKm: 700 }, siteId: lyon }),
      row(2023, "travel.plane", "900", "p.km", { options: { legKm: 650 }, siteId: lyon }),
    ],
    { initialStatus: "VALIDATED" },
  );
  await saveActivitiesBulk(db, t.scope(), [row(2023, "energy.electricity.grid", "99999", "kWh")]); // a draft
  other = await tenantWithPeriods(db, [2022, 2023]);
  await saveActivitiesBulk(
    db,
    other.scope(),
    [{ periodId: other.periodOf(2023), activityTypeId: "energy.electricity.grid", quantity: "5000", unit: "kWh" }],
    { initialStatus: "VALIDATED" },
  );
  result = await yearOverYear(db, t.organizationId, {
    fromPeriodId: t.periodOf(2022),
    toPeriodId: t.periodOf(2023),
  });
});

// The rule computed again in the test, from the raw validated lines, with decimal.js.
async function expected() {
  const lines = await db.emissionLine.findMany({
    where: { organizationId: t.organizationId, activity: { organizationId: t.organizationId, status: "VALIDATED" } },
    orderBy: [{ activityId: "asc" }, { position: "asc" }],
  });
  type TCell = { e0: Decimal; e1: Decimal; group: string; ghg: string; beges: string };
  const quantities = new Map<string, { a0: Decimal | null; a1: Decimal | null }>();
  const seen = new Set<string>();
  const cells = new Map<string, TCell>();
  for (const l of lines) {
    const later = l.periodId === t.periodOf(2023);
    const group = `${l.activityTypeId}|${l.siteId}|${l.variantKey}`;
    const q = quantities.get(group) ?? { a0: null, a1: null };
    if (!seen.has(`${group}|${l.activityId}`)) {
      seen.add(`${group}|${l.activityId}`); // once per activity: stage lines share its quantity
      const a = new Decimal(l.quantity.toString());
      if (later) q.a1 = (q.a1 ?? new Decimal(0)).plus(a);
      else q.a0 = (q.a0 ?? new Decimal(0)).plus(a);
    }
    quantities.set(group, q);
    const ghg = l.scope === 3 ? `3.${l.ghgCategory}` : `scope${l.scope}`;
    const beges = l.begesPoste.split(".")[0] as string;
    const key = `${group}|${ghg}|${beges}`;
    const cell = cells.get(key) ?? { e0: new Decimal(0), e1: new Decimal(0), group, ghg, beges };
    if (later) cell.e1 = cell.e1.plus(l.kgCO2e.toString());
    else cell.e0 = cell.e0.plus(l.kgCO2e.toString());
    cells.set(key, cell);
  }
  const sums = new Map<string, { e0: Decimal; e1: Decimal; activity: Decimal; perimeter: Decimal }>();
  for (const c of cells.values()) {
    const { a0, a1 } = quantities.get(c.group) as { a0: Decimal | null; a1: Decimal | null };
    const delta = c.e1.minus(c.e0);
    const both = a0 !== null && a1 !== null;
    const activity = both && !a0.isZero() ? a1.minus(a0).times(c.e0).div(a0).toDecimalPlaces(6) : delta;
    for (const k of [`group:${c.group}`, `ghg:${c.ghg}`, `beges:${c.beges}`, "total"]) {
      const s = sums.get(k) ?? {
        e0: new Decimal(0),
        e1: new Decimal(0),
        activity: new Decimal(0),
        perimeter: new Decimal(0),
      };
      s.e0 = s.e0.plus(c.e0);
      s.e1 = s.e1.plus(c.e1);
      s.activity = s.activity.plus(activity);
      if (!both) s.perimeter = s.perimeter.plus(delta);
      sums.set(k, s);
    }
  }
  return { sums, lines };
}

const fixed = (d: Decimal) => d.toFixed(6);
function expectFigures(actual: TYoyFigures, s: { e0: Decimal; e1: Decimal; activity: Decimal; perimeter: Decimal }) {
  const delta = s.e1.minus(s.e0);
  const { fromKg, toKg, deltaKg, activityKg, factorKg, perimeterKg } = actual;
  expect({ fromKg, toKg, deltaKg, activityKg, factorKg, perimeterKg }).toEqual({
    fromKg: fixed(s.e0),
    toKg: fixed(s.e1),
    deltaKg: fixed(delta),
    activityKg: fixed(s.activity),
    factorKg: fixed(delta.minus(s.activity)),
    perimeterKg: fixed(s.perimeter),
  });
  // activity + factor = Δ exactly, to the micro-kilogram
  expect(new Decimal(actual.activityKg).plus(actual.factorKg).toFixed(6)).toBe(actual.deltaKg);
}

describe("yearOverYear", () => {
  it("matches every group, category (GHG Protocol and BEGES) and the total against sums of the raw lines", async () => {
    const { sums } = await expected();
    const groups = [...sums.keys()].filter((k) => k.startsWith("group:"));
    expect(result.groups).toHaveLength(groups.length);
    for (const g of result.groups) {
      expectFigures(g, sums.get(`group:${g.activityTypeId}|${g.siteId}|${g.variantKey}`)!);
    }
    for (const c of result.ghg) expectFigures(c, sums.get(`ghg:${c.key}`)!);
    for (const c of result.beges) expectFigures(c, sums.get(`beges:${c.key}`)!);
    expectFigures(result.total, sums.get("total")!);
    expect(result.ghg.length).toBe([...sums.keys()].filter((k) => k.startsWith("ghg:")).length);
    expect(result.beges.length).toBe([...sums.keys()].filter((k) => k.startsWith("beges:")).length);
  });

  it("agrees with aggregateEmissions on both periods' totals (draft and other organisation left out)", async () => {
    const { groups } = await aggregateEmissions(db, t.organizationId, {
      periodIds: [t.periodOf(2022), t.periodOf(2023)],
      groupBy: ["period"],
    });
    const kg = (year: number) => groups.find((g) => g.key.period === t.periodOf(year))?.kgCO2e;
    expect(result.total.fromKg).toBe(kg(2022));
    expect(result.total.toKg).toBe(kg(2023));
  });

  it("a new spend ratio year of the same category and purpose is a factor effect, not a new group", async () => {
    const spend = result.groups.filter((g) => g.activityTypeId === "spend.ratio");
    expect(spend).toHaveLength(1);
    const [g] = spend as [(typeof spend)[number]];
    expect(g.variantKey).toBe("unit=kEUR;purpose=purchased_services;ratioCategory=legal_accounting_consulting");
    expect([g.fromQuantity, g.toQuantity]).toEqual(["100", "120"]);
    expect(g.perimeterKg).toBe("0.000000");
    const lines = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId, activityTypeId: "spend.ratio" },
      select: { periodId: true, factorId: true },
    });
    const factors = new Set(lines.map((l) => l.factorId));
    expect(factors.size).toBe(2); // 2022 and 2023 ratios: two ADEME elements
    expect(Number(g.factorKg)).not.toBe(0);
    // activity effect = (120 − 100) × E₀ / 100
    expect(g.activityKg).toBe(new Decimal(g.fromKg).times(20).div(100).toFixed(6));
  });

  it("counts a stage-split activity's quantity once, and a new site and a new flight band as perimeter", async () => {
    const grid = result.groups.find((g) => g.activityTypeId === "energy.electricity.grid" && g.siteId === t.siteId)!;
    const lines = await db.emissionLine.count({
      where: { organizationId: t.organizationId, activityTypeId: "energy.electricity.grid", siteId: t.siteId },
    });
    expect(lines).toBeGreaterThan(2 * 2); // stage lines in both periods (and a draft's)
    expect([grid.fromQuantity, grid.toQuantity]).toEqual(["12000", "10000"]);
    expect(grid.perimeterKg).toBe("0.000000");
    const newSite = result.groups.find((g) => g.activityTypeId === "energy.electricity.grid" && g.siteId === lyon)!;
    expect(newSite.fromQuantity).toBeNull();
    expect(newSite.perimeterKg).toBe(newSite.toKg);
    expect(newSite.activityKg).toBe(newSite.toKg);
    const planes = result.groups.filter((g) => g.activityTypeId === "travel.plane" && g.siteId === t.siteId);
    expect(planes.map((g) => g.variantKey).sort()).toEqual([
      "unit=p.km;band=1000-2000;contrails=true;seatClass=101_220",
      "unit=p.km;band=500-1000;contrails=true;seatClass=101_220",
    ]);
    for (const g of planes) expect(g.perimeterKg).toBe(g.deltaKg);
    const lyonPlanes = result.groups.find((g) => g.activityTypeId === "travel.plane" && g.siteId === lyon)!;
    expect(lyonPlanes.toQuantity).toBe("2100"); // two activities of one group
    expect(new Decimal(result.total.perimeterKg).toNumber()).toBeGreaterThan(0);
  });

  it("never reads another organisation's lines, whichever period ids it is given", async () => {
    const zero = { fromKg: "0.000000", toKg: "0.000000", deltaKg: "0.000000" };
    const theirs = await yearOverYear(db, t.organizationId, {
      fromPeriodId: other.periodOf(2022),
      toPeriodId: other.periodOf(2023),
    });
    expect(theirs.total).toMatchObject(zero);
    expect(theirs.groups).toEqual([]);
    const ours = await yearOverYear(db, other.organizationId, {
      fromPeriodId: t.periodOf(2022),
      toPeriodId: t.periodOf(2023),
    });
    expect(ours.total).toMatchObject(zero);
  });

  it("the migration's backfill writes the key the engine writes", async () => {
    const dir = readdirSync("prisma/migrations").find((d) => d.endsWith("_variant_key")) as string;
    const migration = readFileSync(`prisma/migrations/${dir}/migration.sql`, "utf8");
    const backfill = migration.slice(migration.indexOf("WITH defaults"));
    const before = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId },
      select: { id: true, variantKey: true },
    });
    expect(before.every((l) => l.variantKey !== null)).toBe(true);
    await db.$executeRawUnsafe(
      `UPDATE "EmissionLine" SET "variantKey" = NULL WHERE "organizationId" = '${t.organizationId}'`,
    );
    await db.$executeRawUnsafe(backfill);
    const after = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId },
      select: { id: true, variantKey: true },
    });
    expect(new Map(after.map((l) => [l.id, l.variantKey]))).toEqual(new Map(before.map((l) => [l.id, l.variantKey])));
  });
});
