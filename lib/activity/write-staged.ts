import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

// The switch of a file import (lib/imports, README "Pipeline"): activity rows and lines computed and
// staged beforehand (ImportStagedChunk, built by lib/imports/compute.ts from the same engine functions as
// every write) are copied into ActivityData and EmissionLine by two statements that run inside
// PostgreSQL, so the transaction holding the inventory lock stays short. The statement-level reporting
// triggers see the inserts like any other.
//
// Staged rows are JSON arrays of values in the column order below, not objects: key names would make the
// staged JSON three times larger, and writing and reading it back was most of an import's time.

type TColumn = readonly [name: string, sqlType: string];

export const STAGED_ACTIVITY_COLUMNS = [
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

export const STAGED_LINE_COLUMNS = [
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

/** A staged row as its JSON array of values, in the columns' order. */
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

/** Copies the import's staged activities, then its staged lines. Returns the counts written. */
export async function copyStagedRows(
  tx: Tx,
  organizationId: string,
  importId: string,
  actorId: string | null,
  now: Date,
): Promise<{ activities: number; lines: number }> {
  const activities = await tx.$executeRaw`
    INSERT INTO "ActivityData" ("organizationId", ${names(STAGED_ACTIVITY_COLUMNS)},
      "computedAt", "createdById", "updatedById", "createdAt", "updatedAt")
    SELECT ${organizationId}, ${readColumns(STAGED_ACTIVITY_COLUMNS)}, ${now}, ${actorId}, ${actorId}, ${now}, ${now}
    FROM "ImportStagedChunk" c CROSS JOIN LATERAL jsonb_array_elements(c.activities) AS e
    WHERE c."importId" = ${importId} AND c."organizationId" = ${organizationId}`;
  const lines = await tx.$executeRaw`
    INSERT INTO "EmissionLine" ("organizationId", ${names(STAGED_LINE_COLUMNS)}, "computedAt")
    SELECT ${organizationId}, ${readColumns(STAGED_LINE_COLUMNS)}, ${now}
    FROM "ImportStagedChunk" c CROSS JOIN LATERAL jsonb_array_elements(c.lines) AS e
    WHERE c."importId" = ${importId} AND c."organizationId" = ${organizationId}`;
  return { activities, lines };
}
