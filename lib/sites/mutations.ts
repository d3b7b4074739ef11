import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TSiteCreate, TSiteUpdate } from "@/lib/sites/schemas";

export async function createSite(db: Db, scope: TenantScope, input: TSiteCreate) {
  return db.$transaction(async (tx) => {
    const site = await tx.site.create({ data: { ...input, organizationId: scope.organizationId } });
    await recordAudit(tx, { ...scope, action: "site.create", entityType: "Site", entityId: site.id, after: site });
    return site;
  });
}

export async function updateSite(db: Db, scope: TenantScope, siteId: string, input: TSiteUpdate) {
  return db.$transaction(async (tx) => {
    const before = await tx.site.findFirst({ where: { id: siteId, organizationId: scope.organizationId } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.site.updateMany({
      where: { id: siteId, organizationId: scope.organizationId },
      data: input,
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.site.findFirstOrThrow({ where: { id: siteId, organizationId: scope.organizationId } });
    await recordAudit(tx, { ...scope, action: "site.update", entityType: "Site", entityId: siteId, before, after });
    return after;
  });
}

export async function deleteSite(db: Db, scope: TenantScope, siteId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.site.findFirst({ where: { id: siteId, organizationId: scope.organizationId } });
    if (!before) throw new AppError("NOT_FOUND");
    // Emissions recorded at a site must not silently lose it: the user reassigns them first.
    if ((await tx.activityData.count({ where: { organizationId: scope.organizationId, siteId } })) > 0)
      throw new AppError("IN_USE");
    const { count } = await tx.site.deleteMany({ where: { id: siteId, organizationId: scope.organizationId } });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { ...scope, action: "site.delete", entityType: "Site", entityId: siteId, before });
  });
}
