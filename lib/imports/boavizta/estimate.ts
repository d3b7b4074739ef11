import "server-only";
import { replaceGeneratedActivities } from "@/lib/activity/replace-generated";
import type { TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZBoaviztaChoices } from "@/lib/imports/boavizta/choices";
import { estimateRef, estimateRefPrefix } from "@/lib/imports/boavizta/estimate-refs";
import type { TResourceEstimate } from "@/lib/imports/boavizta/hosting-schemas";
import { ASSESSED_TYPES, lifetimeYears, PHASE_LABELS, quantityOf } from "@/lib/imports/boavizta/to-activities";

// A figure for a resource the tool could not assess (never counted as zero, so without one it is missing
// from the inventory): the manager's estimate per phase, booked like the tool's figures would have been —
// the same tool-assessed activity types, the import's PUE on use, the same amortisation of an owned
// server's embedded share — through the one bulk path (engine, lines, audit), with data quality
// "estimated", the reason in the description, and linked to the import so rolling it back removes them.
// Estimating again replaces the rows (sourceRef "<import>:estimate:<resource>:<phase>").

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
      import: { select: { periodId: true, totals: true, language: true } },
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
  const words = PHASE_LABELS[resource.import.language === "fr" ? "fr" : "en"];
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
        label: `${resource.name.slice(0, 150)} (${words.estimate}, ${words[phase]})`,
        description: `Estimate for a resource ${resource.tool} did not assess: ${estimate.note}`.slice(0, 2000),
        sourceKind: "BOAVIZTA_IMPORT" as const,
        sourceRef: estimateRef(resource.importId, resource.id, phase),
      },
    ];
  });
  // A phase left empty this time: its earlier estimate goes (the deletion audited).
  const saved = await replaceGeneratedActivities(
    db,
    scope,
    { sourceKind: "BOAVIZTA_IMPORT", refPrefix: estimateRefPrefix(resource.importId, resource.id), rows },
    { importId: resource.importId },
  );
  return { kgCO2e: saved.kgCO2e, rows: rows.length };
}
