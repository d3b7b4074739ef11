import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { REPORT_STATUSES, type TReportStatus } from "@/lib/reporting/schemas";
import { kgSql } from "@/lib/reporting/sql";
import { ZId } from "@/lib/validation";

// Year over year (docs/methodology.md): two periods compared group by group, a group being the lines of
// one activity type, site and factor variant (EmissionLine.variantKey: fuel, band, seat class, spend
// category and purpose…, never the factor's year or release). Per group, A = the quantity in the factor
// unit (once per activity: stage lines share it), F = E / A. Δ = E₁ − E₀ splits into the activity effect
// (A₁ − A₀) × F₀ and the factor effect A₁ × (F₁ − F₀) = Δ − activity effect. A group present in one period
// only is all activity effect, reported apart as the perimeter. Effects are computed per group and
// classification cell, the activity effect rounded to 6 decimals and the factor effect taking the
// remainder, so activity + factor = Δ exactly in every cell and in every sum of cells.

const sql = Prisma.sql;

export const ZYearOverYearOptions = z
  .object({
    fromPeriodId: ZId, // E₀: the base year or the previous period
    toPeriodId: ZId, // E₁: the period compared
    statuses: z.enum(Object.keys(REPORT_STATUSES) as [TReportStatus, ...TReportStatus[]]).default("validated"),
    scope2: z.enum(["location", "market"]).default("location"),
  })
  .strict()
  .refine((o) => o.fromPeriodId !== o.toPeriodId, { error: "two different periods" });
export type TYearOverYearOptions = z.input<typeof ZYearOverYearOptions>;

/** Exact decimal text (kg, 6 decimals). activityKg includes perimeterKg; activity + factor = delta. */
export type TYoyFigures = {
  fromKg: string;
  toKg: string;
  deltaKg: string;
  activityKg: string;
  factorKg: string;
  perimeterKg: string;
};
export type TYoyGroup = TYoyFigures & {
  activityTypeId: string;
  siteId: string | null;
  variantKey: string;
  fromQuantity: string | null; // A₀ in the factor unit; null = not in the earlier period
  toQuantity: string | null;
};
export type TYearOverYear = {
  basis: { fromPeriodId: string; toPeriodId: string; statuses: TReportStatus; scope2: "location" | "market" };
  total: TYoyFigures;
  ghg: (TYoyFigures & { key: string })[]; // "scope1", "scope2", "3.1" … "3.15"
  beges: (TYoyFigures & { key: string })[]; // "1" … "6"
  groups: TYoyGroup[]; // largest |Δ| first
};

type TRow = Record<"from_kg" | "to_kg" | "delta_kg" | "activity_kg" | "factor_kg" | "perimeter_kg", string> & {
  level: "group" | "ghg" | "beges" | "total";
  type: string | null;
  site: string | null;
  variant: string | null;
  a0: string | null;
  a1: string | null;
  ghg_key: string | null;
  beges_key: number | null;
};

export async function yearOverYear(
  db: Db | Tx,
  organizationId: string,
  input: TYearOverYearOptions,
): Promise<TYearOverYear> {
  const o = ZYearOverYearOptions.parse(input);
  const statuses = [...REPORT_STATUSES[o.statuses]];
  const rows = await db.$queryRaw<TRow[]>(sql`
    WITH lines AS (
      SELECT e."periodId" = ${o.toPeriodId} AS later, e."activityId", e."position", e."quantity",
        e."activityTypeId" AS type, COALESCE(e."siteId", '') AS site,
        -- A line written before keys were stored and never backfilled: its unit alone.
        COALESCE(e."variantKey", 'unit=' || e."factorUnit") AS variant,
        CASE WHEN e."scope" = 3 THEN '3.' || e."ghgCategory" ELSE 'scope' || e."scope" END AS ghg_key,
        split_part(e."begesPoste", '.', 1)::int AS beges_key,
        ${kgSql(o.scope2)} AS kg
      FROM "EmissionLine" e
      JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
      WHERE e."organizationId" = ${organizationId}
        AND e."periodId" IN (${o.fromPeriodId}, ${o.toPeriodId})
        AND a."status"::text = ANY(${statuses}::text[])
    ),
    -- A: the activity's quantity once (its first line in the group), summed over the group's activities.
    per_activity AS (
      SELECT later, type, site, variant, (array_agg("quantity" ORDER BY "position"))[1] AS a
      FROM lines GROUP BY later, type, site, variant, "activityId"
    ),
    quantities AS (
      SELECT type, site, variant, SUM(a) FILTER (WHERE NOT later) AS a0, SUM(a) FILTER (WHERE later) AS a1
      FROM per_activity GROUP BY type, site, variant
    ),
    cells AS (
      SELECT type, site, variant, ghg_key, beges_key,
        COALESCE(SUM(kg) FILTER (WHERE NOT later), 0) AS e0, COALESCE(SUM(kg) FILTER (WHERE later), 0) AS e1
      FROM lines GROUP BY type, site, variant, ghg_key, beges_key
    ),
    effects AS (
      SELECT c.*, q.a0, q.a1, c.e1 - c.e0 AS delta,
        CASE WHEN q.a0 IS NULL OR q.a1 IS NULL OR q.a0 = 0 THEN c.e1 - c.e0
             ELSE round((q.a1 - q.a0) * c.e0 / q.a0, 6) END AS activity,
        CASE WHEN q.a0 IS NULL OR q.a1 IS NULL THEN c.e1 - c.e0 ELSE 0 END AS perimeter
      FROM cells c JOIN quantities q USING (type, site, variant)
    )
    SELECT
      CASE WHEN GROUPING(type) = 0 THEN 'group' WHEN GROUPING(ghg_key) = 0 THEN 'ghg'
           WHEN GROUPING(beges_key) = 0 THEN 'beges' ELSE 'total' END AS level,
      type, NULLIF(site, '') AS site, variant, MAX(a0)::text AS a0, MAX(a1)::text AS a1, ghg_key, beges_key,
      round(COALESCE(SUM(e0), 0), 6)::text AS from_kg, round(COALESCE(SUM(e1), 0), 6)::text AS to_kg,
      round(COALESCE(SUM(delta), 0), 6)::text AS delta_kg, round(COALESCE(SUM(activity), 0), 6)::text AS activity_kg,
      round(COALESCE(SUM(delta - activity), 0), 6)::text AS factor_kg,
      round(COALESCE(SUM(perimeter), 0), 6)::text AS perimeter_kg
    FROM effects
    GROUP BY GROUPING SETS ((type, site, variant), (ghg_key), (beges_key), ())
  `);
  const figures = (r: TRow): TYoyFigures => ({
    fromKg: r.from_kg,
    toKg: r.to_kg,
    deltaKg: r.delta_kg,
    activityKg: r.activity_kg,
    factorKg: r.factor_kg,
    perimeterKg: r.perimeter_kg,
  });
  const bySize = <T extends TYoyFigures>(a: T, b: T) => Math.abs(Number(b.deltaKg)) - Math.abs(Number(a.deltaKg));
  const total = rows.find((r) => r.level === "total");
  return {
    basis: { fromPeriodId: o.fromPeriodId, toPeriodId: o.toPeriodId, statuses: o.statuses, scope2: o.scope2 },
    total: total ? figures(total) : ZERO,
    ghg: rows
      .filter((r) => r.level === "ghg")
      .map((r) => ({ key: String(r.ghg_key), ...figures(r) }))
      .sort((a, b) => Number(b.toKg) - Number(a.toKg)),
    beges: rows
      .filter((r) => r.level === "beges")
      .map((r) => ({ key: String(r.beges_key), ...figures(r) }))
      .sort((a, b) => Number(b.toKg) - Number(a.toKg)),
    groups: rows
      .filter((r) => r.level === "group")
      .map((r) => ({
        activityTypeId: String(r.type),
        siteId: r.site,
        variantKey: String(r.variant),
        fromQuantity: r.a0,
        toQuantity: r.a1,
        ...figures(r),
      }))
      .sort(bySize),
  };
}

const ZERO: TYoyFigures = {
  fromKg: "0.000000",
  toKg: "0.000000",
  deltaKg: "0.000000",
  activityKg: "0.000000",
  factorKg: "0.000000",
  perimeterKg: "0.000000",
};
