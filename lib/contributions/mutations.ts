import { recordAudit, type TenantScope } from "@/lib/audit";
import type { TContributionCreate } from "@/lib/contributions/schemas";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function createContribution(db: Db, scope: TenantScope, input: TContributionCreate) {
  return db.$transaction(async (tx) => {
    const row = await tx.climateContribution.create({ data: { ...input, organizationId: scope.organizationId } });
    await recordAudit(tx, {
      ...scope,
      action: "contribution.create",
      entityType: "ClimateContribution",
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function deleteContribution(db: Db, scope: TenantScope, id: string) {
  await db.$transaction(async (tx) => {
    const where = { id, organizationId: scope.organizationId };
    const before = await tx.climateContribution.findFirst({ where });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.climateContribution.deleteMany({ where });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      ...scope,
      action: "contribution.delete",
      entityType: "ClimateContribution",
      entityId: id,
      before,
    });
  });
}
