import { accountAuditOrganizations, recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { recordLoginAttempt } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashResetToken, plausibleToken, resetState, type ResetState } from "@/lib/password-reset/token";

/** What the reset page shows: the account's address for a usable link, else why it cannot be used. */
export async function findReset(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<{ state: ResetState; email: string } | null> {
  if (!plausibleToken(token)) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  return reset ? { state: resetState(reset, now), email: reset.user.email } : null;
}

const REFUSAL = { used: "RESET_USED", expired: "RESET_EXPIRED" } as const;

/**
 * Sets a new password from a reset link, in one transaction: the link is marked used by a guarded update
 * (of two concurrent uses, one wins), the password changes, every session of the account ends (session
 * version), the account's other open links are voided, and each of its organisations gets an audit row.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  now: Date = new Date(),
): Promise<{ email: string }> {
  const found = await findReset(db, input.token, now);
  if (!found) throw new AppError("RESET_INVALID");
  if (found.state !== "valid") throw new AppError(REFUSAL[found.state]);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: hashResetToken(input.token) },
      select: {
        id: true,
        requestedById: true,
        organizationId: true,
        user: { select: { id: true, email: true } },
      },
    });
    if (!reset) throw new AppError("RESET_INVALID");
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new AppError("RESET_USED");
    const { user } = reset;
    await tx.user.updateMany({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    // Counts as a successful sign-in for unknown browsers: a lock-out from earlier guesses ends, so the
    // person can sign in with the new password from any browser at once.
    await recordLoginAttempt(tx, user.email, { clientKey: null, deviceId: null }, true);
    for (const organizationId of await accountAuditOrganizations(tx, user.id)) {
      await recordAudit(tx, {
        organizationId,
        actor: { id: user.id, email: user.email },
        action: "user.passwordReset",
        entityType: "User",
        entityId: user.id,
        // Who created the link, when it was created from this organisation (not another's ids).
        after: { email: user.email, linkBy: reset.organizationId === organizationId ? reset.requestedById : null },
      });
    }
    return { email: user.email };
  });
}
