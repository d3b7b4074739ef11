import "server-only";
import { getContributions } from "@/lib/contributions/queries";
import type { Db } from "@/lib/db/client";
import { listActions, periodsWithData } from "@/lib/reductions/queries";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { TARGET_BASIS } from "@/lib/targets/measure";
import { getTrajectory } from "@/lib/trajectory/trajectory";
import { buildSnapshot } from "@/lib/transparency/build";
import type { TSections } from "@/lib/transparency/schemas";

// Reads what the chosen sections need, at publication only, from the reporting layer and the existing
// trajectory, action-plan and contribution queries (validated data, location-based scope 2, as targets),
// and builds the snapshot. Sections left out are not read.
export async function takeSnapshot(db: Db, organizationId: string, sections: TSections, takenAt: Date) {
  const [organization, measured] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, baseYear: true } }),
    periodsWithData(db, organizationId),
  ]);
  const [trajectory, plan, contributions, sources] = await Promise.all([
    sections.targets ? getTrajectory(db, organizationId) : null,
    sections.actions ? listActions(db, organizationId, measured) : null,
    sections.contributions ? getContributions(db, organizationId) : null,
    sections.methodology ? sourcesOf(db, organizationId, sections.periodIds) : [],
  ]);
  return buildSnapshot({
    organizationName: organization.name,
    takenAt,
    sections,
    periods: measured.periods,
    byPeriod: measured.byPeriod,
    basePeriodId: measured.periods.find((p) => p.year === organization.baseYear)?.id ?? null,
    latestWithDataId: measured.withData.at(-1)?.id ?? null,
    targets: trajectory?.targets ?? [],
    actions: plan?.actions ?? [],
    contributions: contributions?.projects ?? [],
    sources,
  });
}

// kg by factor source over the chosen periods; grouped by period too, so each period reads its rollup.
async function sourcesOf(db: Db, organizationId: string, periodIds: string[]) {
  const report = await aggregateEmissions(db, organizationId, {
    periodIds,
    ...TARGET_BASIS,
    groupBy: ["period", "factorSource"],
    measures: "kg",
  });
  const bySource = new Map<string, number>();
  for (const g of report.groups) {
    const source = String(g.key.factorSource ?? "");
    bySource.set(source, (bySource.get(source) ?? 0) + Number(g.kgCO2e));
  }
  return [...bySource].map(([source, kg]) => ({ source, kg: Math.round(kg * 1e6) / 1e6 }));
}
