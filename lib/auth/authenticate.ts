import type { Db } from "@/lib/db/client";
import { findTrustedDevice } from "@/lib/auth/devices";
import { auditSignInLock } from "@/lib/auth/lockout-audit";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { emailKey, lockReason, recordLoginAttempt, type ThrottleOptions } from "@/lib/auth/throttle";
import { throttleKeyOf } from "@/lib/http/client-address";

/** Where an attempt comes from: the client address when known, and the browser's device cookie. */
export type SignInClient = { address: string | null; deviceToken: string | null };

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

// Check, verify and record run under a per-email advisory lock, so concurrent guesses queue up and each
// one sees the failures before it: a burst cannot slip past the limit while argon2 is still working.
export async function authenticate(
  db: Db,
  input: { email: string; password: string; client: SignInClient },
  throttle: ThrottleOptions,
): Promise<AuthenticateResult> {
  const key = emailKey(input.email);
  const result = await db.$transaction(
    async (tx): Promise<AuthenticateResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"login:" + key}))`;
      const user = await tx.user.findUnique({ where: { email: key } });
      const device = user ? await findTrustedDevice(tx, user.id, input.client.deviceToken) : null;
      const source = { clientKey: throttleKeyOf(input.client.address), deviceId: device?.id ?? null };
      if (await lockReason(tx, input.email, source, throttle)) return { ok: false, reason: "throttled" };

      const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
      await recordLoginAttempt(tx, input.email, source, Boolean(user && valid));
      if (!user || !valid) {
        // This failure may be the one that starts a lock-out: the account's owners should know.
        const reason = user ? await lockReason(tx, input.email, source, throttle) : null;
        if (user && reason) {
          await auditSignInLock(tx, {
            user,
            reason,
            clientAddress: input.client.address,
            windowMinutes: throttle.windowMinutes,
          });
        }
        return { ok: false, reason: "invalid" };
      }
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
