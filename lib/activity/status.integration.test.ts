import { afterAll, describe, expect, it } from "vitest";
import { createActivity, updateActivity } from "@/lib/activity/mutations";
import { rejectActivity, submitActivities, validateActivities } from "@/lib/activity/status";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const statusOf = async (organizationId: string, id: string) =>
  (await db.activityData.findFirstOrThrow({ where: { id, organizationId } })).status;
const auditActions = async (organizationId: string, entityId: string) =>
  (await db.auditEvent.findMany({ where: { organizationId, entityId }, orderBy: { createdAt: "asc" } })).map(
    (e) => e.action,
  );
const manager = { limitToOwnWork: false };

async function setup() {
  const t = await tenantWithPeriods(db, [2024, 2023], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR"] });
  const line = await createActivity(db, t.scope("CONTRIBUTOR"), electricity(t.periodOf(2024)));
  return { t, line };
}

describe("activity statuses", () => {
  it("goes draft → submitted → rejected (comment kept, author told) → submitted → validated, one audit row each", async () => {
    const { t, line } = await setup();
    const org = t.organizationId;
    expect(line.status).toBe("DRAFT");
    await submitActivities(db, t.scope("CONTRIBUTOR"), [line.id], { limitToOwnWork: true });
    expect(await statusOf(org, line.id)).toBe("SUBMITTED");

    await rejectActivity(db, { ...t.scope("MANAGER"), actorName: "Marie" }, line.id, "Invoice for March is missing");
    const rejected = await db.activityData.findFirstOrThrow({ where: { id: line.id, organizationId: org } });
    expect(rejected).toMatchObject({
      status: "REJECTED",
      statusComment: "Invoice for March is missing",
      statusChangedById: t.actorOf("MANAGER").id,
    });
    const told = await db.notification.findMany({
      where: { organizationId: org, userId: t.actorOf("CONTRIBUTOR").id },
    });
    expect(told).toMatchObject([
      { kind: "LINE_REJECTED", activityId: line.id, comment: "Invoice for March is missing", actorName: "Marie" },
    ]);

    await submitActivities(db, t.scope("CONTRIBUTOR"), [line.id], { limitToOwnWork: true });
    await validateActivities(db, t.scope("MANAGER"), [line.id]);
    const validated = await db.activityData.findFirstOrThrow({ where: { id: line.id, organizationId: org } });
    expect(validated).toMatchObject({ status: "VALIDATED", statusComment: null });
    expect(await auditActions(org, line.id)).toEqual([
      "activity.create",
      "activity.submit",
      "activity.reject",
      "activity.submit",
      "activity.validate",
    ]);
  });

  it("refuses transitions from the wrong status and changes nothing", async () => {
    const { t, line } = await setup();
    await expect(validateActivities(db, t.scope("MANAGER"), [line.id])).rejects.toMatchObject({
      code: "STATUS_CHANGED",
    });
    await expect(rejectActivity(db, t.scope("MANAGER"), line.id, "no")).rejects.toMatchObject({
      code: "STATUS_CHANGED",
    });
    expect(await statusOf(t.organizationId, line.id)).toBe("DRAFT");
    expect(await auditActions(t.organizationId, line.id)).toEqual(["activity.create"]);
  });

  it("sends an edited validated line back to submitted, with who and when", async () => {
    const { t, line } = await setup();
    await submitActivities(db, t.scope("OWNER"), [line.id], manager);
    await validateActivities(db, t.scope("OWNER"), [line.id]);
    const { requestId: _r, ...input } = electricity(t.periodOf(2024), { quantity: "13000" });
    const edited = await updateActivity(db, t.scope("MANAGER"), line.id, input);
    expect(edited).toMatchObject({ status: "SUBMITTED", statusChangedById: t.actorOf("MANAGER").id });
    expect(edited.kgCO2e.toFixed()).toBe("674.7"); // 13,000 kWh × 0.0519 kgCO2e/kWh
  });

  it("refuses every change in a locked period: submit, validate, reject", async () => {
    const { t, line } = await setup();
    await submitActivities(db, t.scope("OWNER"), [line.id], manager);
    await setPeriodLocked(db, t.scope("OWNER"), t.periodOf(2024), true);
    for (const attempt of [
      () => validateActivities(db, t.scope("OWNER"), [line.id]),
      () => rejectActivity(db, t.scope("OWNER"), line.id, "too late"),
      () => submitActivities(db, t.scope("OWNER"), [line.id], manager),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    }
    expect(await statusOf(t.organizationId, line.id)).toBe("SUBMITTED");
  });

  it("validates two concurrent requests for the same lines once: the second finds nothing to move", async () => {
    const { t, line } = await setup();
    const other = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    await submitActivities(db, t.scope("OWNER"), [line.id, other.id], manager);
    const outcomes = await Promise.all([
      validateActivities(db, t.scope("OWNER"), [line.id, other.id]),
      validateActivities(db, t.scope("MANAGER"), [line.id, other.id]),
    ]);
    expect(outcomes.map((o) => o.validated).sort()).toEqual([0, 2]);
    expect(outcomes.find((o) => o.validated === 0)?.skipped.map((s) => s.reason)).toEqual([
      "STATUS_CHANGED",
      "STATUS_CHANGED",
    ]);
    const validations = await db.auditEvent.count({
      where: { organizationId: t.organizationId, action: "activity.validate" },
    });
    expect(validations).toBe(2); // one per line, not four
  });

  it("one line validated twice at once: the second call fails with STATUS_CHANGED", async () => {
    const { t, line } = await setup();
    await submitActivities(db, t.scope("OWNER"), [line.id], manager);
    const outcomes = await Promise.allSettled([
      validateActivities(db, t.scope("OWNER"), [line.id]),
      validateActivities(db, t.scope("MANAGER"), [line.id]),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "STATUS_CHANGED" } });
  });

  it("bulk validation moves the submitted lines and reports each other one: 2 validated, 1 draft and 1 locked skipped", async () => {
    const { t, line } = await setup();
    const second = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    const draft = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    const old = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2023)));
    await submitActivities(db, t.scope("OWNER"), [line.id, second.id, old.id], manager);
    await setPeriodLocked(db, t.scope("OWNER"), t.periodOf(2023), true);
    const result = await validateActivities(db, t.scope("MANAGER"), [line.id, draft.id, second.id, old.id]);
    expect(result.validated).toBe(2);
    expect(result.skipped).toEqual([
      { id: draft.id, reason: "STATUS_CHANGED" },
      { id: old.id, reason: "PERIOD_LOCKED" },
    ]);
    expect(await statusOf(t.organizationId, line.id)).toBe("VALIDATED");
    expect(await statusOf(t.organizationId, second.id)).toBe("VALIDATED");
    expect(await statusOf(t.organizationId, draft.id)).toBe("DRAFT");
    expect(await statusOf(t.organizationId, old.id)).toBe("SUBMITTED");
    expect(await auditActions(t.organizationId, draft.id)).toEqual(["activity.create"]);
    expect(await auditActions(t.organizationId, old.id)).toEqual(["activity.create", "activity.submit"]);
    expect(await auditActions(t.organizationId, second.id)).toEqual([
      "activity.create",
      "activity.submit",
      "activity.validate",
    ]);
  });

  it("a batch where nothing can move reports every line and changes nothing", async () => {
    const { t, line } = await setup();
    const draft = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    expect(await validateActivities(db, t.scope("OWNER"), [line.id, draft.id])).toEqual({
      validated: 0,
      skipped: [
        { id: line.id, reason: "STATUS_CHANGED" },
        { id: draft.id, reason: "STATUS_CHANGED" },
      ],
    });
    expect(await statusOf(t.organizationId, line.id)).toBe("DRAFT");
    expect(await auditActions(t.organizationId, draft.id)).toEqual(["activity.create"]);
  });

  it("one foreign id among the batch refuses the whole batch", async () => {
    const { t, line } = await setup();
    const other = await tenantWithPeriods(db);
    const foreign = await createActivity(db, other.scope(), electricity(other.periodOf(2024)));
    await submitActivities(db, t.scope("OWNER"), [line.id], manager);
    await expect(validateActivities(db, t.scope("OWNER"), [line.id, foreign.id])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await statusOf(t.organizationId, line.id)).toBe("SUBMITTED");
  });

  it("a contributor's bulk submit moves their own drafts and skips the owner's", async () => {
    const { t, line } = await setup();
    const second = await createActivity(db, t.scope("CONTRIBUTOR"), electricity(t.periodOf(2024)));
    const owners = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    const result = await submitActivities(db, t.scope("CONTRIBUTOR"), [line.id, owners.id, second.id], {
      limitToOwnWork: true,
    });
    expect(result).toEqual({ submitted: 2, skipped: [{ id: owners.id, reason: "FORBIDDEN" }] });
    expect(await statusOf(t.organizationId, owners.id)).toBe("DRAFT");
  });

  it("finds nothing of another organisation", async () => {
    const { line } = await setup();
    const other = await tenantWithPeriods(db);
    await expect(validateActivities(db, other.scope(), [line.id])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitActivities(db, other.scope(), [line.id], manager)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets a contributor submit only lines they created or that answer their requests", async () => {
    const { t } = await setup();
    const owners = await createActivity(db, t.scope("OWNER"), electricity(t.periodOf(2024)));
    await expect(
      submitActivities(db, t.scope("CONTRIBUTOR"), [owners.id], { limitToOwnWork: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const request = await db.dataRequest.create({
      data: {
        organizationId: t.organizationId,
        category: "energy",
        periodId: t.periodOf(2024),
        assigneeId: t.actorOf("CONTRIBUTOR").id,
        requesterId: t.actorOf("OWNER").id,
        dueDate: new Date("2025-03-31"),
      },
    });
    const forRequest = await createActivity(
      db,
      t.scope("OWNER"),
      electricity(t.periodOf(2024), { requestId: request.id }),
    );
    await submitActivities(db, t.scope("CONTRIBUTOR"), [forRequest.id], { limitToOwnWork: true });
    expect(await statusOf(t.organizationId, forRequest.id)).toBe("SUBMITTED");
  });
});

describe("statuses of imported rows", () => {
  it("start as drafts; a changed re-import of a validated row goes back to submitted, an identical one stays", async () => {
    const t = await tenantWithPeriods(db);
    const row = { periodId: t.periodOf(2024), activityTypeId: "energy.electricity.grid", quantity: "100", unit: "kWh" };
    const first = await saveActivitiesBulk(db, t.scope(), [{ ...row, sourceRef: "r1" }]);
    const id = first.activityIds[0] as string;
    expect(await statusOf(t.organizationId, id)).toBe("DRAFT");
    await submitActivities(db, t.scope(), [id], manager);
    await validateActivities(db, t.scope(), [id]);
    await saveActivitiesBulk(db, t.scope(), [{ ...row, sourceRef: "r1" }]);
    expect(await statusOf(t.organizationId, id)).toBe("VALIDATED");
    await saveActivitiesBulk(db, t.scope(), [{ ...row, quantity: "120", sourceRef: "r1" }]);
    expect(await statusOf(t.organizationId, id)).toBe("SUBMITTED");
  });

  it("refuses a status smuggled into a row, naming the field", async () => {
    const t = await tenantWithPeriods(db);
    const row = { periodId: t.periodOf(2024), activityTypeId: "energy.electricity.grid", quantity: "1", unit: "kWh" };
    await expect(saveActivitiesBulk(db, t.scope(), [{ ...row, status: "VALIDATED" }])).rejects.toMatchObject({
      fieldErrors: { "rows.0.status": "validation.unknownField" },
    });
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });
});
