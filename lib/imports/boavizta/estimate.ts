import "server-only";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { deleteActivitiesBulk } from "@/lib/activity/bulk-delete";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZBoaviztaChoices } from "@/lib/imports/boavizta/choices";
import type { TResourceEstimate } from "@/lib/imports/boavizta/hosting-schemas";
import { ASSESSED_TYPES, lifetimeYears, quantityOf } from "@/lib/imports/boavizta/to-activities";

// A figure for a resource the tool could not assess (never counted as zero, so without one it is missing
// from the inventory): the manager's estimate per phase, booked like the tool's figures would have been —
// the same tool-assessed activity types, the import's PUE on use, the same amortisation of an owned
// server's embedded share — through the one bulk path (engine, lines, audit), with data quality
// "estimated", the reason in the description, and linked to the import so rolling it back removes them.
// Estimating again replaces the rows (sourceRef "<import>:estimate:<resource>:<phase>").

const refOf = (importId: string, resourceId: string, phase: string) => `${importId}:estimate:${resourceId}:${phase}`;

export async function estimateResource(db: Db, scope: TenantScope, estimate: TResourceEstimate) {
  const { organizationId } = scope;
  const resource = await db.boaviztaResource.findFirst({
    where: {
      id: estimate.resourceId,
      organizationId,
      assessed: false,
      import: { organizationId, status: "COMMITTED" },
    },
    select: {
      id: true,
      name: true,
      usage: true,
      allocation: true,
      lifetimeHours: true,
      tool: true,
      importId: true,
      import: { select: { periodId: true, totals: true } },
    },
  });
  if (!resource) throw new AppError("NOT_FOUND");
  const totals = resource.import.totals as Record<string, string> | null;
  const choices = ZBoaviztaChoices.parse(JSON.parse(totals?.choices ?? "{}"));
  const usage = resource.usage === "owned" ? "owned" : "cloud";
  const phases = [
    ["embedded", estimate.embeddedKg],
    ["use", estimate.useKg],
  ] as const;
  const rows = phases.flatMap(([phase, kg]) => {
    if (kg === "") return [];
    const options =
      phase === "use"
        ? choices.pue === null
          ? {}
          : { pue: choices.pue }
        : usage === "owned"
          ? {
              lifetimeYears: lifetimeYears(
                { ...resource, lifetimeHours: resource.lifetimeHours?.toFixed() ?? null },
                choices,
              ),
            }
          : {};
    return [
      {
        periodId: resource.import.periodId,
        activityTypeId: ASSESSED_TYPES[usage][phase],
        quantity: quantityOf(String(kg)),
        unit: "kgCO2e",
        dataQuality: "estimated",
        options,
        label: `${resource.name.slice(0, 150)} (estimate, ${phase})`,
        description: `Estimate for a resource ${resource.tool} did not assess: ${estimate.note}`.slice(0, 2000),
        sourceKind: "BOAVIZTA_IMPORT" as const,
        sourceRef: refOf(resource.importId, resource.id, phase),
      },
    ];
  });
  const saved = await saveActivitiesBulk(db, scope, rows, { importId: resource.importId });
  // A phase left empty this time: its earlier estimate goes (audited by the delete).
  const kept = rows.map((r) => r.sourceRef);
  const stale = await db.activityData.findMany({
    where: {
      organizationId,
      sourceKind: "BOAVIZTA_IMPORT",
      sourceRef: { startsWith: `${resource.importId}:estimate:${resource.id}:`, notIn: kept },
    },
    select: { id: true },
  });
  if (stale.length > 0) {
    await deleteActivitiesBulk(
      db,
      scope,
      stale.map((s) => s.id),
    );
  }
  return { kgCO2e: saved.kgCO2e, rows: rows.length };
}
