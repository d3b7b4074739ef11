import { accountAuditOrganizations, recordAudit } from "@/lib/audit";
import { emailKey } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { createReset } from "@/lib/password-reset/create";

/**
 * The server administrator's way in when no e-mail is configured and an owner is locked out
 * (npm run user:reset-link). Each organisation of the account gets an audit row with no actor.
 */
export async function createServerAdminReset(
  db: Db,
  email: string,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: emailKey(email) },
      select: { id: true, email: true },
    });
    if (!user) return null;
    const { token, reset } = await createReset(tx, user.id, { requestedById: null, organizationId: null }, now);
    for (const organizationId of await accountAuditOrganizations(tx, user.id)) {
      await recordAudit(tx, {
        organizationId,
        actor: null,
        action: "user.passwordResetLink",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, by: "server administrator", expiresAt: reset.expiresAt },
      });
    }
    return { token, expiresAt: reset.expiresAt };
  });
}
