// With SMTP_URL set, invitations and password-reset links reach people by e-mail. A real SMTP server runs
// in the test process; tests read the message as received, follow the link in it, and check that a mail
// server that is down undoes nothing. Only the session, the request locale and address, Next's cache and
// `after` are stubbed; the database is real.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { acceptInvitation } from "@/lib/invitations/accept";
import { linkIn, startTestSmtp, type TestSmtp } from "@/tests/fixtures/smtp";
import { createTenant, testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

const request = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string },
  afterWork: [] as Promise<unknown>[],
}));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => request.user,
  requireUser: async () => request.user,
}));
vi.mock("@/lib/auth", () => ({ requestIp: async () => "203.0.113.50" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => "fr" }));
vi.mock("next/server", async (original) => ({
  ...(await original<Record<string, unknown>>()),
  after: (work: () => Promise<unknown>) => request.afterWork.push(work()),
}));

const db = testDb();
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const APP = "https://albedo.example.com";
const PASSWORD = "Nouveau-depart-2026";

/** Fresh action modules reading this SMTP_URL (lib/env.ts reads the environment once per module instance). */
async function actions(smtpUrl: string = smtp.url) {
  vi.stubEnv("APP_URL", APP);
  vi.stubEnv("SMTP_URL", smtpUrl);
  return { members: await import("@/app/actions/members"), reset: await import("@/app/actions/password-reset") };
}

async function closedPortUrl(): Promise<string> {
  const down = await startTestSmtp();
  await down.close();
  return down.url;
}

function signInAs(actor: { id: string; email: string }) {
  request.user = { ...actor, name: "Claire Martin", locale: "fr" };
}

describe("e-mail with SMTP_URL set", () => {
  it("e-mails an invitation in the inviter's language, and its link lets the newcomer join", async () => {
    const { members } = await actions();
    const t = await createTenant(db, ["OWNER"]);
    signInAs(t.actorOf("OWNER"));
    const email = `invitee-${uniqueSuffix()}@test.example`;
    const result = await members.inviteMemberAction(t.organization.slug, { email, role: "CONTRIBUTOR" });
    expect(result).toMatchObject({ ok: true, data: { mail: "sent", email } });
    const mail = await smtp.waitFor(email);
    expect(mail.from?.value[0]).toMatchObject({ name: "Albedo", address: "no-reply@albedo.example.com" });
    expect(mail.subject).toBe(`Rejoignez ${t.organization.name} sur Albedo`);
    expect(mail.text).toContain(`Claire Martin vous invite à rejoindre ${t.organization.name} sur Albedo`);
    expect(mail.text).toContain("en tant que Contributeur");
    expect(mail.text).toContain("expire dans 7 jours");
    const link = linkIn(mail, "/invite");
    expect(result.ok && result.data.link).toBe(link);
    expect(mail.html).toContain(`href="${link}"`);

    const token = new URL(link).pathname.split("/").pop()!;
    await acceptInvitation(db, { token, name: "Nouvelle Recrue", password: PASSWORD });
    const joined = await db.membership.findFirst({ where: { organizationId: t.organization.id, user: { email } } });
    expect(joined?.role).toBe("CONTRIBUTOR");
  });

  it("writes to someone who already has an account in their own language", async () => {
    const { members } = await actions();
    const t = await createTenant(db, ["OWNER"]);
    const email = `english-${uniqueSuffix()}@test.example`;
    await db.user.create({ data: { email, name: "Jane Doe", passwordHash: "x", locale: "en" } });
    signInAs(t.actorOf("OWNER"));
    await members.inviteMemberAction(t.organization.slug, { email, role: "VIEWER" });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe(`Join ${t.organization.name} on Albedo`);
    expect(mail.text).toContain("as Viewer");
  });

  it("sends a forgotten-password link to the account's address, and the link sets a new password", async () => {
    const { reset } = await actions();
    const t = await createTenant(db, ["OWNER", "VIEWER"]);
    const email = t.users.VIEWER!.email;
    expect(await reset.requestPasswordResetAction({ email: email.toUpperCase() })).toEqual({
      ok: true,
      data: { email },
    });
    await Promise.all(request.afterWork);
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe("Choisissez un nouveau mot de passe Albedo");
    expect(mail.text).toContain(`Bonjour VIEWER`);
    expect(mail.text).toContain("expire dans une heure");
    const link = linkIn(mail, "/reset-password");
    expect(link.startsWith(`${APP}/reset-password/`)).toBe(true);

    const token = new URL(link).pathname.split("/").pop()!;
    expect(await reset.resetPasswordAction({ token, password: PASSWORD, confirmPassword: PASSWORD })).toEqual({
      ok: true,
      data: { redirectTo: "/sign-in?reset=1" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.sessionVersion).toBe(1);
  });

  it("holds the new password to the sign-up rules, and a refused one leaves the link usable", async () => {
    const { reset } = await actions();
    const t = await createTenant(db, ["OWNER", "CONTRIBUTOR"]);
    const email = t.users.CONTRIBUTOR!.email;
    await reset.requestPasswordResetAction({ email });
    await Promise.all(request.afterWork);
    const token = new URL(linkIn(await smtp.waitFor(email), "/reset-password")).pathname.split("/").pop()!;
    expect(await reset.resetPasswordAction({ token, password: "short1", confirmPassword: "short1" })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { password: "validation.passwordTooShort" },
    });
    expect(
      await reset.resetPasswordAction({ token, password: PASSWORD, confirmPassword: `${PASSWORD}!` }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "validation.passwordMismatch" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).sessionVersion).toBe(0);
    expect(await reset.resetPasswordAction({ token, password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it("answers an unknown address exactly as a known one, and sends nothing", async () => {
    const { reset } = await actions();
    const email = `nobody-${uniqueSuffix()}@test.example`;
    const before = smtp.messages.length;
    expect(await reset.requestPasswordResetAction({ email })).toEqual({ ok: true, data: { email } });
    await Promise.all(request.afterWork);
    expect(smtp.messages.length).toBe(before);
  });

  it("sends an owner's reset for a member of several organisations to the member only, in their language", async () => {
    const { members, reset } = await actions();
    const a = await createTenant(db, ["OWNER", "VIEWER"]);
    const other = await createTenant(db, ["OWNER"]);
    const member = a.users.VIEWER!;
    await db.user.update({ where: { id: member.id }, data: { locale: "en" } });
    await db.membership.create({ data: { organizationId: other.organization.id, userId: member.id, role: "OWNER" } });
    signInAs(a.actorOf("OWNER"));
    const result = await members.generateResetLinkAction(a.organization.slug, { id: member.membershipId });
    expect(result).toEqual({
      ok: true,
      data: { name: `VIEWER ${a.organization.slug.slice(5)}`, email: member.email, mail: "sent", link: null },
    });
    const mail = await smtp.waitFor(member.email);
    expect(mail.subject).toBe("Choose a new password for Albedo");
    const token = new URL(linkIn(mail, "/reset-password")).pathname.split("/").pop()!;
    expect(await reset.resetPasswordAction({ token, password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({
      ok: true,
    });
    // Both organisations see that the password changed.
    for (const organizationId of [a.organization.id, other.organization.id]) {
      expect(await db.auditEvent.count({ where: { organizationId, action: "user.passwordReset" } })).toBe(1);
    }
  });

  it("keeps the invitation and shows its link when the mail server is down", async () => {
    const { members } = await actions(await closedPortUrl());
    const t = await createTenant(db, ["OWNER"]);
    signInAs(t.actorOf("OWNER"));
    const email = `unlucky-${uniqueSuffix()}@test.example`;
    const result = await members.inviteMemberAction(t.organization.slug, { email, role: "VIEWER" });
    expect(result).toMatchObject({ ok: true, data: { mail: "failed", email } });
    expect(result.ok && result.data.link).toMatch(/^https:\/\/albedo\.example\.com\/invite\//);
    expect(await db.invitation.count({ where: { organizationId: t.organization.id, email } })).toBe(1);
  });

  it("shows an owner the reset link to pass on when the e-mail to a single-organisation member fails", async () => {
    const { members } = await actions(await closedPortUrl());
    const t = await createTenant(db, ["OWNER", "CONTRIBUTOR"]);
    signInAs(t.actorOf("OWNER"));
    const result = await members.generateResetLinkAction(t.organization.slug, {
      id: t.users.CONTRIBUTOR!.membershipId,
    });
    expect(result).toMatchObject({ ok: true, data: { mail: "failed" } });
    expect(result.ok && result.data.link).toMatch(/^https:\/\/albedo\.example\.com\/reset-password\/[\w-]{43}$/);
  });
});
