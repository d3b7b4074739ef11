import { afterAll, describe, expect, it } from "vitest";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { setActivitiesSite } from "@/lib/activity/bulk-assign";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

// Moving activities to a site at once: the site is an input of the calculation (its country chooses the
// electricity factor), so the moved activities are computed again, with their lines, all or nothing.
const db = testDb();
afterAll(() => db.$disconnect());

const electricity = (periodId: string, n: number) => ({
  periodId,
  activityTypeId: "energy.electricity.grid",
  quantity: "1000",
  unit: "kWh",
  sourceKind: "CSV_IMPORT" as const,
  sourceRef: `site-move:${n}`,
});

const kgOf = async (organizationId: string) =>
  (await db.activityData.findMany({ where: { organizationId }, orderBy: { sourceRef: "asc" } })).map((a) =>
    a.kgCO2e.toFixed(),
  );

describe("setActivitiesSite", () => {
  it("recomputes the moved activities with the site's country, moves their lines, audits once, and is idempotent", async () => {
    const t = await tenantWithPeriods(db, [2024]); // a French organisation
    const berlin = await db.site.create({ data: { organizationId: t.organizationId, name: "Berlin", country: "DE" } });
    const p = t.periodOf(2024);
    await saveActivitiesBulk(db, t.scope(), [electricity(p, 1), electricity(p, 2)]);
    const french = await kgOf(t.organizationId);
    const ids = (await db.activityData.findMany({ where: { organizationId: t.organizationId } })).map((a) => a.id);

    expect(await setActivitiesSite(db, t.scope(), ids, berlin.id)).toEqual({ changed: 2, recomputed: 2 });
    const german = await kgOf(t.organizationId);
    // German grid electricity emits several times what French does per kWh.
    expect(Number(german[0])).toBeGreaterThan(3 * Number(french[0]));
    const lines = await db.emissionLine.findMany({ where: { organizationId: t.organizationId } });
    expect(new Set(lines.map((l) => l.siteId))).toEqual(new Set([berlin.id]));
    const sum = lines.reduce((s, l) => s + Number(l.kgCO2e), 0);
    expect(sum).toBeCloseTo(
      german.reduce((s, kg) => s + Number(kg), 0),
      6,
    );
    const audits = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, action: "activity.bulkSetSite" },
    });
    expect(audits.map((a) => a.after)).toEqual([{ siteId: berlin.id, changed: 2, recomputed: 2 }]);

    expect(await setActivitiesSite(db, t.scope(), ids, berlin.id)).toEqual({ changed: 0, recomputed: 0 });
    // Back to no site: the organisation's country again, the French figures.
    expect(await setActivitiesSite(db, t.scope(), ids, null)).toEqual({ changed: 2, recomputed: 2 });
    expect(await kgOf(t.organizationId)).toEqual(french);
  });

  it("refuses another organisation's site or activity and a locked period, changing nothing", async () => {
    const t = await tenantWithPeriods(db, [2024]);
    const other = await tenantWithPeriods(db, [2024]);
    await saveActivitiesBulk(db, t.scope(), [electricity(t.periodOf(2024), 1)]);
    await saveActivitiesBulk(db, other.scope(), [electricity(other.periodOf(2024), 1)]);
    const [mine] = await db.activityData.findMany({ where: { organizationId: t.organizationId } });
    const [theirs] = await db.activityData.findMany({ where: { organizationId: other.organizationId } });
    const before = await kgOf(t.organizationId);
    await expect(setActivitiesSite(db, t.scope(), [mine!.id], other.siteId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setActivitiesSite(db, t.scope(), [mine!.id, theirs!.id], t.siteId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await db.reportingPeriod.update({ where: { id: t.periodOf(2024) }, data: { status: "LOCKED" } });
    await expect(setActivitiesSite(db, t.scope(), [mine!.id], t.siteId)).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    const after = await db.activityData.findFirstOrThrow({ where: { id: mine!.id } });
    expect(after.siteId).toBeNull();
    expect(await kgOf(t.organizationId)).toEqual(before);
  });
});
