// The action plan against a real database: expected reduction (typed, or % converted on the linked posts'
// latest emissions) beside the achieved one measured by the reporting layer's year over year on a
// two-period fixture; links to another organisation's site, product or member refused; audit rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createAction, moveAction } from "@/lib/reductions/mutations";
import { listActions } from "@/lib/reductions/queries";
import { zActionInput } from "@/lib/reductions/schemas";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

type Tenant = Awaited<ReturnType<typeof tenantWithPeriods>>;
let t: Tenant;
let other: Tenant;

// Electricity (scope 2): 2,000 units at 25 kg in 2022 = 50 t; 1,600 units at 25 kg in 2023 = 40 t: −10 t of
// activity effect. Business travel (cat. 6): 1 unit, 250 t → 200 t: a factor effect of −50 t (same quantity).
async function seed(tenant: Tenant) {
  const line = async (year: number, type: string, quantity: string, kg: string, scope: 2 | 3) => {
    const id = await storeHandActivity(db, tenant.organizationId, {
      periodId: tenant.periodOf(year),
      activityTypeId: type,
      lines: [{ kg, scope, ...(scope === 3 ? { ghgCategory: 6 } : {}), begesPoste: scope === 2 ? "2.1" : "3.5" }],
    });
    await db.emissionLine.updateMany({ where: { activityId: id }, data: { quantity } });
  };
  await line(2022, "test.electricity", "2000", "50000", 2);
  await line(2023, "test.electricity", "1600", "40000", 2);
  await line(2022, "test.travel", "1", "250000", 3);
  await line(2023, "test.travel", "1", "200000", 3);
}

const input = (over: Record<string, unknown> = {}) =>
  zActionInput("fr").parse({
    title: "Sobriété électrique",
    type: "REDUCTION",
    status: "IN_PROGRESS",
    posts: ["scope2"],
    expectedUnit: "TCO2E",
    expectedValue: "12,5",
    costEur: "25 000",
    ...over,
  });

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2022, 2023], { roles: ["OWNER", "VIEWER"] });
  other = await tenantWithPeriods(db, [2022, 2023], { roles: ["OWNER", "VIEWER"] });
  await seed(t);
});

describe("reduction actions", () => {
  it("expected 12.5 t beside the achieved 10 t measured 2022 → 2023, all activity effect; cost 2,000 €/t", async () => {
    const created = await createAction(db, t.scope(), input());
    const view = (await listActions(db, t.organizationId)).actions.find((a) => a.id === created.id)!;
    expect(view.expectedKg).toBe(12_500);
    expect(view.costPerTonne).toBe(25_000 / 12.5);
    expect(view.achieved).toEqual({
      fromYear: 2022,
      toYear: 2023,
      kg: 50_000 - 40_000,
      activityKg: 10_000,
      factorKg: 0,
    });
  });

  it("15 % of cat. 6's latest 200 t is 30 t expected; the 50 t achieved there is a factor effect", async () => {
    const created = await createAction(
      db,
      t.scope(),
      input({ posts: ["3.6"], expectedUnit: "PERCENT", expectedValue: "15" }),
    );
    const view = (await listActions(db, t.organizationId)).actions.find((a) => a.id === created.id)!;
    expect(view.expectedKg).toBe(200_000 * 0.15);
    expect(view.achieved).toMatchObject({ kg: 50_000, activityKg: 0, factorKg: 50_000 });
  });

  it("avoided emissions are never measured as an inventory reduction", async () => {
    const created = await createAction(db, t.scope(), input({ type: "AVOIDED", posts: ["3.6"] }));
    const view = (await listActions(db, t.organizationId)).actions.find((a) => a.id === created.id)!;
    expect(view.achieved).toBeNull();
  });

  it("moving to done sets progress to 100 % and is audited", async () => {
    const created = await createAction(db, t.scope(), input({ progressPct: "40" }));
    await moveAction(db, t.scope(), created.id, "DONE");
    const row = await db.reductionAction.findFirstOrThrow({
      where: { id: created.id, organizationId: t.organizationId },
    });
    expect([row.status, row.progressPct]).toEqual(["DONE", 100]);
    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: created.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["reductionAction.create", "reductionAction.move"]);
  });

  it("links to another organisation's site, product or member are NOT_FOUND and save nothing", async () => {
    const product = await db.product.create({
      data: { organizationId: other.organizationId, name: "Other", functionalUnit: "unit" },
    });
    const before = await db.reductionAction.count({ where: { organizationId: t.organizationId } });
    for (const over of [
      { siteIds: [other.siteId] },
      { productIds: [product.id] },
      { ownerId: other.actorOf("VIEWER").id },
    ]) {
      await expect(createAction(db, t.scope(), input(over))).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.reductionAction.count({ where: { organizationId: t.organizationId } })).toBe(before);
    // A member of the organisation may own it.
    await expect(createAction(db, t.scope(), input({ ownerId: t.actorOf("VIEWER").id }))).resolves.toBeTruthy();
  });

  it("a negative cost, an end before the start or 120 % are refused by the schema", () => {
    expect(() => input({ costEur: "-5" })).toThrow(ZodError);
    expect(() => input({ startDate: "2026-05-01", endDate: "2026-01-01" })).toThrow(ZodError);
    expect(() => input({ expectedUnit: "PERCENT", expectedValue: "120" })).toThrow(ZodError);
  });
});
