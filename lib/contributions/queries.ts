import type { Db } from "@/lib/db/client";
import { contributionTotals, totalEur } from "@/lib/contributions/totals";
import { aggregateEmissions } from "@/lib/reporting/aggregate";

// The contributions page: the projects, their totals by kind, and the latest period's gross footprint
// (reporting layer, validated, location-based) as the residual footprint the budget helper starts from.
export async function getContributions(db: Db, organizationId: string) {
  const [rows, periods] = await Promise.all([
    db.climateContribution.findMany({ where: { organizationId }, orderBy: [{ vintage: "desc" }, { name: "asc" }] }),
    db.reportingPeriod.findMany({
      where: { organizationId },
      orderBy: { year: "desc" },
      select: { id: true, year: true },
    }),
  ]);
  const projects = rows.map((r) => {
    const figures = { kind: r.kind, tonnes: Number(r.tonnes), pricePerTonneEur: Number(r.pricePerTonneEur) };
    return {
      id: r.id,
      name: r.name,
      standard: r.standard,
      registry: r.registry,
      vintage: r.vintage,
      ...figures,
      totalEur: totalEur(figures),
    };
  });
  let footprint: { year: number; tonnes: number } | null = null;
  if (periods.length > 0) {
    const report = await aggregateEmissions(db, organizationId, {
      periodIds: periods.map((p) => p.id),
      statuses: "validated",
      scope2: "location",
      groupBy: ["period"],
      measures: "kg",
    });
    const latest = periods.find((p) => report.groups.some((g) => g.key.period === p.id && Number(g.kgCO2e) > 0));
    const kg = latest ? Number(report.groups.find((g) => g.key.period === latest.id)!.kgCO2e) : null;
    footprint = latest && kg !== null ? { year: latest.year, tonnes: Math.round(kg) / 1000 } : null;
  }
  return { projects, totals: contributionTotals(projects), footprint };
}
