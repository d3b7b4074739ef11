import { afterAll, describe, expect, it } from "vitest";
import { createActivity } from "@/lib/activity/mutations";
import { rejectActivity, submitActivities, validateActivities } from "@/lib/activity/status";
import { electricity, tenantWithPeriods } from "@/lib/activity/testing";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "@/lib/notifications/notifications";
import { setPeriodLocked } from "@/lib/periods/mutations";
import { createRequest, deleteRequest } from "@/lib/requests/mutations";
import { listAssignableMembers, listRequests } from "@/lib/requests/queries";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const asContributor = { limitToAssignedRequests: true };

async function setup() {
  const t = await tenantWithPeriods(db, [2024, 2023], { roles: ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] });
  const contributor = t.actorOf("CONTRIBUTOR");
  const request = await createRequest(
    db,
    { ...t.scope("MANAGER"), actorName: "Marie" },
    {
      category: "energy",
      periodId: t.periodOf(2024),
      siteId: t.siteId,
      assigneeId: contributor.id,
      dueDate: "2025-03-31",
      instructions: "Monthly electricity invoices, please",
    },
  );
  return { t, contributor, request };
}

describe("data requests", () => {
  it("tells the assignee, audits the request, and lists it with its derived status", async () => {
    const { t, contributor, request } = await setup();
    expect(await unreadNotificationCount(db, { organizationId: t.organizationId, userId: contributor.id })).toBe(1);
    const [note] = await listNotifications(db, { organizationId: t.organizationId, userId: contributor.id });
    expect(note).toMatchObject({ kind: "REQUEST_ASSIGNED", requestId: request.id, actorName: "Marie" });
    const audit = await db.auditEvent.findMany({ where: { organizationId: t.organizationId, entityId: request.id } });
    expect(audit.map((a) => a.action)).toEqual(["request.create"]);
    const [row] = await listRequests(db, t.organizationId, { assigneeId: contributor.id, today: "2025-01-10" });
    expect(row).toMatchObject({
      category: "energy",
      siteName: "Siège",
      periodLabel: "2024",
      dueDate: "2025-03-31",
      status: "open",
      overdue: false,
    });
    expect((await listRequests(db, t.organizationId, { today: "2025-04-01" }))[0]?.overdue).toBe(true);
  });

  it("follows its lines: in progress → submitted (requester told) → rejected line visible → validated", async () => {
    const { t, contributor, request } = await setup();
    const scope = t.scope("CONTRIBUTOR");
    const status = async () => (await listRequests(db, t.organizationId, { today: "2025-04-01" }))[0];
    const line = await createActivity(db, scope, electricity(t.periodOf(2024), { siteId: t.siteId }), asContributor);
    expect(line.requestId).toBe(request.id);
    expect(await status()).toMatchObject({ status: "inProgress", counts: { DRAFT: 1 }, overdue: true });

    await submitActivities(db, { ...scope, actorName: "Chloé" }, [line.id], { limitToOwnWork: true });
    expect(await status()).toMatchObject({ status: "submitted", overdue: false });
    const managerNotes = await listNotifications(db, {
      organizationId: t.organizationId,
      userId: t.actorOf("MANAGER").id,
    });
    expect(managerNotes).toMatchObject([
      { kind: "LINES_SUBMITTED", requestId: request.id, count: 1, actorName: "Chloé" },
    ]);

    await rejectActivity(db, t.scope("MANAGER"), line.id, "Use the March invoice");
    expect(await status()).toMatchObject({ status: "inProgress", counts: { REJECTED: 1 } });
    await submitActivities(db, scope, [line.id], { limitToOwnWork: true });
    await validateActivities(db, t.scope("MANAGER"), [line.id]);
    expect(await status()).toMatchObject({ status: "validated", counts: { VALIDATED: 1 } });
    // A validated request is closed: the contributor cannot add to it any more.
    await expect(
      createActivity(db, scope, electricity(t.periodOf(2024), { siteId: t.siteId }), asContributor),
    ).rejects.toMatchObject({ code: "NOT_ASSIGNED" });
    void contributor;
  });

  it("refuses an assignee who cannot enter data, another organisation's period, a locked period", async () => {
    const { t } = await setup();
    const other = await tenantWithPeriods(db);
    const base = { category: "travel" as const, siteId: null, dueDate: "2025-03-31", instructions: null };
    await expect(
      createRequest(db, t.scope(), { ...base, periodId: t.periodOf(2024), assigneeId: t.actorOf("VIEWER").id }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { assigneeId: "validation.invalidAssignee" } });
    await expect(
      createRequest(db, t.scope(), { ...base, periodId: other.periodOf(2024), assigneeId: other.actorOf("OWNER").id }),
    ).rejects.toMatchObject({
      fieldErrors: { periodId: "validation.unknownPeriod", assigneeId: "validation.invalidAssignee" },
    });
    await setPeriodLocked(db, t.scope(), t.periodOf(2023), true);
    await expect(
      createRequest(db, t.scope(), { ...base, periodId: t.periodOf(2023), assigneeId: t.actorOf("CONTRIBUTOR").id }),
    ).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    expect((await listAssignableMembers(db, t.organizationId)).map((m) => m.id).sort()).toEqual(
      [t.actorOf("OWNER").id, t.actorOf("MANAGER").id, t.actorOf("CONTRIBUTOR").id].sort(),
    );
  });

  it("deleting a request keeps its lines, unlinked, and audits it", async () => {
    const { t, request } = await setup();
    const line = await createActivity(
      db,
      t.scope("CONTRIBUTOR"),
      electricity(t.periodOf(2024), { siteId: t.siteId }),
      asContributor,
    );
    await deleteRequest(db, t.scope("MANAGER"), request.id);
    const kept = await db.activityData.findFirstOrThrow({ where: { id: line.id, organizationId: t.organizationId } });
    expect(kept.requestId).toBeNull();
    await expect(deleteRequest(db, t.scope("MANAGER"), request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("contributors create lines only within their open requests", () => {
  it("accepts the request's category, period and site; refuses anything else", async () => {
    const { t } = await setup();
    const scope = t.scope("CONTRIBUTOR");
    const otherSite = await db.site.create({ data: { organizationId: t.organizationId, name: "Dépôt" } });
    const refused = [
      electricity(t.periodOf(2024)), // no site: the request names one
      electricity(t.periodOf(2024), { siteId: otherSite.id }),
      electricity(t.periodOf(2023), { siteId: t.siteId }),
      electricity(t.periodOf(2024), {
        siteId: t.siteId,
        activityTypeId: "travel.train",
        quantity: "100",
        unit: "p.km",
      }),
    ];
    for (const input of refused) {
      await expect(createActivity(db, scope, input, asContributor)).rejects.toMatchObject({ code: "NOT_ASSIGNED" });
    }
    const ok = await createActivity(db, scope, electricity(t.periodOf(2024), { siteId: t.siteId }), asContributor);
    expect(ok.createdById).toBe(t.actorOf("CONTRIBUTOR").id);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(1);
  });

  it("refuses a request assigned to someone else, even when named", async () => {
    const { t, request } = await setup();
    await expect(
      createActivity(
        db,
        t.scope("OWNER"),
        electricity(t.periodOf(2024), { siteId: t.siteId, requestId: request.id }),
        asContributor,
      ),
    ).rejects.toMatchObject({ code: "NOT_ASSIGNED" });
  });

  it("lets a manager link a line to a request it fits, and names the field otherwise", async () => {
    const { t, request } = await setup();
    const other = await tenantWithPeriods(db);
    const linked = await createActivity(
      db,
      t.scope("MANAGER"),
      electricity(t.periodOf(2024), { siteId: t.siteId, requestId: request.id }),
    );
    expect(linked.requestId).toBe(request.id);
    await expect(
      createActivity(db, t.scope("MANAGER"), electricity(t.periodOf(2023), { requestId: request.id })),
    ).rejects.toMatchObject({ fieldErrors: { requestId: "validation.outsideRequest" } });
    await expect(
      createActivity(db, other.scope(), electricity(other.periodOf(2024), { requestId: request.id })),
    ).rejects.toMatchObject({ fieldErrors: { requestId: "validation.unknownRequest" } });
  });
});

describe("notifications", () => {
  it("are read and marked by their recipient only, in their organisation only", async () => {
    const { t, contributor } = await setup();
    const mine = { organizationId: t.organizationId, userId: contributor.id };
    const [note] = await listNotifications(db, mine);
    const manager = { organizationId: t.organizationId, userId: t.actorOf("MANAGER").id };
    await expect(markNotificationsRead(db, manager, [note!.id])).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await tenantWithPeriods(db);
    await expect(
      markNotificationsRead(db, { organizationId: other.organizationId, userId: contributor.id }, [note!.id]),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await unreadNotificationCount(db, { organizationId: other.organizationId, userId: contributor.id })).toBe(0);
    expect(await unreadNotificationCount(db, mine)).toBe(1);
    expect(await markNotificationsRead(db, mine, [note!.id])).toBe(1);
    expect(await unreadNotificationCount(db, mine)).toBe(0);
    expect(await markNotificationsRead(db, mine, "all")).toBe(0);
  });
});
