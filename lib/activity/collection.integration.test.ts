import { afterAll, describe, expect, it } from "vitest";
import { duplicateActivity } from "@/lib/activity/duplicate";
import { assertMayEditActivity } from "@/lib/activity/edit-rights";
import { categoryTotals } from "@/lib/activity/hub";
import { createActivity } from "@/lib/activity/mutations";
import { previewWithFactors } from "@/lib/activity/preview";
import { listActivities } from "@/lib/activity/queries";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const hotel = (periodId: string, quantity: string) =>
  ZActivityCreate.parse({
    periodId,
    activityTypeId: "travel.hotel",
    quantity,
    unit: "night",
    options: { country: "FR" },
  });

describe("data-collection reads", () => {
  it("hub: activities and kgCO2e per category for one period, summed by lib/reporting, other periods and organisations apart", async () => {
    const t = await tenantWithPeriods(db, [2024, 2025]);
    const other = await tenantWithPeriods(db);
    // 12,000 kWh × 0.0519 kgCO2e/kWh (ADEME 43642, three stages) = 622.8; 1,000 kWh = 51.9.
    await createActivity(db, t.scope(), electricity(t.periodOf(2024)));
    await createActivity(db, t.scope(), electricity(t.periodOf(2024), { quantity: "1000" }));
    const night = await createActivity(db, t.scope(), hotel(t.periodOf(2024), "3"));
    await createActivity(db, t.scope(), electricity(t.periodOf(2025), { quantity: "5" }));
    await createActivity(db, other.scope(), electricity(other.periodOf(2024)));

    const totals = await categoryTotals(db, t.organizationId, { periodId: t.periodOf(2024) });
    expect(totals.map((x) => x.category)).toEqual([
      "energy",
      "travel",
      "commuting",
      "purchases",
      "equipment",
      "freight",
      "waste",
      "digital",
    ]);
    expect(totals.find((x) => x.category === "energy")).toEqual({ category: "energy", lines: 2, kgCO2e: "674.700000" });
    expect(totals.find((x) => x.category === "travel")).toEqual({
      category: "travel",
      lines: 1,
      kgCO2e: night.kgCO2e.toFixed(6),
    });
    expect(totals.find((x) => x.category === "waste")).toEqual({ category: "waste", lines: 0, kgCO2e: "0" });
    // Another organisation's period: nothing.
    const foreign = await categoryTotals(db, t.organizationId, { periodId: other.periodOf(2024) });
    expect(foreign.every((x) => x.lines === 0)).toBe(true);
  });

  it("contributors change only the lines they created; managers any; another organisation's id is NOT_FOUND", async () => {
    const t = await tenantWithPeriods(db, [2024], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
    const other = await tenantWithPeriods(db);
    const byManager = await createActivity(db, t.scope("MANAGER"), electricity(t.periodOf(2024)));
    const byContributor = await createActivity(db, t.scope("CONTRIBUTOR"), electricity(t.periodOf(2024)));
    const foreign = await createActivity(db, other.scope(), electricity(other.periodOf(2024)));
    const editor = (role: "MANAGER" | "CONTRIBUTOR" | "VIEWER") => ({
      organizationId: t.organizationId,
      role,
      userId: t.actorOf(role).id,
    });

    await expect(assertMayEditActivity(db, editor("CONTRIBUTOR"), byContributor.id)).resolves.toBeUndefined();
    await expect(assertMayEditActivity(db, editor("CONTRIBUTOR"), byManager.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assertMayEditActivity(db, editor("MANAGER"), byContributor.id)).resolves.toBeUndefined();
    await expect(assertMayEditActivity(db, editor("VIEWER"), byContributor.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assertMayEditActivity(db, editor("MANAGER"), foreign.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists a category's types only, sorted by emissions, one cursor page after another", async () => {
    const t = await tenantWithPeriods(db);
    const small = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { quantity: "10" }));
    const large = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { quantity: "90000" }));
    const middle = await createActivity(db, t.scope(), electricity(t.periodOf(2024), { quantity: "500" }));
    await createActivity(db, t.scope(), hotel(t.periodOf(2024), "2"));
    const filter = { periodId: t.periodOf(2024), activityTypeIds: ["energy.electricity.grid", "energy.natural_gas"] };
    const first = await listActivities(db, t.organizationId, { filter, sort: "emissions", pageSize: 2 });
    expect(first.activities.map((a) => a.id)).toEqual([large.id, middle.id]);
    const second = await listActivities(db, t.organizationId, {
      filter,
      sort: "emissions",
      pageSize: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.activities.map((a) => a.id)).toEqual([small.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("duplicates last year's line into an open period, its date moved by a year; a locked period refuses", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024, 2022], { locked: [2022] });
    const last = await createActivity(
      db,
      t.scope(),
      electricity(t.periodOf(2023), { activityDate: "2023-03-15", label: "Compteur siège" }),
    );
    const copy = await duplicateActivity(db, t.scope(), last.id, { periodId: t.periodOf(2024) });
    expect(copy).toMatchObject({ periodId: t.periodOf(2024), label: "Compteur siège", status: "DRAFT" });
    expect(copy.activityDate?.toISOString().slice(0, 10)).toBe("2024-03-15");
    expect(copy.kgCO2e.toFixed()).toBe(last.kgCO2e.toFixed());
    expect(await db.auditEvent.count({ where: { organizationId: t.organizationId, entityId: copy.id } })).toBe(1);
    await expect(duplicateActivity(db, t.scope(), last.id, { periodId: t.periodOf(2022) })).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
  });

  it("preview names the main factor, its source, value and rule, or the field the engine refuses", async () => {
    const t = await tenantWithPeriods(db);
    const preview = await previewWithFactors(db, t.organizationId, electricity(t.periodOf(2024)));
    expect(preview).toMatchObject({
      ok: true,
      kgCO2e: "622.800000",
      rule: "exact",
      factor: { id: "ademe:43642@23.6", source: "ademe", version: "23.6", value: "0.0519", unit: "kWh" },
    });
    const flight = ZActivityCreate.parse({
      periodId: t.periodOf(2024),
      activityTypeId: "travel.plane",
      options: { airports: { from: "LYS", to: "ZZZ" } },
    });
    expect(await previewWithFactors(db, t.organizationId, flight)).toEqual({
      ok: false,
      fieldErrors: { "options.airports": "activity.validation.unknownAirport" },
    });
  });
});
