import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Decimal } from "@/lib/numbers/decimal";
import type { TPeriodFigures } from "@/lib/periods/figures-schema";

export { zPeriodFigures, type TPeriodFigures } from "@/lib/periods/figures-schema";

// A period's own headcount and revenue: the denominators of its intensities, so a year keeps the size the
// company had then. Empty = the organisation profile's current figures are used (and the dashboard says so).

/** Writes an open period's figures; unchanged figures write and record nothing. */
export async function updatePeriodFigures(db: Db, scope: TenantScope, periodId: string, input: TPeriodFigures) {
  const { organizationId } = scope;
  await db.$transaction(async (tx) => {
    const before = await tx.reportingPeriod.findFirst({
      where: { id: periodId, organizationId },
      select: { headcount: true, annualRevenueEur: true, status: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const sameRevenue =
      before.annualRevenueEur === null || input.annualRevenueEur === null
        ? before.annualRevenueEur === input.annualRevenueEur
        : new Decimal(before.annualRevenueEur.toFixed()).eq(input.annualRevenueEur);
    if (before.headcount === input.headcount && sameRevenue) return;
    if (before.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: periodId, organizationId, status: "OPEN" },
      data: input,
    });
    if (count !== 1) throw new AppError("PERIOD_LOCKED");
    const { status: _status, ...previous } = before;
    await recordAudit(tx, {
      ...scope,
      action: "period.figures",
      entityType: "ReportingPeriod",
      entityId: periodId,
      before: previous,
      after: input,
    });
  });
}
