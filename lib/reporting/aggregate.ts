import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { DIMENSION_SQL, fromLinesSql, kgSql } from "@/lib/reporting/sql";
import {
  ZReportOptions,
  type TReport,
  type TReportGroup,
  type TReportKey,
  type TReportOptionsInput,
} from "@/lib/reporting/schemas";

// The one aggregation of stored emission lines: a GROUP BY in PostgreSQL, exact numeric sums returned as
// text. Uncertainty follows docs/methodology.md: lines of one activity share its quantity (and usually its
// factor), so within a group their absolute uncertainties add linearly; activities are independent and
// combine in quadrature. A line's stored uncertaintyPct already holds √(u_activity² + u_factor²) with an
// unknown factor uncertainty left out; the known share says how much of the group that covers.

const sql = Prisma.sql;

type TRow = {
  k0?: string | number | null;
  k1?: string | number | null;
  k2?: string | number | null;
  kg: string;
  u: string;
  known: string | null;
  co2b: string;
  lines: number;
  activities: number;
};

export async function aggregateEmissions(
  db: Db | Tx,
  organizationId: string,
  input: TReportOptionsInput,
): Promise<TReport> {
  const options = ZReportOptions.parse(input);
  const dims = options.groupBy.map((d, i) => sql`${DIMENSION_SQL[d]} AS k${Prisma.raw(String(i))}`);
  const keys = options.groupBy.map((_, i) => Prisma.raw(`k${i}`));
  const kg = kgSql(options.scope2);
  const rows = await db.$queryRaw<TRow[]>(sql`
    WITH per_activity AS (
      SELECT ${Prisma.join([...dims, sql`e."activityId"`], ", ")},
        SUM(${kg}) AS kg,
        -- Uncertainty and shares are estimates: float8 (fast); kg and biogenic CO2 stay exact numeric.
        SUM(ABS(${kg})::float8 * COALESCE(e."uncertaintyPct", 0)::float8) / 100 AS u,
        SUM(CASE WHEN e."factorUncertaintyKnown" THEN ABS(${kg})::float8 ELSE 0 END) AS known,
        SUM(ABS(${kg})::float8) AS magnitude,
        SUM(COALESCE(e."co2b", 0)) AS co2b,
        COUNT(*) AS lines
      ${fromLinesSql(organizationId, options)}
      GROUP BY ${Prisma.join([...keys, sql`e."activityId"`], ", ")}
    )
    SELECT ${keys.length > 0 ? sql`${Prisma.join(keys, ", ")},` : sql``}
      round(COALESCE(SUM(kg), 0), 6)::text AS kg,
      round(COALESCE(sqrt(SUM(u * u)), 0)::numeric, 6)::text AS u,
      round((SUM(known) / NULLIF(SUM(magnitude), 0))::numeric, 6)::text AS known,
      round(COALESCE(SUM(co2b), 0), 6)::text AS co2b,
      COALESCE(SUM(lines), 0)::int AS lines,
      COUNT(*)::int AS activities
    FROM per_activity
    ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")} ORDER BY ${Prisma.join(keys, ", ")}` : sql``}
  `);
  return {
    basis: { periodIds: options.periodIds ?? null, statuses: options.statuses, scope2: options.scope2 },
    groups: rows.map((row): TReportGroup => {
      const key: TReportKey = {};
      options.groupBy.forEach((d, i) => (key[d] = row[`k${i}` as "k0"] ?? null));
      return {
        key,
        kgCO2e: row.kg,
        uncertaintyKgCO2e: row.u,
        knownUncertaintyShare: row.known,
        biogenicCo2Kg: row.co2b,
        lines: row.lines,
        activities: row.activities,
      };
    }),
  };
}
