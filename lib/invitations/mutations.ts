import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TInvitationCreate } from "@/lib/invitations/schemas";
import { newInvitationToken } from "@/lib/invitations/token";

// Inviting the same address again replaces the pending link, so only the newest one works.
export async function createInvitation(db: Db, scope: TenantScope, input: TInvitationCreate, ttlDays: number) {
  const { token, tokenHash } = newInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    const existingMember = await tx.membership.findFirst({
      where: { organizationId: scope.organizationId, user: { email: input.email } },
      select: { id: true },
    });
    if (existingMember) throw new AppError("ALREADY_MEMBER", { email: "errors.ALREADY_MEMBER" });
    const pendingWhere = {
      organizationId: scope.organizationId,
      email: input.email,
      acceptedAt: null,
      revokedAt: null,
    };
    const replaced = await tx.invitation.findMany({ where: pendingWhere, select: { id: true } });
    await tx.invitation.updateMany({
      where: { ...pendingWhere, id: { in: replaced.map((r) => r.id) } },
      data: { revokedAt: new Date() },
    });
    for (const { id } of replaced) {
      await recordAudit(tx, {
        ...scope,
        action: "invitation.revoke",
        entityType: "Invitation",
        entityId: id,
        after: { reason: "replaced by a new invitation" },
      });
    }
    const created = await tx.invitation.create({
      data: {
        organizationId: scope.organizationId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: scope.actor.id,
        expiresAt: new Date(Date.now() + ttlDays * 24 * 60 * 60 * 1000),
      },
    });
    const { tokenHash: _omit, ...visible } = created;
    await recordAudit(tx, {
      ...scope,
      action: "invitation.create",
      entityType: "Invitation",
      entityId: created.id,
      after: visible,
    });
    return created;
  });
  return { invitation, token };
}

export async function revokeInvitation(db: Db, scope: TenantScope, invitationId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: scope.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { ...scope, action: "invitation.revoke", entityType: "Invitation", entityId: invitationId });
  });
}

/** The language of the invitation e-mail: the invitee's own when they have an account, else the inviter's. */
export async function inviteeLocale(db: Db, email: string, inviterLocale: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email }, select: { locale: true } });
  return user?.locale ?? inviterLocale;
}
