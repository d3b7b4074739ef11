import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  SESSION_MAX_AGE_SECONDS,
  endAllSessions,
  endSession,
  loadSessionUser,
  sessionClaimsOf,
  type SessionClaims,
} from "@/lib/auth/sessions";
import { changeMemberRole, removeMember } from "@/lib/members/mutations";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { createTenant, testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

async function signedIn(role: "OWNER" | "VIEWER" = "OWNER") {
  const tenant = await createTenant(db, ["OWNER", "VIEWER"]);
  const user = tenant.users[role]!;
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const session = (): SessionClaims => ({
    userId: user.id,
    sessionId: randomUUID(),
    version: sessionVersion,
    startedAt: Date.now(),
  });
  return { tenant, user, session };
}

describe("sessions end on the server, at once", () => {
  it("a signed-out session is refused while the account's other sessions keep working", async () => {
    const { user, session } = await signedIn();
    const laptop = session();
    const phone = session();
    expect(await loadSessionUser(db, laptop)).toMatchObject({ id: user.id, email: user.email });
    await endSession(db, laptop);
    expect(await loadSessionUser(db, laptop)).toBeNull();
    expect(await loadSessionUser(db, phone)).toMatchObject({ id: user.id });
    await endSession(db, laptop); // signing out twice (two tabs) is harmless
    expect(await db.endedSession.count({ where: { sessionId: laptop.sessionId } })).toBe(1);
  });

  it("signing out everywhere ends every session, and a new sign-in works", async () => {
    const { user, session } = await signedIn();
    const laptop = session();
    const phone = session();
    await endAllSessions(db, user.id);
    expect(await loadSessionUser(db, laptop)).toBeNull();
    expect(await loadSessionUser(db, phone)).toBeNull();
    expect(await loadSessionUser(db, { ...session(), version: laptop.version + 1 })).toMatchObject({ id: user.id });
  });

  it("refuses a session older than its lifetime, and forgets ended sessions once they would have expired", async () => {
    const { user, session } = await signedIn();
    const old = { ...session(), startedAt: Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - 1000 };
    expect(await loadSessionUser(db, old)).toBeNull();
    await db.endedSession.create({
      data: { sessionId: randomUUID(), userId: user.id, expiresAt: new Date(Date.now() - 1000) },
    });
    await endSession(db, session());
    expect(await db.endedSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a deleted account and a token without session claims", async () => {
    const { user, session } = await signedIn();
    const claims = session();
    await db.membership.deleteMany({ where: { userId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    expect(await loadSessionUser(db, claims)).toBeNull();
    expect(sessionClaimsOf({ sub: user.id })).toBeNull();
    expect(sessionClaimsOf({ sub: "u", sid: "s", sv: 2, started: 5 })).toEqual({
      userId: "u",
      sessionId: "s",
      version: 2,
      startedAt: 5,
    });
  });

  it("a role change or a removal applies to a live session on its next request", async () => {
    const { tenant, user } = await signedIn("VIEWER");
    const slug = tenant.organization.slug;
    expect(await resolveOrgAccess(db, { userId: user.id, slug })).toMatchObject({ role: "VIEWER" });
    await changeMemberRole(db, tenant.scope(), user.membershipId, "MANAGER");
    expect(await resolveOrgAccess(db, { userId: user.id, slug })).toMatchObject({ role: "MANAGER" });
    await removeMember(db, tenant.scope(), user.membershipId);
    expect(await resolveOrgAccess(db, { userId: user.id, slug })).toBeNull();
  });
});
