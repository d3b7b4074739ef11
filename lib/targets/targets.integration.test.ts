// Targets against a real database, every expected figure computed again here from the fixture's kg:
// linear SBTi paths, the scope-3 coverage warning, the gap with planned actions, the base-year change flag,
// intensity targets, refusals that save nothing. Lines are hand-written (lib/reporting/testing.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createAction } from "@/lib/reductions/mutations";
import { zActionInput } from "@/lib/reductions/schemas";
import { storeHandActivity, type THandLine } from "@/lib/reporting/testing";
import { createTarget, rebaseTarget } from "@/lib/targets/mutations";
import { zTargetCreate } from "@/lib/targets/schemas";
import { getTrajectory } from "@/lib/trajectory/trajectory";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

type Tenant = Awaited<ReturnType<typeof tenantWithPeriods>>;
let t: Tenant;
let other: Tenant;

// kg per post: 2022 (base) and 2023 (latest).
const KG = {
  2022: { scope1: 100_000, scope2: 50_000, "3.1": 600_000, "3.6": 250_000 },
  2023: { scope1: 90_000, scope2: 40_000, "3.1": 620_000, "3.6": 200_000 },
} as const;
const lineOf = (post: string, kg: number): THandLine =>
  post.startsWith("3.")
    ? { kg: String(kg), scope: 3, ghgCategory: Number(post.slice(2)), begesPoste: "4.1" }
    : { kg: String(kg), scope: post === "scope1" ? 1 : 2, begesPoste: post === "scope1" ? "1.1" : "2.1" };

async function seed(tenant: Tenant) {
  for (const year of [2022, 2023] as const) {
    for (const [post, kg] of Object.entries(KG[year])) {
      await storeHandActivity(db, tenant.organizationId, {
        periodId: tenant.periodOf(year),
        activityTypeId: `test.${post}`,
        lines: [lineOf(post, kg)],
      });
    }
  }
}

const target = (tenant: Tenant, over: Record<string, unknown> = {}) =>
  zTargetCreate("en").parse({
    name: "Near-term 2030",
    kind: "ABSOLUTE",
    preset: "SBTI_1_5",
    basePeriodId: tenant.periodOf(2022),
    targetYear: 2030,
    reductionPct: "33.6",
    posts: ["scope1", "scope2"],
    ...over,
  });
const action = (over: Record<string, unknown> = {}) =>
  zActionInput("en").parse({
    title: "Heat pumps",
    type: "REDUCTION",
    status: "PLANNED",
    posts: ["scope2"],
    expectedUnit: "TCO2E",
    expectedValue: "10",
    startDate: "2026-01-01",
    ...over,
  });

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2022, 2023]);
  other = await tenantWithPeriods(db, [2022, 2023]);
  await seed(t);
  await seed(other);
});

describe("reduction targets", () => {
  it("SBTi 1.5 °C on scopes 1+2: a linear path to 150 t × (1 − 4.2 % × 8) in 2030, and the gap", async () => {
    const created = await createTarget(db, t.scope(), target(t));
    expect(Number(created.baseValueAtCreation)).toBe(150_000);
    const view = (await getTrajectory(db, t.organizationId)).targets[0]!;
    const allowed2030 = 150_000 * (1 - 0.042 * 8); // 99,600
    const allowed2026 = 150_000 * (1 - 0.336 * (4 / 8)); // 124,800
    expect(view.series.find((p) => p.year === 2030)?.target).toBeCloseTo(allowed2030, 6);
    expect(view.series.find((p) => p.year === 2026)?.target).toBeCloseTo(allowed2026, 6);
    expect(view.series.find((p) => p.year === 2023)?.actual).toBe(130_000);
    // No action yet: the projection stays at 2023's 130 t.
    expect(view.gap).toMatchObject({ year: 2030, projected: 130_000 });
    expect(view.gap!.gap).toBeCloseTo(130_000 - allowed2030, 6);
    expect(view.gap!.gapPct).toBeCloseTo(((130_000 - allowed2030) / 130_000) * 100, 5);
    expect(view.base).toEqual({ atCreation: 150_000, now: 150_000, changed: false });
  });

  it("scope 3 is 85 % of 2022: warned until a scope 3 target covers two thirds (cat. 1 = 600 / 850)", async () => {
    let view = (await getTrajectory(db, t.organizationId)).targets[0]!;
    expect(view.warnings).toContainEqual({ code: "scope3Uncovered", scope3Share: 850 / 1000, bestCoverage: 0 });
    await createTarget(db, t.scope(), target(t, { name: "Scope 3 cat. 6", posts: ["3.6"], reductionPct: "40" }));
    view = (await getTrajectory(db, t.organizationId)).targets.find((v) => v.name === "Near-term 2030")!;
    const warning = view.warnings.find((w) => w.code === "scope3Uncovered");
    expect(warning && "bestCoverage" in warning ? warning.bestCoverage : null).toBeCloseTo(250 / 850, 9);
    await createTarget(db, t.scope(), target(t, { name: "Scope 3 purchases", posts: ["3.1"], reductionPct: "40" }));
    view = (await getTrajectory(db, t.organizationId)).targets.find((v) => v.name === "Near-term 2030")!;
    expect(view.warnings.filter((w) => w.code === "scope3Uncovered")).toEqual([]);
  });

  it("a planned 10 t action on scope 2 from 2026 lowers the projection and the gap by 10 t", async () => {
    await createAction(db, t.scope(), action());
    const view = (await getTrajectory(db, t.organizationId)).targets.find((v) => v.name === "Near-term 2030")!;
    expect(view.series.find((p) => p.year === 2025)?.projected).toBe(130_000);
    expect(view.series.find((p) => p.year === 2026)?.projected).toBe(120_000);
    expect(view.gap!.gap).toBeCloseTo(120_000 - 150_000 * (1 - 0.336), 6);
  });

  it("below the preset's minimum is flagged: 20 % by 2030 from 2022 < 33.6 %", async () => {
    await createTarget(db, t.scope(), target(t, { name: "Weak", reductionPct: "20", posts: ["3.1", "3.6"] }));
    const view = (await getTrajectory(db, t.organizationId)).targets.find((v) => v.name === "Weak")!;
    expect(view.warnings).toContainEqual({ code: "belowPreset", minimumPct: 33.6 });
  });

  it("a recalculated base year is flagged with before / after, and can be accepted as the new base", async () => {
    const own = await tenantWithPeriods(db, [2022, 2023]);
    await seed(own);
    const created = await createTarget(db, own.scope(), target(own));
    await storeHandActivity(db, own.organizationId, {
      periodId: own.periodOf(2022),
      activityTypeId: "test.late-invoice",
      lines: [lineOf("scope1", 5_000)],
    });
    let view = (await getTrajectory(db, own.organizationId)).targets[0]!;
    expect(view.base).toEqual({ atCreation: 150_000, now: 155_000, changed: true });
    await rebaseTarget(db, own.scope(), created.id);
    view = (await getTrajectory(db, own.organizationId)).targets[0]!;
    expect(view.base).toEqual({ atCreation: 155_000, now: 155_000, changed: false });
    expect(view.series.find((p) => p.year === 2030)?.target).toBeCloseTo(155_000 * (1 - 0.336), 6);
    const audit = await db.auditEvent.findMany({ where: { organizationId: own.organizationId, entityId: created.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["target.create", "target.rebase"]);
  });

  it("an intensity target per k€: 150 t over 2,000 k€ = 75 kg/k€ at base", async () => {
    const own = await tenantWithPeriods(db, [2022, 2023]);
    await seed(own);
    await db.reportingPeriod.update({ where: { id: own.periodOf(2022) }, data: { annualRevenueEur: "2000000" } });
    await db.reportingPeriod.update({ where: { id: own.periodOf(2023) }, data: { annualRevenueEur: "2600000" } });
    const created = await createTarget(db, own.scope(), target(own, { kind: "INTENSITY_REVENUE", preset: "CUSTOM" }));
    expect(Number(created.baseValueAtCreation)).toBe(75);
    const view = (await getTrajectory(db, own.organizationId)).targets[0]!;
    expect(view.series.find((p) => p.year === 2023)?.actual).toBe(50); // 130 t / 2,600 k€
  });

  it("an SNBC-like custom path: the points entered, the target year's reduction last", async () => {
    const own = await tenantWithPeriods(db, [2022, 2023]);
    await seed(own);
    await createTarget(
      db,
      own.scope(),
      target(own, { preset: "CUSTOM_PATH", reductionPct: "40", pathText: "2026 20\n2028: 25.5", posts: ["scope1"] }),
    );
    const view = (await getTrajectory(db, own.organizationId)).targets[0]!;
    expect(view.pathPoints).toEqual([
      { year: 2026, reductionPct: 20 },
      { year: 2028, reductionPct: 25.5 },
      { year: 2030, reductionPct: 40 },
    ]);
    expect(view.series.find((p) => p.year === 2024)?.target).toBeCloseTo(100_000 * (1 - 0.1), 6);
    expect(view.series.find((p) => p.year === 2029)?.target).toBeCloseTo(100_000 * (1 - 0.3275), 6);
  });

  it("bad input is refused with its field and nothing is saved", async () => {
    const own = await tenantWithPeriods(db, [2022, 2023]);
    await seed(own);
    const count = () => db.reductionTarget.count({ where: { organizationId: own.organizationId } });
    await expect(createTarget(db, own.scope(), target(own, { targetYear: 2021 }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { targetYear: "trajectory.validation.targetYear" },
    });
    expect(() => target(own, { reductionPct: "101" })).toThrow(ZodError);
    expect(() => target(own, { posts: [] })).toThrow(ZodError);
    expect(() => target(own, { pathText: "2026 abc" })).toThrow(ZodError);
    await expect(
      createTarget(db, own.scope(), target(own, { basePeriodId: other.periodOf(2022) })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createTarget(db, own.scope(), target(own, { siteIds: [other.siteId] }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createTarget(db, own.scope(), target(own, { preset: "CUSTOM_PATH", pathText: "2031 10" })),
    ).rejects.toMatchObject({ fieldErrors: { pathText: "trajectory.validation.pathYears" } });
    expect(await count()).toBe(0);
  });
});
