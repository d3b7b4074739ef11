import type { Db } from "@/lib/db/client";

export async function getOrganizationOverview(db: Db, organizationId: string) {
  const [organization, sites, products, members, periods] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: {
        name: true,
        country: true,
        naceCode: true,
        headcount: true,
        annualRevenueEur: true,
        baseYear: true,
        fiscalYearStartMonth: true,
        consultingFirm: { select: { name: true } },
      },
    }),
    db.site.count({ where: { organizationId } }),
    db.product.count({ where: { organizationId } }),
    db.membership.count({ where: { organizationId } }),
    db.reportingPeriod.findMany({
      where: { organizationId },
      orderBy: { year: "desc" },
      select: { id: true, year: true, label: true, status: true },
    }),
  ]);
  return {
    organization: { ...organization, annualRevenueEur: organization.annualRevenueEur?.toFixed(2) ?? null },
    counts: { sites, products, members, periods: periods.length },
    periods,
  };
}
export type OrganizationOverview = Awaited<ReturnType<typeof getOrganizationOverview>>;
