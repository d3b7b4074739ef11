import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

// The write of a file import (lib/imports, README "Pipeline"): activity rows and lines computed by
// lib/imports/compute.ts (the same engine functions as every write), chunk by chunk, each chunk sent as one
// JSON parameter and inserted by two `INSERT … SELECT FROM jsonb_array_elements(…)` statements. Prisma's
// own createMany costs more than computing the rows.
//
// Rows are JSON arrays of values in the column order below, not objects: key names would triple the text
// to send and parse.

type TColumn = readonly [name: string, sqlType: string];

export const ACTIVITY_JSON_COLUMNS = [
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

export const LINE_JSON_COLUMNS = [
  ["id", "text"],
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

type TRowOf<C extends readonly TColumn[]> = { readonly [K in C[number][0]]: unknown };

/** A row as its JSON array of values, in the columns' order. */
export function positional<C extends readonly TColumn[]>(columns: C, row: TRowOf<C>): unknown[] {
  return columns.map(([name]) => (row as Record<string, unknown>)[name] ?? null);
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

const names = (columns: readonly TColumn[]) => Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "));

type TRowsOf<C extends readonly TColumn[]> = readonly TRowOf<C>[];

/** Inserts one chunk's activities, then their lines. Returns the counts written. */
export async function insertComputedRows(
  tx: Tx,
  organizationId: string,
  actorId: string | null,
  now: Date,
  rows: { activities: TRowsOf<typeof ACTIVITY_JSON_COLUMNS>; lines: TRowsOf<typeof LINE_JSON_COLUMNS> },
): Promise<{ activities: number; lines: number }> {
  const activitiesJson = JSON.stringify(rows.activities.map((a) => positional(ACTIVITY_JSON_COLUMNS, a)));
  const linesJson = JSON.stringify(rows.lines.map((l) => positional(LINE_JSON_COLUMNS, l)));
  const activities = await tx.$executeRaw`
    INSERT INTO "ActivityData" ("organizationId", ${names(ACTIVITY_JSON_COLUMNS)},
      "computedAt", "createdById", "updatedById", "createdAt", "updatedAt")
    SELECT ${organizationId}, ${readColumns(ACTIVITY_JSON_COLUMNS)}, ${now}, ${actorId}, ${actorId}, ${now}, ${now}
    FROM jsonb_array_elements(${activitiesJson}::jsonb) AS e`;
  const lines = await tx.$executeRaw`
    INSERT INTO "EmissionLine" ("organizationId", ${names(LINE_JSON_COLUMNS)}, "computedAt")
    SELECT ${organizationId}, ${readColumns(LINE_JSON_COLUMNS)}, ${now}
    FROM jsonb_array_elements(${linesJson}::jsonb) AS e`;
  return { activities, lines };
}
