import { accountAuditOrganizations, recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db/client";
import type { LockReason } from "@/lib/auth/throttle";

export type SignInLock = {
  user: { id: string; email: string };
  reason: LockReason;
  clientAddress: string | null;
  windowMinutes: number;
};

// A lock-out that has just started is written to the audit log of every organisation the account belongs
// to, so its owners see someone guessing (from where, and for how long sign-in is refused), and to the
// server log for the administrator.
export async function auditSignInLock(tx: Tx, lock: SignInLock): Promise<void> {
  const after = {
    email: lock.user.email,
    reason: lock.reason,
    clientAddress: lock.clientAddress,
    lockedForMinutes: lock.windowMinutes,
  };
  for (const organizationId of await accountAuditOrganizations(tx, lock.user.id)) {
    await recordAudit(tx, {
      organizationId,
      actor: null,
      action: "user.signInLocked",
      entityType: "User",
      entityId: lock.user.id,
      after,
    });
  }
  console.warn(
    `[auth] sign-in locked (${lock.reason}) for ${lock.user.email} from ${lock.clientAddress ?? "an unknown address"}`,
  );
}
