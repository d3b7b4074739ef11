import "server-only";
import type { Db } from "@/lib/db/client";
import type { AuditActor } from "@/lib/audit";
import type { EffectiveRole } from "@/lib/permissions";
import { resolveOrgAccess, type OrgSummary } from "@/lib/organizations/access";
import { effectiveTokenRole } from "@/lib/api-tokens/roles";
import { bearerSecret, hashTokenSecret } from "@/lib/api-tokens/secret";

export type TApiCaller = {
  tokenId: string;
  organization: OrgSummary;
  role: EffectiveRole;
  /** Who the audit rows name: the token's creator (the token acts on their behalf). */
  actor: AuditActor;
};

// lastUsedAt is written at most once a minute per token, so a busy client costs no write per request.
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The caller of an API request from its Authorization header, or null: no or malformed header, unknown
 * secret, expired or revoked token, or a creator who no longer has access to the organisation.
 */
export async function authenticateApiToken(db: Db, authorization: string | null, now = new Date()) {
  const secret = bearerSecret(authorization);
  if (secret === null) return null;
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdById: true,
      organization: { select: { slug: true } },
    },
  });
  if (!token || token.revokedAt !== null) return null;
  if (token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime()) return null;
  const access = await resolveOrgAccess(db, { userId: token.createdById, slug: token.organization.slug });
  if (!access) return null;
  const creator = await db.user.findUnique({ where: { id: token.createdById }, select: { email: true } });
  if (!creator) return null;
  if (token.lastUsedAt === null || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    // Scoped to the token's organisation like every write; a lost race only skips one refresh.
    await db.apiToken.updateMany({
      where: { id: token.id, organizationId: access.organization.id },
      data: { lastUsedAt: now },
    });
  }
  return {
    tokenId: token.id,
    organization: access.organization,
    role: effectiveTokenRole(token.role, access.role),
    actor: { id: token.createdById, email: creator.email },
  } satisfies TApiCaller;
}
