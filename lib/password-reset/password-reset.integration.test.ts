import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { findReset, resetPassword } from "@/lib/password-reset/consume";
import { generateMemberReset } from "@/lib/password-reset/generate";
import { requestPasswordReset } from "@/lib/password-reset/request";
import { createServerAdminReset } from "@/lib/password-reset/server-admin";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

const OLD = "Ancien-mot-de-passe-1";
const NEW = "Nouveau-mot-de-passe-2";
const HOUR = 60 * 60 * 1000;

async function tenantWithPasswords() {
  const t = await createTenant(db, ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"]);
  await db.user.updateMany({
    where: { id: { in: Object.values(t.users).map((u) => u.id) } },
    data: { passwordHash: await hashPassword(OLD) },
  });
  return t;
}
const ownerScope = (t: Awaited<ReturnType<typeof createTenant>>) => ({ ...t.scope("OWNER"), role: "OWNER" as const });
const managerScope = (t: Awaited<ReturnType<typeof createTenant>>) => ({
  ...t.scope("MANAGER"),
  role: "MANAGER" as const,
});
const userOf = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("using a reset link", () => {
  it("sets the password once, ends every session, voids the other links and audits each organisation", async () => {
    const t = await tenantWithPasswords();
    const other = await createTenant(db, ["OWNER"]);
    const viewer = t.users.VIEWER!;
    const first = await generateMemberReset(db, ownerScope(t), viewer.membershipId, { canEmail: false });
    const second = await generateMemberReset(db, ownerScope(t), viewer.membershipId, { canEmail: false });
    await db.membership.create({ data: { organizationId: other.organization.id, userId: viewer.id, role: "VIEWER" } });

    expect(await resetPassword(db, { token: second.token, password: NEW })).toEqual({ email: viewer.email });
    const user = await userOf(viewer.id);
    expect(await verifyPassword(user.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(user.passwordHash, OLD)).toBe(false);
    expect(user.sessionVersion).toBe(1);

    await expect(resetPassword(db, { token: second.token, password: OLD })).rejects.toMatchObject({
      code: "RESET_USED",
    });
    expect((await findReset(db, first.token))?.state).toBe("used");
    await expect(resetPassword(db, { token: first.token, password: OLD })).rejects.toMatchObject({
      code: "RESET_USED",
    });
    expect(await verifyPassword((await userOf(viewer.id)).passwordHash, NEW)).toBe(true);

    for (const organizationId of [t.organization.id, other.organization.id]) {
      const events = await db.auditEvent.findMany({ where: { organizationId, action: "user.passwordReset" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: viewer.id, entityId: viewer.id });
    }
    const created = await db.auditEvent.findMany({
      where: { organizationId: t.organization.id, action: "member.passwordResetLink" },
    });
    expect(created).toHaveLength(2);
    expect(JSON.stringify(created)).not.toContain(first.token);
    expect(created[0]).toMatchObject({ actorId: t.users.OWNER!.id, entityId: viewer.membershipId });
  });

  it("ends a lock-out left by earlier guesses: the new password works at once from any browser", async () => {
    const t = await tenantWithPasswords();
    const viewer = t.users.VIEWER!;
    const throttle = { maxFailures: 3, clientMaxFailures: 20, windowMinutes: 15 };
    const stranger = { address: null, deviceToken: null };
    for (let i = 0; i < 3; i++)
      await authenticate(db, { email: viewer.email, password: `guess-${i}`, client: stranger }, throttle);
    expect(await authenticate(db, { email: viewer.email, password: OLD, client: stranger }, throttle)).toEqual({
      ok: false,
      reason: "throttled",
    });
    const { token } = await generateMemberReset(db, ownerScope(t), viewer.membershipId, { canEmail: false });
    await resetPassword(db, { token, password: NEW });
    expect(await authenticate(db, { email: viewer.email, password: NEW, client: stranger }, throttle)).toMatchObject({
      ok: true,
    });
  });

  it("works until one hour after it was created, and not after", async () => {
    const t = await tenantWithPasswords();
    const created = new Date();
    const late = await generateMemberReset(
      db,
      ownerScope(t),
      t.users.VIEWER!.membershipId,
      { canEmail: false },
      created,
    );
    const atTheHour = new Date(created.getTime() + HOUR);
    expect((await findReset(db, late.token, atTheHour))?.state).toBe("expired");
    await expect(resetPassword(db, { token: late.token, password: NEW }, atTheHour)).rejects.toMatchObject({
      code: "RESET_EXPIRED",
    });
    expect((await userOf(t.users.VIEWER!.id)).sessionVersion).toBe(0);

    const inTime = new Date(created.getTime() + HOUR - 60_000);
    await expect(resetPassword(db, { token: late.token, password: NEW }, inTime)).resolves.toMatchObject({
      email: t.users.VIEWER!.email,
    });
  });

  it("lets only one of two concurrent uses of a link through", async () => {
    const t = await tenantWithPasswords();
    const { token } = await generateMemberReset(db, ownerScope(t), t.users.CONTRIBUTOR!.membershipId, {
      canEmail: false,
    });
    const outcomes = await Promise.allSettled([
      resetPassword(db, { token, password: "Premier-essai-11" }),
      resetPassword(db, { token, password: "Second-essai-22" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "RESET_USED" });
    expect((await userOf(t.users.CONTRIBUTOR!.id)).sessionVersion).toBe(1);
  });

  it("refuses unknown and malformed links", async () => {
    for (const token of ["abc", "x".repeat(43)]) {
      expect(await findReset(db, token)).toBeNull();
      await expect(resetPassword(db, { token, password: NEW })).rejects.toMatchObject({ code: "RESET_INVALID" });
    }
  });
});

describe("who may create a reset link on the members page", () => {
  it("lets a manager reset contributors and viewers only, and nobody themselves", async () => {
    const t = await tenantWithPasswords();
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) {
      await expect(
        generateMemberReset(db, managerScope(t), t.users[role]!.membershipId, { canEmail: false }),
      ).resolves.toMatchObject({ mayShowLink: true });
    }
    for (const role of ["OWNER", "MANAGER"] as const) {
      await expect(
        generateMemberReset(db, managerScope(t), t.users[role]!.membershipId, { canEmail: true }),
      ).rejects.toMatchObject({ code: role === "MANAGER" ? "RESET_SELF" : "RESET_ROLE" });
    }
    await expect(
      generateMemberReset(db, ownerScope(t), t.users.OWNER!.membershipId, { canEmail: true }),
    ).rejects.toMatchObject({ code: "RESET_SELF" });
    await expect(
      generateMemberReset(db, ownerScope(t), t.users.MANAGER!.membershipId, { canEmail: false }),
    ).resolves.toMatchObject({ mayShowLink: true });
    expect(await db.passwordReset.count({ where: { userId: t.users.OWNER!.id } })).toBe(0);
  });

  it("refuses a manager resetting another manager", async () => {
    const t = await tenantWithPasswords();
    const second = await db.user.create({
      data: { email: `manager2-${uniqueSuffix()}@test.example`, name: "Other manager", passwordHash: "x" },
    });
    const membership = await db.membership.create({
      data: { organizationId: t.organization.id, userId: second.id, role: "MANAGER" },
    });
    await expect(generateMemberReset(db, managerScope(t), membership.id, { canEmail: true })).rejects.toMatchObject({
      code: "RESET_ROLE",
    });
  });

  it("never shows a link for someone who reaches other organisations; e-mails it to them instead", async () => {
    const t = await tenantWithPasswords();
    const other = await createTenant(db, ["OWNER"]);
    const viewer = t.users.VIEWER!;
    await db.membership.create({ data: { organizationId: other.organization.id, userId: viewer.id, role: "OWNER" } });
    const contributor = t.users.CONTRIBUTOR!;
    const firm = await db.consultingFirm.create({ data: { name: "Firm", slug: `firm-${uniqueSuffix()}` } });
    await db.firmMembership.create({ data: { firmId: firm.id, userId: contributor.id } });
    const audit = () => db.auditEvent.count({ where: { organizationId: t.organization.id } });
    const before = await audit();
    for (const target of [viewer, contributor]) {
      await expect(
        generateMemberReset(db, ownerScope(t), target.membershipId, { canEmail: false }),
      ).rejects.toMatchObject({ code: "RESET_OTHER_ORGANIZATIONS" });
      expect(await db.passwordReset.count({ where: { userId: target.id } })).toBe(0);
    }
    expect(await audit()).toBe(before);
    await expect(
      generateMemberReset(db, ownerScope(t), viewer.membershipId, { canEmail: true }),
    ).resolves.toMatchObject({ mayShowLink: false, recipient: { email: viewer.email } });
  });

  it("cannot reach a member of another organisation", async () => {
    const a = await tenantWithPasswords();
    const b = await tenantWithPasswords();
    await expect(
      generateMemberReset(db, ownerScope(a), b.users.VIEWER!.membershipId, { canEmail: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.passwordReset.count({ where: { userId: b.users.VIEWER!.id } })).toBe(0);
  });
});

describe("forgot-password requests", () => {
  it("allow three per address per hour, counting unknown addresses alike", async () => {
    const t = await tenantWithPasswords();
    const known = t.users.VIEWER!.email;
    const unknown = `nobody-${uniqueSuffix()}@test.example`;
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      expect(await requestPasswordReset(db, { email: known, ip: null }, undefined, now)).toMatchObject({
        user: { email: known },
      });
      expect(await requestPasswordReset(db, { email: unknown, ip: null }, undefined, now)).toBeNull();
    }
    for (const email of [known, unknown.toUpperCase()]) {
      await expect(requestPasswordReset(db, { email, ip: null }, undefined, now)).rejects.toMatchObject({
        code: "TOO_MANY_ATTEMPTS",
      });
    }
    expect(await db.passwordReset.count({ where: { userId: t.users.VIEWER!.id } })).toBe(3);
    const nextHour = new Date(now.getTime() + HOUR + 1000);
    await expect(requestPasswordReset(db, { email: known, ip: null }, undefined, nextHour)).resolves.not.toBeNull();
  });

  it("limit one client address across many addresses, an IPv6 client by its /64", async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:${Math.floor(Math.random() * 65535).toString(16)}`;
    let host = 0;
    const next = () => `${prefix}:${(host += 1).toString(16)}::1`;
    const throttle = { perEmail: 3, perIp: 4, windowMinutes: 60 };
    for (let i = 0; i < 4; i++) {
      await requestPasswordReset(db, { email: `spray-${i}-${uniqueSuffix()}@test.example`, ip: next() }, throttle);
    }
    await expect(
      requestPasswordReset(db, { email: `spray-5-${uniqueSuffix()}@test.example`, ip: next() }, throttle),
    ).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
  });
});

describe("the server administrator's link (npm run user:reset-link)", () => {
  it("creates a one-hour link and audits it in each organisation without an actor", async () => {
    const t = await tenantWithPasswords();
    const now = new Date();
    const reset = await createServerAdminReset(db, t.users.OWNER!.email.toUpperCase(), now);
    expect(reset?.expiresAt.getTime()).toBe(now.getTime() + HOUR);
    expect(await findReset(db, reset!.token, now)).toEqual({ state: "valid", email: t.users.OWNER!.email });
    expect(
      await db.auditEvent.count({
        where: { organizationId: t.organization.id, action: "user.passwordResetLink", actorId: null },
      }),
    ).toBe(1);
    expect(await createServerAdminReset(db, `nobody-${uniqueSuffix()}@test.example`)).toBeNull();
  });
});
