import type { Tx } from "@/lib/db/client";
import { newResetToken } from "@/lib/password-reset/token";

export type ResetOrigin = { requestedById: string | null; organizationId: string | null };

/** Creates a one-hour reset link for an account; returns the token, which is never stored. */
export async function createReset(tx: Tx, userId: string, origin: ResetOrigin, now: Date = new Date()) {
  const { token, tokenHash, expiresAt } = newResetToken(now);
  const reset = await tx.passwordReset.create({
    data: { userId, tokenHash, expiresAt, createdAt: now, ...origin },
    select: { id: true, expiresAt: true },
  });
  return { token, reset };
}
