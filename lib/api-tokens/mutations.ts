import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { EffectiveRole } from "@/lib/permissions";
import { assignableTokenRoles } from "@/lib/api-tokens/roles";
import { generateTokenSecret, hashTokenSecret, visiblePrefix } from "@/lib/api-tokens/secret";
import type { TApiTokenCreate } from "@/lib/api-tokens/schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

// What the audit log keeps of a token: never its secret or hash.
const auditView = (t: {
  name: string;
  role: string;
  prefix: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
}) => ({
  name: t.name,
  role: t.role,
  prefix: t.prefix,
  expiresAt: t.expiresAt,
  revokedAt: t.revokedAt,
});

/** Creates a token and returns its secret: the only time it exists outside the caller's hands. */
export async function createApiToken(
  db: Db,
  scope: TenantScope & { creatorRole: EffectiveRole },
  input: TApiTokenCreate,
  now = new Date(),
) {
  if (!assignableTokenRoles(scope.creatorRole).includes(input.role)) throw new AppError("FORBIDDEN");
  const secret = generateTokenSecret();
  const expiresAt = input.lifetime === "never" ? null : new Date(now.getTime() + Number(input.lifetime) * DAY_MS);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        organizationId: scope.organizationId,
        name: input.name,
        role: input.role,
        secretHash: hashTokenSecret(secret),
        prefix: visiblePrefix(secret),
        expiresAt,
        createdById: scope.actor.id,
        createdAt: now,
      },
      select: { id: true, name: true, role: true, prefix: true, expiresAt: true, revokedAt: true },
    });
    await recordAudit(tx, {
      ...scope,
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: created.id,
      after: auditView(created),
    });
    return created;
  });
  return { id: token.id, prefix: token.prefix, secret };
}

/** Revokes one of the organisation's tokens; revoking it again, or another organisation's, is NOT_FOUND. */
export async function revokeApiToken(db: Db, scope: TenantScope, tokenId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const where = { id: tokenId, organizationId: scope.organizationId, revokedAt: null };
    const before = await tx.apiToken.findFirst({ where });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.apiToken.updateMany({ where, data: { revokedAt: now } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: tokenId,
      before: auditView(before),
      after: auditView({ ...before, revokedAt: now }),
    });
  });
}
