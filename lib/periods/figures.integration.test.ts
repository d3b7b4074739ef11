import { afterAll, describe, expect, it } from "vitest";
import { updatePeriodFigures, zPeriodFigures } from "@/lib/periods/figures";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const periodOf = (organizationId: string) =>
  db.reportingPeriod.create({
    data: {
      organizationId,
      year: 2025,
      label: "2025",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2025-12-31"),
    },
  });

describe("period headcount and revenue", () => {
  it("stores the figures typed in French, audits a change once, and refuses another organisation's period", async () => {
    const mine = await createTenant(db);
    const theirs = await createTenant(db);
    const period = await periodOf(mine.organization.id);
    const other = await periodOf(theirs.organization.id);
    const values = zPeriodFigures("fr").parse({ headcount: "1 250", annualRevenueEur: "2 400 000,50" });
    await updatePeriodFigures(db, mine.scope(), period.id, values);
    await updatePeriodFigures(db, mine.scope(), period.id, values); // unchanged: no second audit row
    const stored = await db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } });
    expect([stored.headcount, stored.annualRevenueEur?.toFixed(2)]).toEqual([1250, "2400000.50"]);
    expect(
      await db.auditEvent.count({ where: { organizationId: mine.organization.id, action: "period.figures" } }),
    ).toBe(1);
    await expect(updatePeriodFigures(db, mine.scope(), other.id, values)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.reportingPeriod.findUniqueOrThrow({ where: { id: other.id } })).headcount).toBeNull();
    // Emptied: back to the profile's figures.
    await updatePeriodFigures(
      db,
      mine.scope(),
      period.id,
      zPeriodFigures("fr").parse({ headcount: "", annualRevenueEur: "" }),
    );
    expect((await db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).headcount).toBeNull();
  });
});
