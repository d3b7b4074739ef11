import type { Db } from "@/lib/db/client";

// A period's "other environmental indicators": every Boavizta criterion except GWP (ADP, PE and any other a
// verbose response carried), summed per criterion × phase over the resources of the period's committed
// imports, as the tools printed them. Never added to the carbon footprint; the dashboards' export lists them.

export type TPeriodIndicator = { criterion: string; phase: string; unit: string; value: string; resources: number };
export type TPeriodIndicators = { resources: number; notAssessed: number; rows: TPeriodIndicator[] };

export async function periodIndicators(db: Db, organizationId: string, periodId: string): Promise<TPeriodIndicators> {
  const [counts] = await db.$queryRaw<{ resources: number; notAssessed: number }[]>`
    SELECT count(*)::int AS "resources", count(*) FILTER (WHERE NOT r."assessed")::int AS "notAssessed"
    FROM "BoaviztaResource" r
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    WHERE r."organizationId" = ${organizationId} AND i."periodId" = ${periodId} AND i."status" = 'COMMITTED'`;
  if (!counts || counts.resources === 0) return { resources: 0, notAssessed: 0, rows: [] };
  // ADP and PE first (BoaviztAPI's defaults), then the others alphabetically.
  const rows = await db.$queryRaw<TPeriodIndicator[]>`
    SELECT m."criterion", m."phase", m."unit", trim_scale(sum(m."value"))::text AS "value",
           count(DISTINCT m."resourceId")::int AS "resources"
    FROM "BoaviztaImpact" m
    JOIN "BoaviztaResource" r ON r."id" = m."resourceId" AND r."organizationId" = m."organizationId"
    JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
    WHERE m."organizationId" = ${organizationId} AND i."periodId" = ${periodId} AND i."status" = 'COMMITTED'
      AND m."criterion" <> 'gwp' AND m."status" = 'value'
    GROUP BY 1, 2, 3
    ORDER BY CASE m."criterion" WHEN 'adp' THEN 0 WHEN 'pe' THEN 1 ELSE 2 END, 1, 2`;
  return { ...counts, rows };
}

/** Whether the period has any resource from a committed Boavizta import (the dashboard then offers the export). */
export async function periodHasBoaviztaResources(db: Db, organizationId: string, periodId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "BoaviztaResource" r
      JOIN "Import" i ON i."id" = r."importId" AND i."organizationId" = r."organizationId"
      WHERE r."organizationId" = ${organizationId} AND i."periodId" = ${periodId} AND i."status" = 'COMMITTED'
    ) AS "found"`;
  return row?.found ?? false;
}
