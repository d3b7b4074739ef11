import { afterAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { loadCompleteness } from "@/lib/completeness/queries";
import { setNotationKey } from "@/lib/notation-keys/mutations";
import { ZNotationKeySet } from "@/lib/notation-keys/schemas";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

describe("completeness of a period", () => {
  it("sums the stored lines per category and site (12,000 kWh + 6,000 kWh of French grid electricity = 622.8 + 311.4 kg)", async () => {
    const t = await tenantWithPeriods(db, [2024, 2025]);
    const other = await tenantWithPeriods(db, [2024]);
    await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId }));
    await createActivity(db, t.scope(), electricity(t.periodOf(2024), { siteId: t.siteId, quantity: "6000" }));
    await createActivity(db, t.scope(), electricity(t.periodOf(2025))); // another period: not counted
    await createActivity(db, other.scope(), electricity(other.periodOf(2024))); // another organisation
    await setNotationKey(
      db,
      t.scope(),
      ZNotationKeySet.parse({ periodId: t.periodOf(2024), category: "freight", kind: "NOT_OCCURRING" }),
    );

    const { rows, sites } = await loadCompleteness(db, t.organizationId, t.periodOf(2024), "2026-12-05");
    expect(sites.map((s) => s.name)).toEqual(["Siège"]);
    const energy = rows.find((r) => r.category === "energy")!;
    expect(energy).toMatchObject({ state: "inProgress", lines: 2, kgCO2e: "934.200000" });
    expect(energy.sites).toMatchObject([{ siteId: t.siteId, lines: 2, kgCO2e: "934.200000" }]);
    expect(rows.find((r) => r.category === "freight")).toMatchObject({ state: "notationKey", lines: 0 });
    expect(rows.filter((r) => r.state === "notStarted").map((r) => r.category)).toEqual([
      "travel",
      "commuting",
      "purchases",
      "equipment",
      "waste",
      "digital",
    ]);
  });
});
