import "server-only";
import type { Db } from "@/lib/db/client";

export type TApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** The organisation's tokens, newest first, with who created them; never their hashes. */
export async function listApiTokens(db: Db, organizationId: string) {
  const tokens = await db.apiToken.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      role: true,
      prefix: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      createdById: true,
    },
  });
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(tokens.map((t) => t.createdById))] } },
    select: { id: true, name: true },
  });
  const byId = new Map(creators.map((u) => [u.id, u.name]));
  return tokens.map((t) => ({ ...t, createdBy: byId.get(t.createdById) ?? null }));
}
