import { afterAll, describe, expect, it } from "vitest";
import { carryIntoPeriod } from "@/lib/activity/carry-period";
import { createActivity, deleteActivity, recomputeActivities, updateActivity } from "@/lib/activity/mutations";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { carriedIntoPeriod, carriedYearsOf } from "@/lib/activity/carried-queries";
import { getActivityWithLines } from "@/lib/activity/queries";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { updatePeriodCalcSettings } from "@/lib/periods/calc-settings";
import { ZPeriodCreate } from "@/lib/periods/schemas";
import { createPeriod, deletePeriod, setPeriodLocked } from "@/lib/periods/mutations";
import { testDb } from "@/tests/fixtures/tenants";

// Amortised equipment reports its share in every later period its lifetime reaches (ADEME-Arcep laptop
// 185.09 kg = 170 + 12.3 + 2.79), with the acquisition period's method; whole: all in the acquisition year.
const db = testDb();
afterAll(() => db.$disconnect());

const AMORTISED = { gwpSet: "AR5", includeContrails: true, capitalGoodsMethod: "amortised" } as const;
const laptop = (periodId: string, overrides: Record<string, unknown> = {}) =>
  ZActivityCreate.parse({
    periodId,
    activityTypeId: "equipment.laptop",
    quantity: "1",
    unit: "unit",
    options: { lifetimeYears: 4 },
    ...overrides,
  });

/** kgCO2e per period year of an activity's lines. */
async function byYear(organizationId: string, activityId: string) {
  const lines = await db.emissionLine.findMany({
    where: { organizationId, activityId },
    select: { kgCO2e: true, period: { select: { year: true } } },
  });
  const out: Record<number, string> = {};
  for (const l of lines) out[l.period.year] = (Number(out[l.period.year] ?? 0) + Number(l.kgCO2e)).toString();
  return out;
}

async function amortisedTenant(years: number[], locked: number[] = []) {
  const t = await tenantWithPeriods(db, years);
  await updatePeriodCalcSettings(db, t.scope(), t.periodOf(years[0] as number), AMORTISED);
  for (const y of locked) await setPeriodLocked(db, t.scope(), t.periodOf(y), true);
  return t;
}

describe("amortised equipment carried into later periods", () => {
  it("laptop 185.09 kg over 4 years bought in 2024: 185.09 / 4 = 46.2725 kg in 2024, 2025, 2026 and 2027, nothing in 2028", async () => {
    const t = await amortisedTenant([2024, 2025, 2026, 2027, 2028]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024)));
    expect(a.kgCO2e.toFixed()).toBe("46.2725");
    expect(await byYear(t.organizationId, a.id)).toEqual({
      2024: "46.2725",
      2025: "46.2725",
      2026: "46.2725",
      2027: "46.2725",
    });
    const carried = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId, activityId: a.id, periodId: t.periodOf(2026) },
      orderBy: { position: "asc" },
    });
    // Each stage a quarter: 170 / 4 = 42.5 manufacture, 12.3 / 4 = 3.075 distribution, 2.79 / 4 = 0.6975 end of life.
    expect(carried.map((l) => [l.kgCO2e.toFixed(), l.scope, l.ghgCategory, l.begesPoste])).toEqual([
      ["42.5", 3, 2, "4.2"],
      ["3.075", 3, 2, "4.2"],
      ["0.6975", 3, 2, "4.2"],
    ]);
    // Editing to 2 laptops rewrites every carried year: 2 × 46.2725 = 92.545.
    await updateActivity(db, t.scope(), a.id, laptop(t.periodOf(2024), { quantity: "2" }));
    expect(Object.values(await byYear(t.organizationId, a.id))).toEqual(["92.545", "92.545", "92.545", "92.545"]);
  });

  it("whole (the default method): 185.09 kg in 2024 and nothing carried into 2025", async () => {
    const t = await tenantWithPeriods(db, [2024, 2025]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024), { options: {} }));
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "185.09" });
  });

  it("the acquisition period's method governs: 2025 whole does not stop 2024's amortised laptop carrying into it", async () => {
    const t = await amortisedTenant([2024, 2025]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024)));
    const lines = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId, activityId: a.id, periodId: t.periodOf(2025) },
    });
    expect(lines.map((l) => Number(l.kgCO2e)).reduce((x, y) => x + y)).toBeCloseTo(46.2725, 9);
  });

  it("a period created afterwards picks up the share: 2025 created after the 2024 laptop gets 46.2725 kg; deleting it drops them", async () => {
    const t = await amortisedTenant([2024]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024)));
    const p2025 = await createPeriod(db, t.scope(), ZPeriodCreate.parse({ year: 2025 }));
    const started = performance.now();
    const summary = await carryIntoPeriod(db, t.scope(), p2025.id);
    const ms = performance.now() - started;
    expect(summary).toEqual({ activities: 1, lines: 3, kgCO2e: "46.2725" }); // 3 stage lines
    expect(ms).toBeLessThan(2000); // measured ~100 ms here: inline in the creation request
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "46.2725", 2025: "46.2725" });
    // Idempotent: running it again replaces, never doubles.
    await carryIntoPeriod(db, t.scope(), p2025.id);
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "46.2725", 2025: "46.2725" });
    await deletePeriod(db, t.scope(), p2025.id);
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "46.2725" });
  });

  it("a locked later period refuses the edit and the delete (CARRIED_PERIOD_LOCKED): 2025's 46.2725 kg stays", async () => {
    const t = await amortisedTenant([2024, 2025]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024)));
    await setPeriodLocked(db, t.scope(), t.periodOf(2025), true);
    await expect(
      updateActivity(db, t.scope(), a.id, laptop(t.periodOf(2024), { quantity: "3" })),
    ).rejects.toMatchObject({ code: "CARRIED_PERIOD_LOCKED" });
    await expect(deleteActivity(db, t.scope(), a.id)).rejects.toMatchObject({ code: "CARRIED_PERIOD_LOCKED" });
    // A new amortised laptop that would reach the locked 2025 is refused too.
    await expect(createActivity(db, t.scope(), laptop(t.periodOf(2024)))).rejects.toMatchObject({
      code: "CARRIED_PERIOD_LOCKED",
    });
    // The 2024 recalculation job leaves the locked 2025 line as it was.
    await recomputeActivities(db, t.scope(), { periodId: t.periodOf(2024) });
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "46.2725", 2025: "46.2725" });
  });

  it("switching 2024 to whole in the recompute job removes the carried lines: 185.09 in 2024, none in 2025", async () => {
    const t = await amortisedTenant([2024, 2025]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024)));
    await updatePeriodCalcSettings(db, t.scope(), t.periodOf(2024), { ...AMORTISED, capitalGoodsMethod: "whole" });
    await recomputeActivities(db, t.scope(), { periodId: t.periodOf(2024) });
    expect(await byYear(t.organizationId, a.id)).toEqual({ 2024: "185.09" });
  });

  it("bulk saves carry too: 3 laptops over 4 years = 3 × 46.2725 = 138.8175 kg in 2024 and 2025", async () => {
    const t = await amortisedTenant([2024, 2025]);
    const result = await saveActivitiesBulk(db, t.scope(), [
      {
        periodId: t.periodOf(2024),
        activityTypeId: "equipment.laptop",
        quantity: "3",
        unit: "unit",
        options: { lifetimeYears: 4 },
      },
    ]);
    expect(result.lines).toBe(6); // 3 stage lines in each of 2024 and 2025
    expect(await byYear(t.organizationId, result.activityIds[0] as string)).toEqual({
      2024: "138.8175",
      2025: "138.8175",
    });
  });

  it("never carries into another organisation's periods: B's 2025 stays empty when A's 2024 laptop is carried", async () => {
    const a = await amortisedTenant([2024, 2025]);
    const b = await tenantWithPeriods(db, [2025]);
    const activity = await createActivity(db, a.scope(), laptop(a.periodOf(2024)));
    const periodIds = (await db.emissionLine.findMany({ where: { activityId: activity.id } })).map((l) => l.periodId);
    expect(new Set(periodIds)).toEqual(new Set([a.periodOf(2024), a.periodOf(2025)]));
    expect(await db.emissionLine.count({ where: { periodId: b.periodOf(2025) } })).toBe(0);
    // Carrying into B's period as A finds nothing of A's there (another organisation's period is not found).
    await expect(carryIntoPeriod(db, a.scope(), b.periodOf(2025))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads: 2025's list holds the 2024 laptop as carried (46.2725 kg); the line page lists 2025 and 2026; another organisation reads nothing", async () => {
    const t = await amortisedTenant([2024, 2025, 2026]);
    const other = await tenantWithPeriods(db, [2025]);
    const a = await createActivity(db, t.scope(), laptop(t.periodOf(2024), { label: "MacBook" }));
    expect(await carriedIntoPeriod(db, t.organizationId, t.periodOf(2025), ["equipment.laptop"])).toEqual([
      {
        activityId: a.id,
        activityTypeId: "equipment.laptop",
        label: "MacBook",
        fromPeriodId: t.periodOf(2024),
        fromYear: 2024,
        kgCO2e: "46.2725",
      },
    ]);
    // The acquisition period's own list has no carried rows.
    expect(await carriedIntoPeriod(db, t.organizationId, t.periodOf(2024), ["equipment.laptop"])).toEqual([]);
    expect(
      (await carriedYearsOf(db, t.organizationId, a.id, t.periodOf(2024))).map((y) => [y.year, y.kgCO2e, y.locked]),
    ).toEqual([
      [2025, "46.2725", false],
      [2026, "46.2725", false],
    ]);
    expect(await carriedIntoPeriod(db, other.organizationId, t.periodOf(2025), ["equipment.laptop"])).toEqual([]);
    expect(await carriedYearsOf(db, other.organizationId, a.id, t.periodOf(2024))).toEqual([]);
    // The line page reads the activity's own lines only: 3 stage lines of 2024.
    const own = await getActivityWithLines(db, t.organizationId, a.id);
    expect(own?.lines.map((l) => l.periodId)).toEqual([t.periodOf(2024), t.periodOf(2024), t.periodOf(2024)]);
  });
});
