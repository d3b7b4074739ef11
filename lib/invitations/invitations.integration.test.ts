import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { acceptInvitation, findInvitationByToken } from "@/lib/invitations/accept";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const PASSWORD = "Correct-horse-42";

describe("invitations", () => {
  it("lets a newcomer join with the invited role, once", async () => {
    const t = await createTenant(db);
    const email = `new-${uniqueSuffix()}@test.example`;
    const { token } = await createInvitation(db, t.scope(), { email, role: "MANAGER" }, 7);
    expect((await findInvitationByToken(db, token))?.state).toBe("valid");
    const result = await acceptInvitation(db, { token, name: "Nouvelle Personne", password: PASSWORD });
    expect(result).toEqual({ email, organizationSlug: t.organization.slug });
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: t.organization.id, user: { email } },
    });
    expect(membership.role).toBe("MANAGER");
    await expect(acceptInvitation(db, { token, name: "Again", password: PASSWORD })).rejects.toMatchObject({
      code: "INVITATION_USED",
    });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses expired, revoked and unknown links without creating anything", async () => {
    const t = await createTenant(db);
    const email = `late-${uniqueSuffix()}@test.example`;
    const { token, invitation } = await createInvitation(db, t.scope(), { email, role: "VIEWER" }, 7);
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(db, { token, name: "Late", password: PASSWORD })).rejects.toMatchObject({
      code: "INVITATION_EXPIRED",
    });

    const again = await createInvitation(db, t.scope(), { email, role: "VIEWER" }, 7);
    await revokeInvitation(db, t.scope(), again.invitation.id);
    await expect(acceptInvitation(db, { token: again.token, name: "Late", password: PASSWORD })).rejects.toMatchObject({
      code: "INVITATION_INVALID",
    });
    await expect(
      acceptInvitation(db, { token: "x".repeat(43), name: "Nobody", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("asks an existing account for its own password", async () => {
    const a = await createTenant(db);
    const email = `existing-${uniqueSuffix()}@test.example`;
    await db.user.create({ data: { email, name: "Existing", passwordHash: await hashPassword(PASSWORD) } });
    const { token } = await createInvitation(db, a.scope(), { email, role: "VIEWER" }, 7);
    await expect(acceptInvitation(db, { token, password: "wrong-password-1" })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    await expect(acceptInvitation(db, { token, password: PASSWORD })).resolves.toMatchObject({ email });
  });

  it("throttles password guesses made through an invitation link like sign-in attempts", async () => {
    const a = await createTenant(db);
    const email = `guessed-${uniqueSuffix()}@test.example`;
    await db.user.create({ data: { email, name: "Target", passwordHash: await hashPassword(PASSWORD) } });
    const { token } = await createInvitation(db, a.scope(), { email, role: "VIEWER" }, 7);
    const throttle = { maxFailures: 3, clientMaxFailures: 20, windowMinutes: 15 };
    for (let i = 0; i < 3; i++) {
      await expect(acceptInvitation(db, { token, password: `guess-${i}-x1` }, throttle)).rejects.toMatchObject({
        code: "INVALID_CREDENTIALS",
      });
    }
    await expect(acceptInvitation(db, { token, password: PASSWORD }, throttle)).rejects.toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
    });
    expect(await db.loginAttempt.count({ where: { emailKey: email, success: false } })).toBe(3);
    expect(await db.membership.count({ where: { organizationId: a.organization.id, user: { email } } })).toBe(0);
  });

  it("replaces a pending link when the same person is invited again, and refuses existing members", async () => {
    const t = await createTenant(db, ["OWNER", "VIEWER"]);
    const email = `twice-${uniqueSuffix()}@test.example`;
    const first = await createInvitation(db, t.scope(), { email, role: "VIEWER" }, 7);
    await createInvitation(db, t.scope(), { email, role: "MANAGER" }, 7);
    expect((await findInvitationByToken(db, first.token))?.state).toBe("revoked");
    expect(
      await db.auditEvent.count({
        where: { organizationId: t.organization.id, action: "invitation.revoke", entityId: first.invitation.id },
      }),
    ).toBe(1);
    await expect(
      createInvitation(db, t.scope(), { email: t.users.VIEWER!.email, role: "OWNER" }, 7),
    ).rejects.toMatchObject({ code: "ALREADY_MEMBER" });
  });

  it("cannot revoke another organisation's invitation", async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    const { invitation, token } = await createInvitation(
      db,
      b.scope(),
      { email: `b-${uniqueSuffix()}@test.example`, role: "VIEWER" },
      7,
    );
    await expect(revokeInvitation(db, a.scope(), invitation.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findInvitationByToken(db, token))?.state).toBe("valid");
  });
});
