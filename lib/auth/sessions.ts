import type { Db } from "@/lib/db/client";

// Sessions are JWT cookies, checked against the database on every request so that ending one works at
// once: signing out records the session's id as ended, "sign out everywhere" raises the account's session
// version, and a session never outlives SESSION_MAX_AGE_SECONDS after sign-in (so ended ids can be forgotten).
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type SessionClaims = { userId: string; sessionId: string; version: number; startedAt: number };
export type SessionUser = { id: string; email: string; name: string; locale: string };

/** The claims a JWT carries, or null for a token without them (issued before sessions were tracked). */
export function sessionClaimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const { sub, sid, sv, started } = token ?? {};
  if (typeof sub !== "string" || typeof sid !== "string" || typeof sv !== "number" || typeof started !== "number") {
    return null;
  }
  return { userId: sub, sessionId: sid, version: sv, startedAt: started };
}

const sessionEnd = (claims: SessionClaims) => new Date(claims.startedAt + SESSION_MAX_AGE_SECONDS * 1000);

/** The signed-in user, or null when the account is gone or the session was ended or is too old. */
export async function loadSessionUser(db: Db, claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  if (sessionEnd(claims) <= now) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      sessionVersion: true,
      endedSessions: { where: { sessionId: claims.sessionId }, select: { sessionId: true } },
    },
  });
  if (!user || user.sessionVersion !== claims.version || user.endedSessions.length > 0) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}

/** Signing out: this session's cookie stops working, even if someone copied it. */
export async function endSession(db: Db, claims: SessionClaims): Promise<void> {
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({
      where: { sessionId: claims.sessionId },
      create: { sessionId: claims.sessionId, userId: claims.userId, expiresAt: sessionEnd(claims) },
      update: {},
    }),
  ]);
}

/** Signing out everywhere (and what a password change must do): every session of the account ends. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
