import { afterAll, describe, expect, it } from "vitest";
import { changeMemberRole, removeMember } from "@/lib/members/mutations";
import { listMembersAndInvitations } from "@/lib/members/queries";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

describe("member management", () => {
  it("never removes or demotes the last owner", async () => {
    const t = await createTenant(db, ["OWNER", "MANAGER"]);
    const ownerMembership = t.users.OWNER!.membershipId;
    await expect(changeMemberRole(db, t.scope(), ownerMembership, "MANAGER")).rejects.toMatchObject({
      code: "LAST_OWNER",
    });
    await expect(removeMember(db, t.scope(), ownerMembership)).rejects.toMatchObject({ code: "LAST_OWNER" });
    expect(await db.membership.findUnique({ where: { id: ownerMembership } })).toMatchObject({ role: "OWNER" });
  });

  it("lets an owner step down once another owner exists, with an audit row", async () => {
    const t = await createTenant(db, ["OWNER", "MANAGER"]);
    await changeMemberRole(db, t.scope(), t.users.MANAGER!.membershipId, "OWNER");
    await changeMemberRole(db, t.scope(), t.users.OWNER!.membershipId, "VIEWER");
    const { members } = await listMembersAndInvitations(db, t.organization.id);
    expect(members.map((m) => m.role).sort()).toEqual(["OWNER", "VIEWER"]);
    const roleEvents = await db.auditEvent.findMany({
      where: { organizationId: t.organization.id, action: "member.role" },
    });
    expect(roleEvents).toHaveLength(2);
  });

  it("cannot change or remove a membership of another organisation", async () => {
    const a = await createTenant(db, ["OWNER"]);
    const b = await createTenant(db, ["OWNER", "VIEWER"]);
    await expect(changeMemberRole(db, a.scope(), b.users.VIEWER!.membershipId, "OWNER")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeMember(db, a.scope(), b.users.VIEWER!.membershipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.membership.findUnique({ where: { id: b.users.VIEWER!.membershipId } })).toMatchObject({
      role: "VIEWER",
    });
  });

  it("removes a member and records who they were", async () => {
    const t = await createTenant(db, ["OWNER", "VIEWER"]);
    await removeMember(db, t.scope(), t.users.VIEWER!.membershipId);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.organization.id, action: "member.remove" },
    });
    expect(event.before).toMatchObject({ email: t.users.VIEWER!.email, role: "VIEWER" });
  });
});
