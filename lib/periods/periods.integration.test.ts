import { afterAll, describe, expect, it } from "vitest";
import { createPeriod, deletePeriod, setPeriodLocked, updatePeriod } from "@/lib/periods/mutations";
import { listPeriods } from "@/lib/periods/queries";
import { ZPeriodCreate, ZPeriodUpdate } from "@/lib/periods/schemas";
import { createActivity } from "@/lib/activity/mutations";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const newPeriod = (year: number, dates: { startDate?: string; endDate?: string; label?: string } = {}) =>
  ZPeriodCreate.parse({ year, ...dates });
const edit = (label: string, startDate: string, endDate: string) => ZPeriodUpdate.parse({ label, startDate, endDate });

describe("creating reporting periods", () => {
  it("defaults dates and label from the fiscal year start month, and audits the creation", async () => {
    const a = await createTenant(db);
    await db.organization.update({ where: { id: a.organization.id }, data: { fiscalYearStartMonth: 4 } });
    const created = await createPeriod(db, a.scope(), newPeriod(2024));
    const [row] = await listPeriods(db, a.organization.id);
    expect(row).toMatchObject({
      year: 2024,
      label: "FY 2024-25",
      startDate: "2024-04-01",
      endDate: "2025-03-31",
      status: "OPEN",
    });
    const audit = await db.auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit).toMatchObject([
      { action: "period.create", entityType: "ReportingPeriod", organizationId: a.organization.id },
    ]);
  });

  it("refuses a second period for the same year (CONFLICT) and overlapping dates (PERIOD_OVERLAP)", async () => {
    const a = await createTenant(db);
    await createPeriod(db, a.scope(), newPeriod(2023));
    await expect(createPeriod(db, a.scope(), newPeriod(2023))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      createPeriod(db, a.scope(), newPeriod(2024, { startDate: "2023-07-01", endDate: "2024-06-30" })),
    ).rejects.toMatchObject({ code: "PERIOD_OVERLAP" });
    await expect(createPeriod(db, a.scope(), newPeriod(2024))).resolves.toMatchObject({ year: 2024 });
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(2);
  });

  it("checks years and overlaps within one organisation only", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    await createPeriod(db, a.scope(), newPeriod(2024));
    await expect(createPeriod(db, b.scope(), newPeriod(2024))).resolves.toMatchObject({
      organizationId: b.organization.id,
    });
  });

  it("rejects an end date before the start once defaults are applied", async () => {
    const a = await createTenant(db);
    await expect(createPeriod(db, a.scope(), newPeriod(2024, { startDate: "2025-06-01" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { endDate: "validation.dateOrder" },
    });
  });
});

describe("editing, deleting and locking", () => {
  it("refuses to touch another organisation's period, leaving it unchanged", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const bPeriod = await createPeriod(db, b.scope(), newPeriod(2024));
    await expect(
      updatePeriod(db, a.scope(), bPeriod.id, edit("Pirate", "2024-01-01", "2024-06-30")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePeriod(db, a.scope(), bPeriod.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setPeriodLocked(db, a.scope(), bPeriod.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listPeriods(db, b.organization.id)).toMatchObject([
      { label: "2024", endDate: "2024-12-31", status: "OPEN" },
    ]);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });

  it("edits an open period with before/after, but not into another period's dates", async () => {
    const a = await createTenant(db);
    const p2023 = await createPeriod(db, a.scope(), newPeriod(2023));
    const p2024 = await createPeriod(db, a.scope(), newPeriod(2024));
    await expect(updatePeriod(db, a.scope(), p2024.id, edit("2024", "2023-12-01", "2024-12-31"))).rejects.toMatchObject(
      { code: "PERIOD_OVERLAP" },
    );
    await updatePeriod(db, a.scope(), p2023.id, edit("Bilan 2023", "2023-02-01", "2023-12-31"));
    const events = await db.auditEvent.findMany({ where: { entityId: p2023.id, action: "period.update" } });
    expect(events[0]?.before).toMatchObject({ label: "2023", startDate: "2023-01-01T00:00:00.000Z" });
    expect(events[0]?.after).toMatchObject({ label: "Bilan 2023", startDate: "2023-02-01T00:00:00.000Z" });
  });

  it("locks with who and when; a locked period refuses edit and delete until unlocked", async () => {
    const a = await createTenant(db);
    const period = await createPeriod(db, a.scope(), newPeriod(2024));
    const locked = await setPeriodLocked(db, a.scope(), period.id, true);
    expect(locked).toMatchObject({ status: "LOCKED", lockedById: a.users.OWNER?.id });
    expect(locked.lockedAt).toBeInstanceOf(Date);
    expect((await listPeriods(db, a.organization.id))[0]?.lockedBy).toContain("OWNER");

    await expect(
      updatePeriod(db, a.scope(), period.id, edit("Changed", "2024-01-01", "2024-12-31")),
    ).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    await expect(deletePeriod(db, a.scope(), period.id)).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({
      label: "2024",
      status: "LOCKED",
    });

    const unlocked = await setPeriodLocked(db, a.scope(), period.id, false);
    expect(unlocked).toMatchObject({ status: "OPEN", lockedAt: null, lockedById: null });
    await deletePeriod(db, a.scope(), period.id);
    const actions = (
      await db.auditEvent.findMany({ where: { entityId: period.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["period.create", "period.lock", "period.unlock", "period.delete"]);
  });

  it("treats locking an already locked period as a no-op without an audit row", async () => {
    const a = await createTenant(db);
    const period = await createPeriod(db, a.scope(), newPeriod(2024));
    await setPeriodLocked(db, a.scope(), period.id, true);
    await setPeriodLocked(db, a.scope(), period.id, true);
    expect(await db.auditEvent.count({ where: { entityId: period.id, action: "period.lock" } })).toBe(1);
  });
});

describe("deleting a period that holds activity data", () => {
  it("is refused with PERIOD_HAS_DATA and deletes nothing", async () => {
    const tenant = await tenantWithPeriods(db, [2024]);
    const periodId = tenant.periodOf(2024);
    await createActivity(db, tenant.scope(), electricity(periodId));
    await expect(deletePeriod(db, tenant.scope(), periodId)).rejects.toMatchObject({ code: "PERIOD_HAS_DATA" });
    expect(await db.reportingPeriod.count({ where: { id: periodId } })).toBe(1);
    expect(await db.activityData.count({ where: { periodId } })).toBe(1);
  });
});
