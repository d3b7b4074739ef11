// An invitation link that is used, revoked or expired must not become a password oracle for the account it
// names: the right and the wrong password get the same refusal, and neither is verified (no sign-in attempt
// is recorded, the last sign-in does not move).
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { acceptInvitation } from "@/lib/invitations/accept";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const PASSWORD = "Correct-horse-42";
const WRONG = "Wrong-horse-43";

async function existingAccountInvited() {
  const tenant = await createTenant(db);
  const email = `closed-${uniqueSuffix()}@test.example`;
  const user = await db.user.create({ data: { email, name: "Existing", passwordHash: await hashPassword(PASSWORD) } });
  const { token, invitation } = await createInvitation(db, tenant.scope(), { email, role: "VIEWER" }, 7);
  return { tenant, email, user, token, invitation };
}

async function expectSameRefusalWithoutVerifying(email: string, token: string, code: string) {
  const lastLoginAt = (await db.user.findUniqueOrThrow({ where: { email } })).lastLoginAt;
  const attempts = await db.loginAttempt.count({ where: { emailKey: email } });
  for (const password of [PASSWORD, WRONG]) {
    await expect(
      acceptInvitation(db, { token, password, client: { address: "203.0.113.7", deviceToken: null } }),
    ).rejects.toMatchObject({ code });
  }
  expect(await db.loginAttempt.count({ where: { emailKey: email } })).toBe(attempts);
  expect(await db.loginAttempt.count({ where: { clientKey: "203.0.113.7" } })).toBe(0);
  expect((await db.user.findUniqueOrThrow({ where: { email } })).lastLoginAt).toEqual(lastLoginAt);
}

describe("a closed invitation link checks no password", () => {
  it("refuses a used link the same way with the right and the wrong password", async () => {
    const { email, token } = await existingAccountInvited();
    await acceptInvitation(db, { token, password: PASSWORD });
    expect(await db.loginAttempt.count({ where: { emailKey: email, success: true } })).toBe(1);
    await expectSameRefusalWithoutVerifying(email, token, "INVITATION_USED");
  });

  it("refuses an expired link the same way with the right and the wrong password", async () => {
    const { email, token, invitation } = await existingAccountInvited();
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectSameRefusalWithoutVerifying(email, token, "INVITATION_EXPIRED");
  });

  it("refuses a revoked link the same way with the right and the wrong password, and nobody joins", async () => {
    const { tenant, email, token, invitation } = await existingAccountInvited();
    await revokeInvitation(db, tenant.scope(), invitation.id);
    await expectSameRefusalWithoutVerifying(email, token, "INVITATION_INVALID");
    expect(await db.membership.count({ where: { organizationId: tenant.organization.id, user: { email } } })).toBe(0);
  });

  it("does not count guesses on a closed link towards the account's sign-in throttle", async () => {
    const { email, token } = await existingAccountInvited();
    await acceptInvitation(db, { token, password: PASSWORD });
    const throttle = { maxFailures: 2, clientMaxFailures: 20, windowMinutes: 15 };
    for (let i = 0; i < 4; i++) {
      await expect(acceptInvitation(db, { token, password: `${WRONG}${i}` }, throttle)).rejects.toMatchObject({
        code: "INVITATION_USED",
      });
    }
    expect(await db.loginAttempt.count({ where: { emailKey: email, success: false } })).toBe(0);
  });
});
