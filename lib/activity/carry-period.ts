import "server-only";
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { carriedItems } from "@/lib/activity/carried";
import { calcContextOf, loadOrgRefs, lockOrganization } from "@/lib/activity/context";
import { CALC_SELECT } from "@/lib/activity/recompute";
import { insertLines } from "@/lib/activity/write";
import { sumDecimals } from "@/lib/numbers/decimal";
import { loadCalcMappings } from "@/lib/calc";

// A period created after amortised equipment was entered picks up that equipment's share: the lines of
// every earlier amortised equipment activity whose lifetime reaches the new period's year. Idempotent
// (the period's carried lines are replaced), one transaction; equipment activities are few, so it runs in
// the period-creation request (measured in carry-period.integration.test.ts).

const equipmentTypes = () =>
  [...loadCalcMappings().activityTypes.values()].filter((t) => t.capitalGoods).map((t) => t.id);

export async function carryIntoPeriod(db: Db, scope: TenantScope, periodId: string) {
  const { organizationId } = scope;
  return db.$transaction(
    async (tx) => {
      const { country } = await lockOrganization(tx, organizationId, "share");
      const refs = await loadOrgRefs(tx, organizationId, country);
      const period = refs.periods.get(periodId);
      if (!period) throw new AppError("NOT_FOUND");
      if (period.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
      const earlier = [...refs.periods.values()]
        .filter((p) => p.year < period.year && p.capitalGoodsMethod === "amortised")
        .map((p) => p.id);
      if (earlier.length === 0) return { activities: 0, lines: 0, kgCO2e: "0" };
      const sources = await tx.activityData.findMany({
        where: { organizationId, periodId: { in: earlier }, activityTypeId: { in: equipmentTypes() } },
        select: CALC_SELECT,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      if (sources.length === 0) return { activities: 0, lines: 0, kgCO2e: "0" };
      const ctx = calcContextOf(refs, await buildOrganizationFactorIndex(tx, organizationId));
      const carried = carriedItems(organizationId, sources, ctx, { onlyPeriodId: periodId });
      await tx.emissionLine.deleteMany({
        where: { organizationId, periodId, activityId: { in: sources.map((s) => s.id) } },
      });
      const lines = await insertLines(tx, carried, new Date());
      const summary = {
        activities: new Set(carried.map((c) => c.owner.activityId)).size,
        lines,
        kgCO2e: sumDecimals(carried.map((c) => c.rounded.kgCO2e)),
      };
      if (lines > 0)
        await recordAudit(tx, {
          ...scope,
          action: "activity.carry",
          entityType: "ReportingPeriod",
          entityId: periodId,
          after: { ...summary, activityIds: [...new Set(carried.map((c) => c.owner.activityId))].slice(0, 200) },
        });
      return summary;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
