// Climate contributions against a real database: totals by kind and the budget start from values computed
// here; the inventory's gross total is unchanged by any contribution; bad input saves nothing; audit rows.
import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createContribution, deleteContribution } from "@/lib/contributions/mutations";
import { getContributions } from "@/lib/contributions/queries";
import { zContributionCreate } from "@/lib/contributions/schemas";
import { contributionBudget } from "@/lib/contributions/totals";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const project = (over: Record<string, unknown> = {}) =>
  zContributionCreate("fr").parse({
    name: "Forêt du Morvan",
    kind: "REMOVAL",
    standard: "Label Bas-Carbone",
    vintage: "2024",
    tonnes: "35,5",
    pricePerTonneEur: "48",
    ...over,
  });

describe("climate contributions", () => {
  it("totals by kind, the budget on the latest gross footprint, and the footprint never reduced", async () => {
    const t = await tenantWithPeriods(db, [2024, 2025]);
    await storeHandActivity(db, t.organizationId, {
      periodId: t.periodOf(2024),
      activityTypeId: "test.fuel",
      lines: [{ kg: "400000", scope: 1, begesPoste: "1.1" }],
    });
    await storeHandActivity(db, t.organizationId, {
      periodId: t.periodOf(2025),
      activityTypeId: "test.fuel",
      lines: [{ kg: "354200", scope: 1, begesPoste: "1.1" }],
    });
    const gross = async () =>
      (await aggregateEmissions(db, t.organizationId, { periodIds: [t.periodOf(2025)], groupBy: [] })).groups[0]!
        .kgCO2e;
    const before = await gross();
    await createContribution(db, t.scope(), project());
    await createContribution(db, t.scope(), project({ name: "Biochar", tonnes: "10", pricePerTonneEur: "110,33" }));
    await createContribution(
      db,
      t.scope(),
      project({ name: "Cuiseurs", kind: "AVOIDANCE", tonnes: "120", pricePerTonneEur: "12,5" }),
    );
    const data = await getContributions(db, t.organizationId);
    expect(data.totals).toEqual({
      removal: { tonnes: 35.5 + 10, eur: 35.5 * 48 + 10 * 110.33 },
      avoidance: { tonnes: 120, eur: 120 * 12.5 },
      all: { tonnes: 165.5, eur: 35.5 * 48 + 10 * 110.33 + 120 * 12.5 },
    });
    expect(data.footprint).toEqual({ year: 2025, tonnes: 354.2 });
    expect(contributionBudget(data.footprint!.tonnes, 100)).toBe(35_420);
    expect(await gross()).toBe(before);
    expect(before).toBe("354200.000000");
  });

  it("refuses nonsense and saves nothing; a delete is audited and scoped", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const other = await tenantWithPeriods(db, [2025]);
    expect(() => project({ tonnes: "-1" })).toThrow(ZodError);
    expect(() => project({ pricePerTonneEur: "-5" })).toThrow(ZodError);
    expect(() => project({ vintage: "1800" })).toThrow(ZodError);
    expect(() => project({ organizationId: other.organizationId })).toThrow(ZodError);
    const row = await createContribution(db, t.scope(), project());
    await expect(deleteContribution(db, other.scope(), row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteContribution(db, t.scope(), row.id);
    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: row.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["contribution.create", "contribution.delete"]);
  });
});
