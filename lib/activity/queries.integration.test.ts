import { afterAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { getActivityWithLines, listActivities, previewActivity } from "@/lib/activity/queries";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

describe("activity queries", () => {
  it("list and read only the organisation's own activities, whatever the cursor", async () => {
    const a = await tenantWithPeriods(db);
    const b = await tenantWithPeriods(db);
    const mine = [];
    for (const quantity of ["100", "200", "300"])
      mine.push(await createActivity(db, a.scope(), electricity(a.periodOf(2024), { quantity })));
    const theirs = await createActivity(db, b.scope(), electricity(b.periodOf(2024)));

    const first = await listActivities(db, a.organizationId, { pageSize: 2 });
    expect(first.activities.map((x) => x.id)).toEqual([mine[2]?.id, mine[1]?.id]);
    const second = await listActivities(db, a.organizationId, { pageSize: 2, cursor: first.nextCursor ?? undefined });
    expect(second.activities.map((x) => x.id)).toEqual([mine[0]?.id]);
    expect(second.nextCursor).toBeNull();
    const foreignCursor = await listActivities(db, a.organizationId, { cursor: theirs.id });
    expect(foreignCursor.activities.map((x) => x.id)).not.toContain(theirs.id);
    expect(await listActivities(db, a.organizationId, { filter: { periodId: b.periodOf(2024) } })).toEqual({
      activities: [],
      nextCursor: null,
    });

    expect(await getActivityWithLines(db, a.organizationId, theirs.id)).toBeNull();
    const own = await getActivityWithLines(db, a.organizationId, mine[0]!.id);
    expect(own?.lines.map((l) => l.position)).toEqual([0, 1, 2]);
    expect(own?.period.year).toBe(2024);
  });

  it("previews the lines an input would give, writing nothing", async () => {
    const t = await tenantWithPeriods(db);
    const preview = await previewActivity(db, t.organizationId, electricity(t.periodOf(2024)));
    expect(preview).toMatchObject({ ok: true, kgCO2e: "622.800000" });
    expect(preview.ok && preview.lines.map((l) => l.factorId)).toEqual([
      "ademe:43642@23.6",
      "ademe:43642@23.6",
      "ademe:43642@23.6",
    ]);
    expect(await previewActivity(db, t.organizationId, electricity(t.periodOf(2024), { unit: "L" }))).toEqual({
      ok: false,
      errors: [{ field: "unit", message: "activity.validation.incompatibleUnit", code: "INCOMPATIBLE_UNITS" }],
    });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });
});
