import type { Db } from "@/lib/db/client";

export async function listMembersAndInvitations(db: Db, organizationId: string) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organizationId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true, lastLoginAt: true } },
      },
    }),
    db.invitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    }),
  ]);
  return { members, invitations };
}
