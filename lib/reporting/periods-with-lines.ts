import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { REPORT_STATUSES, type TReportStatus } from "@/lib/reporting/schemas";

// Which periods of several organisations hold stored lines counted under a basis (validated by default):
// one query for a whole portfolio, so "the latest period with validated data" needs no aggregate per period.
// An existence check per period (index EmissionLine(organizationId, periodId, …)), never a sum.

export async function periodsWithLines(
  db: Db,
  organizationIds: string[],
  statuses: TReportStatus = "validated",
): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const wanted = [...REPORT_STATUSES[statuses]];
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT p."id" FROM "ReportingPeriod" p
    WHERE p."organizationId" = ANY(${organizationIds}::text[])
      AND EXISTS (
        SELECT 1 FROM "EmissionLine" e
        JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = p."organizationId"
        WHERE e."organizationId" = p."organizationId" AND e."periodId" = p."id"
          AND a."status"::text = ANY(${wanted}::text[])
      )`);
  return new Set(rows.map((r) => r.id));
}
