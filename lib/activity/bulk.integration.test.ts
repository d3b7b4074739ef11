import { afterAll, describe, expect, it } from "vitest";
import { clearFactorIndexCache, buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { ActivityRowsError } from "@/lib/activity/errors";
import { activityTotals } from "@/lib/reporting/activity-totals";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const row = (periodId: string, n: number, overrides: Record<string, unknown> = {}) => ({
  periodId,
  activityTypeId: "energy.electricity.grid",
  quantity: String(1000 + n),
  unit: "kWh",
  sourceKind: "CSV_IMPORT",
  sourceRef: `import-1:${n}`,
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<ActivityRowsError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActivityRowsError);
  return error as ActivityRowsError;
}

describe("saveActivitiesBulk", () => {
  it("is all or nothing, and reports every bad row together", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024], { locked: [2023] });
    const p = t.periodOf(2024);
    const rows = [
      row(p, 0),
      row(p, 1, { unit: "L" }), // incompatible with electricity
      row(p, 2),
      row(p, 3, { quantity: "abc" }),
      row(t.periodOf(2023), 4), // locked period
      row(p, 5, { activityTypeId: "nope" }),
      row(p, 0, { quantity: "7" }), // same sourceRef twice
      row(p, 7, { siteId: "not-a-site" }),
    ];
    const error = await rejection(saveActivitiesBulk(db, t.scope(), rows));
    expect(error.code).toBe("VALIDATION");
    expect(error.rowErrors.map((e) => [e.row, e.field, e.message])).toEqual([
      [1, "unit", "activity.validation.incompatibleUnit"],
      [3, "quantity", "activity.validation.decimal"],
      [4, "periodId", "errors.PERIOD_LOCKED"],
      [5, "activityTypeId", "activity.validation.unknownType"],
      [6, "sourceRef", "activity.validation.duplicateSourceRef"],
      [7, "siteId", "activity.validation.unknownSite"],
    ]);
    expect(error.fieldErrors).toMatchObject({
      "rows.1.unit": "activity.validation.incompatibleUnit",
      "rows.4.periodId": "errors.PERIOD_LOCKED",
    });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.organizationId, action: "activity.bulkSave" } }),
    ).toBe(0);
  });

  it("is idempotent by (sourceKind, sourceRef): the same rows again change nothing, edited rows are rewritten in place", async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const rows = [row(p, 0), row(p, 1), row(p, 2, { sourceRef: null })];
    const first = await saveActivitiesBulk(db, t.scope(), rows);
    expect(first).toMatchObject({ created: 3, replaced: 0, unchanged: 0, lines: 9 });
    expect(first.kgCO2e).toBe("155.8557"); // (1000 + 1001 + 1002) kWh × 0.0519

    const again = await saveActivitiesBulk(db, t.scope(), rows.slice(0, 2));
    expect(again).toMatchObject({ created: 0, replaced: 0, unchanged: 2, lines: 0 });
    expect(again.activityIds).toEqual(first.activityIds.slice(0, 2));

    const edited = await saveActivitiesBulk(db, t.scope(), [
      row(p, 0, { quantity: "2000", label: "Facture corrigée" }),
      row(p, 1),
    ]);
    expect(edited).toMatchObject({ created: 0, replaced: 1, unchanged: 1, lines: 3 });
    expect(edited.activityIds).toEqual(first.activityIds.slice(0, 2));
    const rewritten = await db.activityData.findUniqueOrThrow({ where: { id: first.activityIds[0] } });
    expect([rewritten.quantity.toFixed(), rewritten.label, rewritten.kgCO2e.toFixed()]).toEqual([
      "2000",
      "Facture corrigée",
      "103.8",
    ]);
    // Timestamps written by the set-based statements are the same instants Prisma would write.
    for (const at of [rewritten.createdAt, rewritten.updatedAt, rewritten.computedAt])
      expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
    expect(rewritten.updatedAt.getTime()).toBeGreaterThan(rewritten.createdAt.getTime());
    const line = await db.emissionLine.findFirstOrThrow({ where: { activityId: rewritten.id } });
    expect(line.computedAt.getTime()).toBe(rewritten.computedAt.getTime());
    expect(line.flags).toEqual([]);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(3);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(9);
    expect((await activityTotals(db, t.organizationId, [first.activityIds[0]!])).kgCO2e).toBe("103.800000");
    const audits = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, action: "activity.bulkSave" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.after)).toMatchObject([{ created: 3 }, { replaced: 1, unchanged: 1 }]);
    expect(audits[1]?.before).toMatchObject({ replaced: 1, kgCO2e: "51.9" });
  });

  it("never rewrites an activity of a locked period, even to move it out", async () => {
    const t = await tenantWithPeriods(db, [2023, 2024]);
    const saved = await saveActivitiesBulk(db, t.scope(), [row(t.periodOf(2023), 0)]);
    await db.reportingPeriod.update({ where: { id: t.periodOf(2023) }, data: { status: "LOCKED" } });
    const error = await rejection(saveActivitiesBulk(db, t.scope(), [row(t.periodOf(2024), 0)]));
    expect(error.rowErrors).toEqual([
      { row: 0, sourceRef: "import-1:0", field: "periodId", message: "errors.PERIOD_LOCKED", code: "PERIOD_LOCKED" },
    ]);
    // The seed's bypass fills locked periods but leaves what is there alone.
    const seeded = await saveActivitiesBulk(
      db,
      t.scope(),
      [row(t.periodOf(2023), 0, { quantity: "5" }), row(t.periodOf(2023), 9)],
      { bypassPeriodLock: true },
    );
    expect(seeded).toMatchObject({ created: 1, replaced: 0, unchanged: 1 });
    const kept = await db.activityData.findUniqueOrThrow({ where: { id: saved.activityIds[0] } });
    expect([kept.periodId, kept.quantity.toFixed()]).toEqual([t.periodOf(2023), "1000"]);
  });

  it("keeps sourceRefs apart per organisation", async () => {
    const a = await tenantWithPeriods(db);
    const b = await tenantWithPeriods(db);
    await saveActivitiesBulk(db, a.scope(), [row(a.periodOf(2024), 0)]);
    const theirs = await saveActivitiesBulk(db, b.scope(), [row(b.periodOf(2024), 0, { quantity: "5" })]);
    expect(theirs.created).toBe(1);
    expect(
      (await db.activityData.findFirstOrThrow({ where: { organizationId: a.organizationId } })).quantity.toFixed(),
    ).toBe("1000");
  });

  // Scale, not speed (speed belongs in `npm run bench`): 10,000 rows cross every batch boundary of the bulk path.
  it("saves, then skips, then rewrites 10,000 activities", { timeout: 240_000 }, async () => {
    const t = await tenantWithPeriods(db);
    const p = t.periodOf(2024);
    const types = [
      { activityTypeId: "energy.electricity.grid", unit: "kWh" },
      { activityTypeId: "energy.natural_gas", unit: "kWh" },
      { activityTypeId: "travel.train.tgv", unit: "p.km" },
      { activityTypeId: "spend.it_services", unit: "k€", activityYear: 2024 },
      { activityTypeId: "commuting.car", unit: "km" },
    ];
    const rows = Array.from({ length: 10_000 }, (_, n) => ({
      ...row(p, n),
      ...types[n % types.length],
      sourceRef: `perf:${n}`,
    }));
    clearFactorIndexCache();
    const indexStarted = performance.now();
    await buildOrganizationFactorIndex(db, t.organizationId);
    const indexMs = performance.now() - indexStarted;
    const started = performance.now();
    const result = await saveActivitiesBulk(db, t.scope(), rows);
    const firstMs = performance.now() - started;
    const again = performance.now();
    const unchanged = await saveActivitiesBulk(db, t.scope(), rows);
    const secondMs = performance.now() - again;
    const edits = performance.now();
    const rewritten = await saveActivitiesBulk(
      db,
      t.scope(),
      rows.map((r) => ({ ...r, quantity: "7" })),
    );
    const thirdMs = performance.now() - edits;
    console.log(
      `[bench] org index (cold) ${indexMs.toFixed(0)} ms; bulk save 10k: new ${firstMs.toFixed(0)} ms, unchanged ${secondMs.toFixed(0)} ms, all rewritten ${thirdMs.toFixed(0)} ms; ${result.lines} lines`,
    );
    expect(result.created).toBe(10_000);
    expect(unchanged.unchanged).toBe(10_000);
    expect(rewritten.replaced).toBe(10_000);
    expect(await db.emissionLine.count({ where: { organizationId: t.organizationId } })).toBe(rewritten.lines);
  });
});
