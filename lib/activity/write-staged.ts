import type { Tx } from "@/lib/db/client";

// The switch of a file import (lib/imports, README "Pipeline"): activity rows and lines computed and
// staged beforehand (ImportStagedChunk, JSON arrays built by lib/imports/compute.ts from the same engine
// functions as every write) are copied into ActivityData and EmissionLine by two statements that run
// inside PostgreSQL, so the transaction holding the inventory lock stays short. The statement-level
// reporting triggers see the inserts like any other.

/** Copies the import's staged activities, then its staged lines. Returns the counts written. */
export async function copyStagedRows(
  tx: Tx,
  organizationId: string,
  importId: string,
  actorId: string | null,
  now: Date,
): Promise<{ activities: number; lines: number }> {
  const activities = await tx.$executeRaw`
    INSERT INTO "ActivityData" ("id", "organizationId", "periodId", "siteId", "productId", "activityTypeId", "quantity", "unit",
      "region", "activityDate", "activityYear", "options", "uncertaintyPct", "customFactorId", "libraryFactorId", "dataQuality",
      "marketInstrument", "sourceKind", "sourceRef", "importId", "status", "label", "description", "evidenceNote", "kgCO2e",
      "linesDigest", "computedAt", "createdById", "updatedById", "createdAt", "updatedAt")
    SELECT v.id, ${organizationId}, v."periodId", v."siteId", v."productId", v."activityTypeId", v.quantity::numeric, v.unit,
      v.region, v."activityDate"::date, v."activityYear", COALESCE(v.options, '{}'::jsonb), v."uncertaintyPct"::numeric,
      v."customFactorId", v."libraryFactorId", v."dataQuality", v."marketInstrument", v."sourceKind"::"ActivitySourceKind",
      v."sourceRef", ${importId}, v.status::"ActivityStatus", v.label, v.description, v."evidenceNote", v."kgCO2e"::numeric,
      v."linesDigest", ${now}, ${actorId}, ${actorId}, ${now}, ${now}
    FROM "ImportStagedChunk" c
    CROSS JOIN LATERAL jsonb_to_recordset(c.activities) AS v(id text, "periodId" text, "siteId" text, "productId" text,
      "activityTypeId" text, quantity text, unit text, region text, "activityDate" text, "activityYear" int, options jsonb,
      "uncertaintyPct" text, "customFactorId" text, "libraryFactorId" text, "dataQuality" text, "marketInstrument" jsonb,
      "sourceKind" text, "sourceRef" text, status text, label text, description text, "evidenceNote" text, "kgCO2e" text,
      "linesDigest" text)
    WHERE c."importId" = ${importId} AND c."organizationId" = ${organizationId}`;
  const lines = await tx.$executeRaw`
    INSERT INTO "EmissionLine" ("id", "organizationId", "activityId", "position", "periodId", "siteId", "productId", "activityTypeId",
      "scope", "ghgCategory", "begesPoste", "stage", "kgCO2e", "marketKgCO2e", "marketBasis", "co2f", "ch4f", "ch4b", "n2o",
      "otherGases", "co2b", "quantity", "factorUnit", "factorId", "factorValue", "stageShare", "resolutionRule", "gwpSet",
      "uncertaintyPct", "factorUncertaintyKnown", "contrailsIncluded", "flags", "variantKey", "computedAt")
    SELECT v.id, ${organizationId}, v."activityId", v.position, v."periodId", v."siteId", v."productId", v."activityTypeId",
      v.scope, v."ghgCategory", v."begesPoste", v.stage, v."kgCO2e"::numeric, v."marketKgCO2e"::numeric, v."marketBasis",
      v.co2f::numeric, v.ch4f::numeric, v.ch4b::numeric, v.n2o::numeric, v."otherGases"::numeric, v.co2b::numeric,
      v.quantity::numeric, v."factorUnit", v."factorId", v."factorValue"::numeric, v."stageShare"::numeric, v."resolutionRule",
      v."gwpSet", v."uncertaintyPct"::numeric, v."factorUncertaintyKnown", v."contrailsIncluded",
      ARRAY(SELECT jsonb_array_elements_text(v.flags)), v."variantKey", ${now}
    FROM "ImportStagedChunk" c
    CROSS JOIN LATERAL jsonb_to_recordset(c.lines) AS v(id text, "activityId" text, position int2, "periodId" text,
      "siteId" text, "productId" text, "activityTypeId" text, scope int2, "ghgCategory" int2, "begesPoste" text, stage text,
      "kgCO2e" text, "marketKgCO2e" text, "marketBasis" text, co2f text, ch4f text, ch4b text, n2o text, "otherGases" text,
      co2b text, quantity text, "factorUnit" text, "factorId" text, "factorValue" text, "stageShare" text,
      "resolutionRule" text, "gwpSet" text, "uncertaintyPct" text, "factorUncertaintyKnown" boolean,
      "contrailsIncluded" boolean, flags jsonb, "variantKey" text)
    WHERE c."importId" = ${importId} AND c."organizationId" = ${organizationId}`;
  return { activities, lines };
}
