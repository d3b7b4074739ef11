import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError, prismaErrorCode } from "@/lib/errors";
import { takeSnapshot } from "@/lib/transparency/collect";
import type { TPublishInput } from "@/lib/transparency/schemas";
import { newPageToken } from "@/lib/transparency/token";

// Publish (or publish again) and revoke the organisation's public page, each with its audit row in the
// same transaction. Publishing again while the page is live keeps its address and replaces the snapshot;
// after a revocation it draws a new token, so the revoked link stays dead. The token is never audited.

/** What the audit log keeps of a publication: the choices, never the token. */
const auditOf = (input: TPublishInput, publishedAt: Date) => ({
  slug: input.slug,
  sections: Object.fromEntries(
    (["totals", "baseYear", "targets", "actions", "methodology", "contributions"] as const).map((k) => [k, input[k]]),
  ),
  periodIds: input.periodIds,
  publishedAt,
});

export async function publishPage(db: Db, scope: TenantScope, input: TPublishInput) {
  const { organizationId } = scope;
  const periodIds = [...new Set(input.periodIds)];
  const owned = await db.reportingPeriod.count({ where: { organizationId, id: { in: periodIds } } });
  if (owned !== periodIds.length) throw new AppError("NOT_FOUND");
  const { slug, ...sections } = { ...input, periodIds };
  const publishedAt = new Date();
  const snapshot = await takeSnapshot(db, organizationId, sections, publishedAt);
  const data = {
    slug,
    sections: sections as Prisma.InputJsonValue,
    snapshot: snapshot as Prisma.InputJsonValue,
    publishedAt,
    revokedAt: null,
  };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.transparencyPage.findUnique({ where: { organizationId } });
      const live = existing !== null && existing.revokedAt === null;
      const page = existing
        ? await tx.transparencyPage.update({
            where: { organizationId },
            data: live ? data : { ...data, token: newPageToken() },
          })
        : await tx.transparencyPage.create({ data: { ...data, organizationId, token: newPageToken() } });
      await recordAudit(tx, {
        ...scope,
        action: live ? "transparency.republish" : "transparency.publish",
        entityType: "TransparencyPage",
        entityId: page.id,
        ...(existing ? { before: { slug: existing.slug, publishedAt: existing.publishedAt } } : {}),
        after: auditOf({ ...input, periodIds }, publishedAt),
      });
      return { token: page.token, slug: page.slug };
    });
  } catch (error) {
    // Another organisation's page already answers at this readable address.
    if (prismaErrorCode(error) === "P2002")
      throw new AppError("CONFLICT", { slug: "transparency.validation.slugTaken" });
    throw error;
  }
}

export async function revokePage(db: Db, scope: TenantScope) {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const page = await tx.transparencyPage.findFirst({ where: { organizationId, revokedAt: null } });
    if (!page) throw new AppError("NOT_FOUND");
    const revokedAt = new Date();
    const { count } = await tx.transparencyPage.updateMany({
      where: { id: page.id, organizationId, revokedAt: null },
      data: { revokedAt },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "transparency.revoke",
      entityType: "TransparencyPage",
      entityId: page.id,
      before: { slug: page.slug, publishedAt: page.publishedAt },
      after: { revokedAt },
    });
  });
}
