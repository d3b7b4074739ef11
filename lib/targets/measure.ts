import type { TargetKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db/client";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { postOf } from "@/lib/targets/posts";

// What targets measure, always through the reporting layer (validated data, location-based scope 2: the
// basis SBTi targets are set on): each period's kg by post, optionally on some sites only, and the
// denominators of intensity targets (the period's own headcount / revenue, else the organisation's).

export const TARGET_BASIS = { statuses: "validated", scope2: "location" } as const;

export type TPostKgs = Record<string, number>;

export async function postKgsByPeriod(
  db: Db | Tx,
  organizationId: string,
  periodIds: string[],
  siteIds: string[] = [],
): Promise<Map<string, TPostKgs>> {
  const result = new Map<string, TPostKgs>(periodIds.map((id) => [id, {}]));
  if (periodIds.length === 0) return result;
  const report = await aggregateEmissions(db as Db, organizationId, {
    periodIds,
    ...TARGET_BASIS,
    groupBy: ["period", "scope", "ghgCategory"],
    measures: "kg",
    ...(siteIds.length > 0 ? { filters: { siteIds } } : {}),
  });
  for (const g of report.groups) {
    const byPost = result.get(String(g.key.period));
    if (!byPost) continue;
    const post = postOf(Number(g.key.scope), g.key.ghgCategory === null ? null : Number(g.key.ghgCategory));
    byPost[post] = (byPost[post] ?? 0) + Number(g.kgCO2e);
  }
  return result;
}

export type TDenominators = { headcount: number | null; revenueEur: number | null };

export async function denominatorsByPeriod(
  db: Db | Tx,
  organizationId: string,
  periodIds: string[],
): Promise<Map<string, TDenominators>> {
  const [organization, periods] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { headcount: true, annualRevenueEur: true },
    }),
    db.reportingPeriod.findMany({
      where: { organizationId, id: { in: periodIds } },
      select: { id: true, headcount: true, annualRevenueEur: true },
    }),
  ]);
  return new Map(
    periods.map((p) => [
      p.id,
      {
        headcount: p.headcount ?? organization.headcount,
        revenueEur: Number(p.annualRevenueEur ?? organization.annualRevenueEur ?? NaN) || null,
      },
    ]),
  );
}

/** The value a target of `kind` tracks: kg, kg per k€ of revenue, or kg per employee (null: no denominator). */
export function targetValueOf(kind: TargetKind, kg: number, d: TDenominators | undefined): number | null {
  if (kind === "ABSOLUTE") return kg;
  const denominator = kind === "INTENSITY_REVENUE" ? (d?.revenueEur ?? 0) / 1000 : (d?.headcount ?? 0);
  return denominator > 0 ? Math.round((kg / denominator) * 1e6) / 1e6 : null;
}
