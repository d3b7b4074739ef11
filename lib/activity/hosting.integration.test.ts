import { afterAll, describe, expect, it } from "vitest";
import { createActivity, updateActivity } from "@/lib/activity/mutations";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

// Hosting entered as servers × power × hours: the kWh become the quantity (one calculation path), the
// inputs stay in options.servers, and the country's grid (Ember; ADEME for France) prices the energy.
const db = testDb();
afterAll(() => db.$disconnect());

const servers = (periodId: string, overrides: Record<string, unknown> = {}) =>
  ZActivityCreate.parse({
    periodId,
    activityTypeId: "digital.hosting.owned",
    quantity: "",
    unit: "",
    options: { servers: { count: 4, watts: 350, hours: 8760 } },
    ...overrides,
  });

describe("hosting by servers", () => {
  it("4 servers × 350 W × 8760 h = 12,264 kWh; Germany (Ember 0.34206) with PUE 1.5: 12,264 × 1.5 × 0.34206 = 6,292.53576 kg", async () => {
    const t = await tenantWithPeriods(db);
    const a = await createActivity(
      db,
      t.scope(),
      servers(t.periodOf(2024), {
        region: "DE",
        options: { servers: { count: 4, watts: 350, hours: 8760 }, pue: 1.5 },
      }),
    );
    expect([a.quantity.toFixed(), a.unit, a.region, a.kgCO2e.toFixed()]).toEqual(["12264", "kWh", "DE", "6292.53576"]);
    expect(a.options).toEqual({ servers: { count: 4, watts: 350, hours: 8760 }, pue: 1.5 });
    const lines = await db.emissionLine.findMany({ where: { organizationId: t.organizationId, activityId: a.id } });
    expect(lines.map((l) => [l.factorId, l.quantity.toFixed(), l.scope])).toEqual([
      ["ember:DEU@2024-co2js-0.19.0", "18396", 2],
    ]);
  });

  it("France keeps ADEME 43642: 12,264 kWh × 0.0519 = 636.5016 kg; switching back to metered 1,000 kWh drops the servers", async () => {
    const t = await tenantWithPeriods(db);
    const a = await createActivity(db, t.scope(), servers(t.periodOf(2024)));
    expect([a.quantity.toFixed(), a.kgCO2e.toFixed()]).toEqual(["12264", "636.5016"]);
    const lines = await db.emissionLine.findMany({ where: { organizationId: t.organizationId, activityId: a.id } });
    expect(new Set(lines.map((l) => l.factorId.split("@")[0]))).toContain("ademe:43642");
    const metered = await updateActivity(
      db,
      t.scope(),
      a.id,
      ZActivityCreate.parse({
        periodId: t.periodOf(2024),
        activityTypeId: "digital.hosting.owned",
        quantity: "1000",
        unit: "kWh",
      }),
    );
    expect([metered.quantity.toFixed(), metered.kgCO2e.toFixed(), metered.options]).toEqual(["1000", "51.9", {}]);
  });

  it("servers on a type that does not take them (a car trip) are refused before anything is saved", () => {
    const parsed = ZActivityCreate.safeParse({
      periodId: "p1",
      activityTypeId: "travel.car",
      options: { servers: { count: 1, watts: 100, hours: 10 } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["options.servers", "activity.validation.optionNotForType"],
    ]);
  });
});
