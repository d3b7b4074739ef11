import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { fromLinesSql, kgSql } from "@/lib/reporting/sql";
import { ZReportFilters } from "@/lib/reporting/schemas";
import { ZLinesCursor, type TLineRow, type TLinesCursor } from "@/lib/reporting/line-types";
import { ZId } from "@/lib/validation";

export type { TLineRow } from "@/lib/reporting/line-types";

// The emission lines behind a figure: the same lines aggregateEmissions adds up (same FROM/WHERE), one
// row each, largest kgCO2e first. Pages are keyset pages on (kg, id), served by the index
// EmissionLine(organizationId, periodId, kgCO2e, id) read backwards: the first page of a million-line
// period reads about one page of index entries, not the period (no OFFSET).

const sql = Prisma.sql;

export const ZLinesOptions = z
  .object({
    periodId: ZId,
    statuses: z.enum(["validated", "submitted"]).default("validated"),
    scope2: z.enum(["location", "market"]).default("location"),
    filters: ZReportFilters.default({}),
    after: ZLinesCursor.optional(), // the last row of the previous page
    limit: z.int().min(1).max(200).default(50),
  })
  .strict();
export type TLinesOptionsInput = z.input<typeof ZLinesOptions>;

export type TLinesPage = { rows: TLineRow[]; next: TLinesCursor | null };

type TRaw = {
  id: string;
  kg: string;
  scope: number;
  ghgCategory: number | null;
  begesPoste: string;
  quantity: string;
  factorUnit: string;
  factorId: string;
  factorValue: string;
  factorUncertaintyKnown: boolean;
  resolutionRule: string;
  activityId: string;
  label: string | null;
  activityTypeId: string;
  status: string;
  createdById: string | null;
  periodOpen: boolean;
  libraryId: string | null;
  customId: string | null;
  nameFr: string | null;
  nameEn: string | null;
  version: string | null;
  factorPct: string | null;
  enteredBy: string | null;
  validatedBy: string | null;
};

/** The columns every line view reads, joined after the page is chosen (on at most `limit + 1` rows). */
export const lineDetailsSql = (organizationId: string) => sql`
  JOIN "EmissionLine" e ON e."id" = p."id" AND e."organizationId" = ${organizationId}
  JOIN "ActivityData" a ON a."id" = e."activityId" AND a."organizationId" = ${organizationId}
  LEFT JOIN "ReportingPeriod" rp ON rp."id" = a."periodId" AND rp."organizationId" = ${organizationId}
  LEFT JOIN "EmissionFactor" f ON f."id" = e."factorId"
  LEFT JOIN "CustomFactor" cf ON starts_with(e."factorId", 'custom:')
    AND cf."id" = substr(e."factorId", 8) AND cf."organizationId" = ${organizationId}
  LEFT JOIN "User" uc ON uc."id" = a."createdById"
  LEFT JOIN "User" uv ON uv."id" = a."statusChangedById" AND a."status" = 'VALIDATED'`;

export const lineColumnsSql = sql`
  p."id", p."kg"::text AS kg, e."scope"::int AS scope, e."ghgCategory"::int AS "ghgCategory", e."begesPoste",
  e."quantity"::text AS quantity, e."factorUnit", e."factorId", e."factorValue"::text AS "factorValue",
  e."factorUncertaintyKnown", e."resolutionRule", a."id" AS "activityId", a."label", a."activityTypeId",
  a."status"::text AS status, a."createdById", COALESCE(rp."status" = 'OPEN', false) AS "periodOpen",
  f."id" AS "libraryId", cf."id" AS "customId", COALESCE(f."nameFr", cf."nameFr") AS "nameFr",
  COALESCE(f."nameEn", cf."nameEn") AS "nameEn", COALESCE(f."version", cf."version"::text) AS version,
  COALESCE(f."uncertaintyPct", cf."uncertaintyPct")::text AS "factorPct",
  uc."name" AS "enteredBy", uv."name" AS "validatedBy"`;

export function toLineRow(r: TRaw): TLineRow {
  const kind = r.libraryId ? "library" : r.customId ? "custom" : "other";
  return {
    id: r.id,
    kgCO2e: r.kg,
    scope: r.scope,
    ghgCategory: r.ghgCategory,
    begesPoste: r.begesPoste,
    quantity: r.quantity,
    resolutionRule: r.resolutionRule,
    factor: {
      id: r.factorId,
      kind,
      recordId: r.libraryId ?? r.customId,
      nameFr: r.nameFr,
      nameEn: r.nameEn,
      source: r.factorId.split(":")[0] ?? r.factorId,
      version: r.version,
      value: r.factorValue,
      unit: r.factorUnit,
      // The engine recorded whether the factor's uncertainty was known when it computed the line.
      uncertaintyPct: r.factorUncertaintyKnown ? r.factorPct : null,
    },
    activity: {
      id: r.activityId,
      label: r.label,
      activityTypeId: r.activityTypeId,
      status: r.status,
      createdById: r.createdById,
      periodOpen: r.periodOpen,
    },
    enteredBy: r.enteredBy,
    validatedBy: r.validatedBy,
  };
}

export type TLineRaw = TRaw;

/** The SQL of one page (exported for the bench's EXPLAIN): `limit + 1` rows tell whether a next page exists. */
export function linesPageSql(organizationId: string, input: TLinesOptionsInput): Prisma.Sql {
  const o = ZLinesOptions.parse(input);
  const kg = kgSql(o.scope2);
  // The period as an equality, not fromLinesSql's `= ANY(array)`: with ANY PostgreSQL does not read the
  // (organizationId, periodId, kgCO2e, id) index in order and sorts the whole period instead.
  const from = fromLinesSql(organizationId, {
    statuses: o.statuses,
    scope2: o.scope2,
    groupBy: [],
    filters: o.filters,
    measures: "all",
  });
  // A row comparison on the index's own columns: PostgreSQL starts the backward index scan at the cursor.
  const after = o.after ? sql`AND (${kg}, e."id") < (${o.after.kg}::numeric, ${o.after.id})` : sql``;
  return sql`
    WITH p AS (
      SELECT e."id", ${kg} AS kg
      ${from} AND e."periodId" = ${o.periodId} ${after}
      ORDER BY ${kg} DESC, e."id" DESC
      LIMIT ${o.limit + 1}
    )
    SELECT ${lineColumnsSql}
    FROM p ${lineDetailsSql(organizationId)}
    ORDER BY p."kg" DESC, p."id" DESC`;
}

/** One page of a period's lines, largest kgCO2e first (ties by id), after the cursor when one is given. */
export async function listEmissionLines(
  db: Db | Tx,
  organizationId: string,
  input: TLinesOptionsInput,
): Promise<TLinesPage> {
  const limit = ZLinesOptions.parse(input).limit;
  const rows = await db.$queryRaw<TRaw[]>(linesPageSql(organizationId, input));
  const page = rows.slice(0, limit).map(toLineRow);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { kg: last.kgCO2e, id: last.id } : null };
}
