import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Serializable, so two owners demoting each other at once cannot leave the organisation ownerless.
const SERIALIZABLE = { isolationLevel: "Serializable" as const };

async function assertAnotherOwnerRemains(tx: Tx, organizationId: string, membershipId: string) {
  const otherOwners = await tx.membership.count({
    where: { organizationId, role: "OWNER", id: { not: membershipId } },
  });
  if (otherOwners === 0) throw new AppError("LAST_OWNER");
}

async function loadMembership(tx: Tx, organizationId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organizationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  return membership;
}

export async function changeMemberRole(db: Db, scope: TenantScope, membershipId: string, role: Role) {
  await db.$transaction(async (tx) => {
    const before = await loadMembership(tx, scope.organizationId, membershipId);
    if (before.role === role) return;
    if (before.role === "OWNER") await assertAnotherOwnerRemains(tx, scope.organizationId, membershipId);
    const { count } = await tx.membership.updateMany({
      where: { id: membershipId, organizationId: scope.organizationId },
      data: { role },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "member.role",
      entityType: "Membership",
      entityId: membershipId,
      before: { email: before.user.email, role: before.role },
      after: { email: before.user.email, role },
    });
  }, SERIALIZABLE);
}

export async function removeMember(db: Db, scope: TenantScope, membershipId: string) {
  await db.$transaction(async (tx) => {
    const before = await loadMembership(tx, scope.organizationId, membershipId);
    if (before.role === "OWNER") await assertAnotherOwnerRemains(tx, scope.organizationId, membershipId);
    const { count } = await tx.membership.deleteMany({
      where: { id: membershipId, organizationId: scope.organizationId },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "member.remove",
      entityType: "Membership",
      entityId: membershipId,
      before: { email: before.user.email, role: before.role },
    });
  }, SERIALIZABLE);
}
