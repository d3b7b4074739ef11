import { randomUUID } from "node:crypto";
import { insertJsonRows, type TColumn } from "@/lib/activity/write-json";
import type { Prisma } from "@/lib/db/client";
import { usageOf, type TBoaviztaChoices } from "./choices";
import type { TBoaviztaImport } from "./model";
import type { TBoaviztaRowSource } from "./to-activities";

// Every resource × criterion × phase of a Boavizta import, kept as the tool gave it (BoaviztaResource,
// BoaviztaImpact), written in the preview's transaction with the import row: ADP, PE and the other criteria
// live only here; GWP rows point at the activity they became (activityRow). Read through committed imports.

const CHUNK = 5000; // rows per statement: a 10,000-resource inventory is 60,000 impacts

const RESOURCE_COLUMNS = [
  ["id", "text"],
  ["organizationId", "text"],
  ["importId", "text"],
  ["position", "int"],
  ["name", "text"],
  ["kind", "text"],
  ["assessed", "boolean"],
  ["usage", "text"],
  ["provider", "text"],
  ["resourceType", "text"],
  ["region", "text"],
  ["location", "text"],
  ["state", "text"],
  ["tags", "jsonb"],
  ["allocation", "text"],
  ["durationHours", "numeric"],
  ["lifetimeHours", "numeric"],
  ["electricityFactor", "numeric"],
  ["electricityFactorUnit", "text"],
  ["tool", "text"],
  ["formatVersion", "text"],
  ["toolVersion", "text"],
  ["apiVersion", "text"],
  ["warnings", "text[]"],
  ["notes", "text[]"],
] as const satisfies readonly TColumn[];

const IMPACT_COLUMNS = [
  ["id", "text"],
  ["organizationId", "text"],
  ["resourceId", "text"],
  ["criterion", "text"],
  ["phase", "text"],
  ["status", "text"],
  ["value", "numeric"],
  ["min", "numeric"],
  ["max", "numeric"],
  ["unit", "text"],
  ["significantFigures", "int"],
  ["warnings", "text[]"],
  ["activityRow", "int"],
] as const satisfies readonly TColumn[];

export async function storeBoaviztaResults(
  tx: Prisma.TransactionClient,
  ids: { organizationId: string; importId: string },
  input: { data: TBoaviztaImport; choices: TBoaviztaChoices; sources: readonly TBoaviztaRowSource[] },
) {
  const { data, choices } = input;
  const rowOf = new Map(input.sources.map((s) => [`${s.resource}:${s.phase}`, s.row]));
  const resources: Prisma.BoaviztaResourceCreateManyInput[] = [];
  const impacts: Prisma.BoaviztaImpactCreateManyInput[] = [];
  data.resources.forEach((r, position) => {
    const id = randomUUID();
    resources.push({
      id,
      organizationId: ids.organizationId,
      importId: ids.importId,
      position,
      name: r.name,
      kind: r.kind,
      assessed: r.assessed,
      usage: usageOf(r, choices),
      provider: r.provider,
      resourceType: r.type,
      region: r.region,
      location: r.location,
      state: r.state,
      tags: r.tags,
      allocation: r.allocation,
      durationHours: r.durationHours,
      lifetimeHours: r.lifetimeHours,
      electricityFactor: r.electricityFactor?.value ?? null,
      electricityFactorUnit: r.electricityFactor?.unit ?? null,
      tool: data.tool,
      formatVersion: data.formatVersion,
      toolVersion: data.toolVersion,
      apiVersion: data.apiVersion,
      warnings: r.warnings,
      notes: r.notes,
    });
    for (const i of r.impacts) {
      impacts.push({
        id: randomUUID(),
        organizationId: ids.organizationId,
        resourceId: id,
        criterion: i.criterion,
        phase: i.phase,
        status: i.status,
        value: i.value,
        min: i.min,
        max: i.max,
        unit: i.unit,
        significantFigures: i.significantFigures,
        warnings: i.warnings,
        activityRow: i.criterion === "gwp" ? (rowOf.get(`${position}:${i.phase}`) ?? null) : null,
      });
    }
  });
  for (let at = 0; at < resources.length; at += CHUNK)
    await insertJsonRows(tx, "BoaviztaResource", RESOURCE_COLUMNS, resources.slice(at, at + CHUNK));
  for (let at = 0; at < impacts.length; at += CHUNK)
    await insertJsonRows(tx, "BoaviztaImpact", IMPACT_COLUMNS, impacts.slice(at, at + CHUNK));
}
