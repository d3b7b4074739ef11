import type { Db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { emailKey, isLoginThrottled, recordLoginAttempt, type ThrottleOptions } from "@/lib/auth/throttle";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

// Check, verify and record run under a per-email advisory lock, so concurrent guesses queue up and each
// one sees the failures before it: a burst cannot slip past the limit while argon2 is still working.
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  throttle: ThrottleOptions,
): Promise<AuthenticateResult> {
  const key = emailKey(input.email);
  const result = await db.$transaction(
    async (tx): Promise<AuthenticateResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"login:" + key}))`;
      if (await isLoginThrottled(tx, input.email, input.ip, throttle)) return { ok: false, reason: "throttled" };
      const user = await tx.user.findUnique({ where: { email: key } });
      const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
      await recordLoginAttempt(tx, input.email, input.ip, Boolean(user && valid));
      if (!user || !valid) return { ok: false, reason: "invalid" };
      return {
        ok: true,
        user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
      };
    },
    { timeout: 15_000 },
  );
  if (result.ok) await db.user.update({ where: { id: result.user.id }, data: { lastLoginAt: new Date() } });
  return result;
}
