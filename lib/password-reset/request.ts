import { emailKey as emailKeyOf } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { throttleKeyOf } from "@/lib/http/client-address";
import { createReset } from "@/lib/password-reset/create";

// "Forgot password" requests per address and per client, counted whether or not the account exists.
export type ResetThrottle = { perEmail: number; perIp: number; windowMinutes: number };
export const DEFAULT_RESET_THROTTLE: ResetThrottle = { perEmail: 3, perIp: 10, windowMinutes: 60 };

export type ResetRecipient = { email: string; name: string; locale: string };

/**
 * Records the request and, when the address belongs to an account, creates a reset link for it.
 * Null for an unknown address: the caller answers the same either way. Throttled requests throw
 * TOO_MANY_ATTEMPTS, which tells nothing about the account since unknown addresses count too.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string | null },
  throttle: ResetThrottle = DEFAULT_RESET_THROTTLE,
  now: Date = new Date(),
): Promise<{ token: string; user: ResetRecipient } | null> {
  const emailKey = emailKeyOf(input.email);
  // Counted like sign-in failures: by address, IPv6 by /64.
  const clientKey = throttleKeyOf(input.ip);
  const since = new Date(now.getTime() - throttle.windowMinutes * 60_000);
  return db.$transaction(async (tx) => {
    // Concurrent requests for one address queue up, so the count cannot be raced past.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"reset:" + emailKey}))`;
    const forEmail = await tx.passwordResetRequest.count({ where: { emailKey, createdAt: { gte: since } } });
    const fromIp = clientKey
      ? await tx.passwordResetRequest.count({ where: { ip: clientKey, createdAt: { gte: since } } })
      : 0;
    if (forEmail >= throttle.perEmail || fromIp >= throttle.perIp) throw new AppError("TOO_MANY_ATTEMPTS");
    await tx.passwordResetRequest.create({ data: { emailKey, ip: clientKey, createdAt: now } });
    const user = await tx.user.findUnique({
      where: { email: emailKey },
      select: { id: true, email: true, name: true, locale: true },
    });
    if (!user) return null;
    const { token } = await createReset(tx, user.id, { requestedById: null, organizationId: null }, now);
    return { token, user: { email: user.email, name: user.name, locale: user.locale } };
  });
}
