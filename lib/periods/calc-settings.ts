import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TPeriodCalcSettingsInput } from "@/lib/periods/calc-settings-schema";

export { ZPeriodCalcSettings, type TPeriodCalcSettingsInput } from "@/lib/periods/calc-settings-schema";

// A period's calculation settings: the GWP set of refrigerant leaks, whether flights count contrails, and
// how capital goods are spread. They belong to the period (a base year keeps the choices it was computed
// with); changing one is audited and recomputes the period in a background job (app/actions/periods.ts).

const SELECT = { gwpSet: true, includeContrails: true, capitalGoodsMethod: true, status: true } as const;

/**
 * Writes the settings of an open period; returns whether anything changed (the caller then starts the
 * recalculation). A locked period refuses (PERIOD_LOCKED), another organisation's is NOT_FOUND.
 */
export async function updatePeriodCalcSettings(
  db: Db,
  scope: TenantScope,
  periodId: string,
  input: TPeriodCalcSettingsInput,
): Promise<{ changed: boolean }> {
  const { organizationId } = scope;
  return db.$transaction(async (tx) => {
    const before = await tx.reportingPeriod.findFirst({ where: { id: periodId, organizationId }, select: SELECT });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
    const { status: _status, ...previous } = before;
    if (
      previous.gwpSet === input.gwpSet &&
      previous.includeContrails === input.includeContrails &&
      previous.capitalGoodsMethod === input.capitalGoodsMethod
    )
      return { changed: false };
    // The status in the predicate: a period locked meanwhile is not changed.
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: periodId, organizationId, status: "OPEN" },
      data: input,
    });
    if (count !== 1) throw new AppError("PERIOD_LOCKED");
    await recordAudit(tx, {
      ...scope,
      action: "period.calcSettings",
      entityType: "ReportingPeriod",
      entityId: periodId,
      before: previous,
      after: input,
    });
    return { changed: true };
  });
}

/** The settings a period computes with now (for a job to check it used the latest ones). */
export async function periodCalcSettings(db: Db, organizationId: string, periodId: string) {
  return db.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { gwpSet: true, includeContrails: true, capitalGoodsMethod: true },
  });
}
