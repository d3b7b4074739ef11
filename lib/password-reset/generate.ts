import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createReset } from "@/lib/password-reset/create";
import type { ResetRecipient } from "@/lib/password-reset/request";
import { mayResetPasswordOf } from "@/lib/password-reset/roles";
import type { EffectiveRole } from "@/lib/permissions";

export type MemberReset = {
  token: string;
  recipient: ResetRecipient;
  /** False when the member can reach other organisations: the link then goes to their own address only. */
  mayShowLink: boolean;
};

/** Whether the account can reach anything beyond this organisation (another membership, a firm). */
async function reachesElsewhere(tx: Tx, userId: string, organizationId: string): Promise<boolean> {
  const [memberships, firms] = await Promise.all([
    tx.membership.count({ where: { userId, organizationId: { not: organizationId } } }),
    tx.firmMembership.count({ where: { userId } }),
  ]);
  return memberships + firms > 0;
}

/**
 * An owner or manager creates a reset link for a member of their organisation. A link shown on screen
 * would let its creator take the account over, so it is refused for accounts that reach other
 * organisations unless it goes by e-mail to the member's own address (canEmail).
 */
export async function generateMemberReset(
  db: Db,
  scope: TenantScope & { role: EffectiveRole },
  membershipId: string,
  options: { canEmail: boolean },
  now: Date = new Date(),
): Promise<MemberReset> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: scope.organizationId },
      select: { id: true, role: true, user: { select: { id: true, email: true, name: true, locale: true } } },
    });
    if (!membership) throw new AppError("NOT_FOUND");
    const { user } = membership;
    if (user.id === scope.actor.id) throw new AppError("RESET_SELF");
    if (!mayResetPasswordOf(scope.role, membership.role)) throw new AppError("RESET_ROLE");
    const mayShowLink = !(await reachesElsewhere(tx, user.id, scope.organizationId));
    if (!mayShowLink && !options.canEmail) throw new AppError("RESET_OTHER_ORGANIZATIONS");
    const { token, reset } = await createReset(
      tx,
      user.id,
      { requestedById: scope.actor.id, organizationId: scope.organizationId },
      now,
    );
    await recordAudit(tx, {
      organizationId: scope.organizationId,
      actor: scope.actor,
      action: "member.passwordResetLink",
      entityType: "Membership",
      entityId: membership.id,
      after: {
        email: user.email,
        role: membership.role,
        // Never the link itself: only how it reaches the member.
        delivery: options.canEmail ? (mayShowLink ? "e-mail, link shown" : "e-mail only") : "link shown",
        expiresAt: reset.expiresAt,
      },
    });
    return { token, recipient: { email: user.email, name: user.name, locale: user.locale }, mayShowLink };
  });
}
