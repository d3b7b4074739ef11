// Copy a line (typically last year's) into another open period: the same inputs through createActivity, so
// it is computed with today's factors, audited as a creation, and refused for a locked period. A date moves
// by the years between the two periods, so it stays inside the target period.
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createActivity, type TCreateOptions } from "@/lib/activity/mutations";
import { ZActivityCreate } from "@/lib/activity/schemas";
import { isoDateOf } from "@/lib/periods/dates";

function shiftYears(date: Date | null, years: number): string | null {
  if (!date) return null;
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  // 29 February into a common year rolls over to 1 March: keep the end of February instead.
  if (shifted.getUTCMonth() !== date.getUTCMonth()) shifted.setUTCDate(0);
  return isoDateOf(shifted);
}

export async function duplicateActivity(
  db: Db,
  scope: TenantScope,
  activityId: string,
  { periodId }: { periodId: string },
  options: Pick<TCreateOptions, "limitToAssignedRequests"> = {},
) {
  const { organizationId } = scope;
  const source = await db.activityData.findFirst({
    where: { id: activityId, organizationId },
    include: { period: { select: { year: true } } },
  });
  if (!source) throw new AppError("NOT_FOUND");
  const target = await db.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { year: true },
  });
  if (!target) throw new AppError("NOT_FOUND");
  const years = target.year - source.period.year;
  const input = ZActivityCreate.parse({
    periodId,
    siteId: source.siteId,
    productId: source.productId,
    activityTypeId: source.activityTypeId,
    quantity: source.quantity.toFixed(),
    unit: source.unit,
    region: source.region,
    activityDate: shiftYears(source.activityDate, years),
    activityYear: source.activityYear === null ? null : source.activityYear + years,
    options: source.options,
    uncertaintyPct: source.uncertaintyPct?.toFixed() ?? null,
    customFactorId: source.customFactorId,
    label: source.label,
    description: source.description,
    evidenceNote: source.evidenceNote,
  });
  return createActivity(db, scope, input, options);
}
