import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { rollupCanAnswer, rollupReportSql, rollupReportsSql } from "@/lib/reporting/rollup/query";
import { requestRollupRebuild } from "@/lib/reporting/rollup/refresh";
import { DIMENSION_SQL, fromLinesSql, kgSql, uncertaintyText } from "@/lib/reporting/sql";
import {
  ZReportOptions,
  type TReport,
  type TReportGroup,
  type TReportKey,
  type TReportOptions,
  type TReportOptionsInput,
} from "@/lib/reporting/schemas";

// The one aggregation of stored emission lines: a GROUP BY in PostgreSQL, exact numeric sums returned as
// text. Uncertainty follows docs/methodology.md: lines of one activity share its quantity (and usually its
// factor), so within a group their absolute uncertainties add linearly; activities are independent and
// combine in quadrature. A line's stored uncertaintyPct already holds √(u_activity² + u_factor²) with an
// unknown factor uncertainty left out; the known share says how much of the group that covers.
// Reports over whole periods read the period's rollup when it is fresh (rollup/, README "Rollups"): the same
// exact sums, so the same text; otherwise the lines, live, and a rebuild is requested.

const sql = Prisma.sql;

type TRow = {
  fresh?: string[];
  k0?: string | number | null;
  k1?: string | number | null;
  k2?: string | number | null;
  kg: string;
  u: string | null;
  known: string | null;
  co2b: string;
  lines: number;
  activities: number | null;
};

function liveSql(organizationId: string, options: TReportOptions): Prisma.Sql {
  const dims = options.groupBy.map((d, i) => sql`${DIMENSION_SQL[d]} AS k${Prisma.raw(String(i))}`);
  const keys = options.groupBy.map((_, i) => Prisma.raw(`k${i}`));
  const kg = kgSql(options.scope2);
  if (options.measures === "kg") return liveKgSql(organizationId, options, dims, keys, kg);
  return sql`
    WITH per_activity AS (
      SELECT ${Prisma.join([...dims, sql`e."activityId"`], ", ")},
        SUM(${kg}) AS kg,
        -- Exact numeric throughout (kg·%), so a rollup of the same lines gives the same text.
        SUM(ABS(${kg}) * COALESCE(e."uncertaintyPct", 0)) AS u,
        SUM(CASE WHEN e."factorUncertaintyKnown" THEN ABS(${kg}) ELSE 0 END) AS known,
        SUM(ABS(${kg})) AS magnitude,
        SUM(COALESCE(e."co2b", 0)) AS co2b,
        COUNT(*) AS lines
      ${fromLinesSql(organizationId, options)}
      GROUP BY ${Prisma.join([...keys, sql`e."activityId"`], ", ")}
    )
    SELECT ${keys.length > 0 ? sql`${Prisma.join(keys, ", ")},` : sql``}
      round(COALESCE(SUM(kg), 0), 6)::text AS kg,
      ${uncertaintyText(sql`SUM(u * u)`)} AS u,
      round(SUM(known) / NULLIF(SUM(magnitude), 0), 6)::text AS known,
      round(COALESCE(SUM(co2b), 0), 6)::text AS co2b,
      COALESCE(SUM(lines), 0)::int AS lines,
      COUNT(*)::int AS activities
    FROM per_activity
    ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")} ORDER BY ${Prisma.join(keys, ", ")}` : sql``}
  `;
}

/** Sums only: one GROUP BY over the lines, no per-activity pass (measures = "kg"). */
function liveKgSql(
  organizationId: string,
  options: TReportOptions,
  dims: Prisma.Sql[],
  keys: Prisma.Sql[],
  kg: Prisma.Sql,
): Prisma.Sql {
  return sql`
    SELECT ${dims.length > 0 ? sql`${Prisma.join(dims, ", ")},` : sql``}
      round(COALESCE(SUM(${kg}), 0), 6)::text AS kg, NULL::text AS u, NULL::text AS known,
      round(COALESCE(SUM(COALESCE(e."co2b", 0)), 0), 6)::text AS co2b, COUNT(*)::int AS lines, NULL::int AS activities
    ${fromLinesSql(organizationId, options)}
    ${keys.length > 0 ? sql`GROUP BY ${Prisma.join(keys, ", ")} ORDER BY ${Prisma.join(keys, ", ")}` : sql``}
  `;
}

/** The rollup's rows, or null when a period asked for has no fresh rollup (a rebuild is then requested). */
async function fromRollup(db: Db | Tx, organizationId: string, options: TReportOptions): Promise<TRow[] | null> {
  if (!rollupCanAnswer(options)) return null;
  const rows = await db.$queryRaw<TRow[]>(rollupReportSql(organizationId, options));
  const fresh = new Set(rows[0]?.fresh ?? []);
  const stale = options.periodIds.filter((p) => !fresh.has(p));
  if (stale.length > 0) {
    for (const periodId of new Set(stale)) requestRollupRebuild(organizationId, periodId);
    return null;
  }
  // Grouped reports with no lines come back as the one freshness row.
  return options.groupBy.length > 0 ? rows.filter((r) => r.lines > 0) : rows;
}

export type TAggregateOptions = {
  /** The live path even when a fresh rollup exists (tests and the bench compare both). */
  live?: boolean;
};

export async function aggregateEmissions(
  db: Db | Tx,
  organizationId: string,
  input: TReportOptionsInput,
  { live = false }: TAggregateOptions = {},
): Promise<TReport> {
  const options = ZReportOptions.parse(input);
  const rows =
    (live ? null : await fromRollup(db, organizationId, options)) ??
    (await db.$queryRaw<TRow[]>(liveSql(organizationId, options)));
  return reportOf(options, rows);
}

/** The rollup's answer, or null when it cannot answer (options, or a period without a fresh rollup). */
export async function aggregateFromRollup(
  db: Db | Tx,
  organizationId: string,
  input: TReportOptionsInput,
): Promise<TReport | null> {
  const options = ZReportOptions.parse(input);
  const rows = await fromRollup(db, organizationId, options);
  return rows && reportOf(options, rows);
}

type TManyRow = Omit<TRow, "k0" | "k1" | "k2"> & { report: number; keys: unknown };

/**
 * Several reports at once (a dashboard's): from the rollups in one statement when every one of them can be
 * answered there and their periods are fresh, else each on its own (aggregateEmissions). Same results as
 * calling aggregateEmissions for each.
 */
export async function aggregateEmissionsMany(
  db: Db | Tx,
  organizationId: string,
  inputs: TReportOptionsInput[],
): Promise<TReport[]> {
  const options = inputs.map((input) => ZReportOptions.parse(input));
  let live = false;
  if (options.length > 0 && options.every(rollupCanAnswer)) {
    const rows = await db.$queryRaw<TManyRow[]>(rollupReportsSql(organizationId, options));
    const fresh = new Set(rows.find((r) => r.report === -1)?.fresh ?? []);
    const stale = new Set(options.flatMap((o) => o.periodIds).filter((p) => !fresh.has(p)));
    for (const periodId of stale) requestRollupRebuild(organizationId, periodId);
    live = stale.size > 0; // the rollup was just asked: each report goes straight to the lines
    if (!live) {
      return options.map((o, i) =>
        reportOf(
          o,
          rows
            .filter((r) => r.report === i && (o.groupBy.length === 0 || r.lines > 0))
            .map((r) => {
              const keys = (typeof r.keys === "string" ? JSON.parse(r.keys) : r.keys) as TRow["k0"][];
              return { ...r, k0: keys[0], k1: keys[1], k2: keys[2] };
            }),
        ),
      );
    }
  }
  return Promise.all(inputs.map((input) => aggregateEmissions(db, organizationId, input, { live })));
}

function reportOf(options: TReportOptions, rows: TRow[]): TReport {
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
