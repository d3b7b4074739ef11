import type { Db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { emailKey, isLoginThrottled, recordLoginAttempt, type ThrottleOptions } from "@/lib/auth/throttle";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "throttled" };

export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  throttle: ThrottleOptions,
): Promise<AuthenticateResult> {
  if (await isLoginThrottled(db, input.email, input.ip, throttle)) {
    return { ok: false, reason: "throttled" };
  }
  const user = await db.user.findUnique({ where: { email: emailKey(input.email) } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  await recordLoginAttempt(db, input.email, input.ip, Boolean(user && valid));
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
