import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { TLineRow } from "@/lib/activity/lines";
import type { TNewActivityRow } from "@/lib/activity/write";

// The statements behind lib/activity/write.ts's inserts: each chunk of rows travels as one JSON parameter,
// every row a JSON array of values in the column order below, read by `INSERT … SELECT FROM
// jsonb_array_elements(…)`. Key names would triple the text to send and parse; one array per column
// (unnest) cost more to bind than one JSON text (measured on a 30,000-row import: about a fifth of its time).

export type TColumn = readonly [name: string, sqlType: string];

const ACTIVITY_COLUMNS = [
  ["id", "text"],
  ["periodId", "text"],
  ["siteId", "text"],
  ["productId", "text"],
  ["activityTypeId", "text"],
  ["quantity", "numeric"],
  ["unit", "text"],
  ["region", "text"],
  ["activityDate", "date"],
  ["activityYear", "int"],
  ["options", "jsonb"],
  ["uncertaintyPct", "numeric"],
  ["customFactorId", "text"],
  ["libraryFactorId", "text"],
  ["dataQuality", "text"],
  ["marketInstrument", "jsonb"],
  ["sourceKind", `"ActivitySourceKind"`],
  ["sourceRef", "text"],
  ["importId", "text"],
  ["status", `"ActivityStatus"`],
  ["label", "text"],
  ["description", "text"],
  ["evidenceNote", "text"],
  ["kgCO2e", "numeric"],
  ["linesDigest", "text"],
] as const satisfies readonly TColumn[];

const LINE_COLUMNS = [
  ["organizationId", "text"],
  ["activityId", "text"],
  ["position", "int2"],
  ["periodId", "text"],
  ["siteId", "text"],
  ["productId", "text"],
  ["activityTypeId", "text"],
  ["scope", "int2"],
  ["ghgCategory", "int2"],
  ["begesPoste", "text"],
  ["stage", "text"],
  ["kgCO2e", "numeric"],
  ["marketKgCO2e", "numeric"],
  ["marketBasis", "text"],
  ["co2f", "numeric"],
  ["ch4f", "numeric"],
  ["ch4b", "numeric"],
  ["n2o", "numeric"],
  ["otherGases", "numeric"],
  ["co2b", "numeric"],
  ["quantity", "numeric"],
  ["factorUnit", "text"],
  ["factorId", "text"],
  ["factorValue", "numeric"],
  ["stageShare", "numeric"],
  ["resolutionRule", "text"],
  ["gwpSet", "text"],
  ["uncertaintyPct", "numeric"],
  ["factorUncertaintyKnown", "boolean"],
  ["contrailsIncluded", "boolean"],
  ["flags", "text[]"],
  ["variantKey", "text"],
] as const satisfies readonly TColumn[];

// Every column name is a field of the rows written (a typo is a compile error).
type TNamesIn<C extends readonly TColumn[], R> = C[number][0] extends keyof R ? true : never;
const activityNamesChecked: TNamesIn<typeof ACTIVITY_COLUMNS, TNewActivityRow> = true;
const lineNamesChecked: TNamesIn<typeof LINE_COLUMNS, TLineRow> = true;
void [activityNamesChecked, lineNamesChecked];

/** The rows as one JSON text: each an array of its values in the columns' order (undefined → null). */
function positionalJson(columns: readonly TColumn[], rows: readonly object[]): string {
  const names = columns.map(([name]) => name);
  return JSON.stringify(rows.map((row) => names.map((name) => (row as Record<string, unknown>)[name] ?? null)));
}

/** `(e->>i)::type` for each column: jsonb and arrays read as JSON, JSON null as SQL NULL. */
function readColumns(columns: readonly TColumn[]): Prisma.Sql {
  return Prisma.raw(
    columns
      .map(([, type], i) =>
        type === "jsonb"
          ? `NULLIF(e->${i}, 'null'::jsonb)`
          : type === "text[]"
            ? `ARRAY(SELECT jsonb_array_elements_text(e->${i}))`
            : `(e->>${i})::${type}`,
      )
      .join(", "),
  );
}

const quoted = (names: readonly string[]) => Prisma.raw(names.map((name) => `"${name}"`).join(", "));
const names = (columns: readonly TColumn[]) => quoted(columns.map(([name]) => name));

export async function insertActivitiesJson(
  tx: Tx,
  organizationId: string,
  rows: readonly TNewActivityRow[],
  actorId: string | null,
  now: Date,
): Promise<number> {
  return insertJsonRows(tx, "ActivityData", ACTIVITY_COLUMNS, rows, {
    organizationId,
    computedAt: now,
    createdById: actorId,
    updatedById: actorId,
    createdAt: now,
    updatedAt: now,
  });
}

/** Line ids are drawn by PostgreSQL. */
export async function insertLinesJson(tx: Tx, rows: readonly TLineRow[], computedAt: Date): Promise<number> {
  return insertJsonRows(tx, "EmissionLine", LINE_COLUMNS, rows, {
    id: Prisma.raw("gen_random_uuid()::text"),
    computedAt,
  });
}

/**
 * Inserts rows into `table`, every column of `columns` read from the objects' field of the same name, and
 * each column of `same` given the one value (or SQL expression) it has for every row. Also for other tables
 * written by the thousand (Prisma's createMany spent most of a large import compiling its query).
 */
export async function insertJsonRows(
  tx: Tx,
  table: string,
  columns: readonly TColumn[],
  rows: readonly object[],
  same: Readonly<Record<string, unknown>> = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const sameNames = Object.keys(same);
  const extraNames = sameNames.length > 0 ? Prisma.sql`, ${quoted(sameNames)}` : Prisma.empty;
  const extraValues = sameNames.length > 0 ? Prisma.sql`, ${Prisma.join(Object.values(same))}` : Prisma.empty;
  return tx.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${table}"`)} (${names(columns)}${extraNames})
    SELECT ${readColumns(columns)}${extraValues}
    FROM jsonb_array_elements(${positionalJson(columns, rows)}::jsonb) AS e`;
}
