import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import { canonicalJson } from "@/lib/activity/columns";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TSiteEnergyInput } from "@/lib/sites/energy-schema";

// Writes a site's energy settings (heating / cooling network, electricity instrument), audited. Returns
// the open periods whose activities at this site must be recomputed (the action queues those jobs).

const SELECT = { heatNetwork: true, coolingNetwork: true, marketInstrument: true } as const;

export async function updateSiteEnergy(
  db: Db,
  scope: TenantScope,
  siteId: string,
  input: TSiteEnergyInput,
): Promise<{ changed: boolean; periodIds: string[] }> {
  const { organizationId } = scope;
  return db.$transaction(async (tx) => {
    const before = await tx.site.findFirst({ where: { id: siteId, organizationId }, select: SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    const after = { ...input, marketInstrument: input.marketInstrument ?? null };
    if (
      before.heatNetwork === after.heatNetwork &&
      before.coolingNetwork === after.coolingNetwork &&
      canonicalJson(before.marketInstrument) === canonicalJson(after.marketInstrument)
    )
      return { changed: false, periodIds: [] };
    const { count } = await tx.site.updateMany({
      where: { id: siteId, organizationId },
      data: { ...after, marketInstrument: after.marketInstrument ?? Prisma.DbNull },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, { ...scope, action: "site.energy", entityType: "Site", entityId: siteId, before, after });
    const periods = await tx.activityData.findMany({
      where: { organizationId, siteId, period: { organizationId, status: "OPEN" } },
      select: { periodId: true },
      distinct: ["periodId"],
    });
    return { changed: true, periodIds: periods.map((p) => p.periodId) };
  });
}
