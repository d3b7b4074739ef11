import { lockOrganization } from "@/lib/activity/context";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sumDecimals } from "@/lib/numbers/decimal";

// Rolling an import back deletes exactly its activities (their lines follow by cascade, carried ones
// included), in one transaction under the inventory lock, audited. Refused when any of those lines sits in
// a locked period: a locked inventory is frozen.

/** Inside the caller's transaction (which holds the organisation lock): also used when a new import replaces it. */
export async function rollbackWithin(
  tx: Tx,
  scope: TenantScope,
  imp: { id: string; fileName: string; sha256: string },
  reason: "rollback" | "replaced",
): Promise<{ activities: number; kgCO2e: string }> {
  const { organizationId } = scope;
  const locked = await tx.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "ReportingPeriod" p
    WHERE p."organizationId" = ${organizationId} AND p."status" = 'LOCKED' AND (
      EXISTS (SELECT 1 FROM "ActivityData" a WHERE a."organizationId" = ${organizationId} AND a."importId" = ${imp.id} AND a."periodId" = p."id")
      OR EXISTS (SELECT 1 FROM "EmissionLine" e JOIN "ActivityData" a ON a."id" = e."activityId"
                 WHERE a."organizationId" = ${organizationId} AND a."importId" = ${imp.id} AND e."periodId" = p."id"))`;
  if (Number(locked[0]?.n ?? 0) > 0) throw new AppError("PERIOD_LOCKED");
  const totals = await tx.activityData.findMany({
    where: { organizationId, importId: imp.id },
    select: { kgCO2e: true },
  });
  const { count } = await tx.activityData.deleteMany({ where: { organizationId, importId: imp.id } });
  const changed = await tx.import.updateMany({
    where: { id: imp.id, organizationId, status: "COMMITTED" },
    data: { status: "ROLLED_BACK", rolledBackById: scope.actor.id, rolledBackAt: new Date() },
  });
  if (changed.count !== 1) throw new AppError("CONFLICT");
  const kgCO2e = sumDecimals(totals.map((t) => t.kgCO2e));
  await recordAudit(tx, {
    ...scope,
    action: "import.rollback",
    entityType: "Import",
    entityId: imp.id,
    before: { status: "COMMITTED", activities: count, kgCO2e },
    after: { status: "ROLLED_BACK", reason, fileName: imp.fileName, sha256: imp.sha256 },
  });
  return { activities: count, kgCO2e };
}

export async function rollbackImport(db: Db, scope: TenantScope, importId: string) {
  return db.$transaction(
    async (tx) => {
      await lockOrganization(tx, scope.organizationId, "exclusive");
      const imp = await tx.import.findFirst({
        where: { id: importId, organizationId: scope.organizationId },
        select: { id: true, status: true, fileName: true, sha256: true },
      });
      if (!imp) throw new AppError("NOT_FOUND");
      if (imp.status !== "COMMITTED") throw new AppError("CONFLICT");
      return rollbackWithin(tx, scope, imp, "rollback");
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
}
