import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TOrganizationProfile } from "@/lib/organizations/profile-schemas";

const profileFields = {
  name: true,
  country: true,
  naceCode: true,
  headcount: true,
  annualRevenueEur: true,
  fiscalYearStartMonth: true,
  baseYear: true,
  currency: true,
} as const;

export type OrganizationProfile = Omit<TOrganizationProfile, "annualRevenueEur"> & { annualRevenueEur: string | null };

// Decimal becomes a string here so the profile can cross to client components unchanged.
export async function getOrganizationProfile(db: Db, organizationId: string): Promise<OrganizationProfile> {
  const org = await db.organization.findFirst({ where: { id: organizationId }, select: profileFields });
  if (!org) throw new AppError("NOT_FOUND");
  return { ...org, annualRevenueEur: org.annualRevenueEur?.toFixed(2) ?? null };
}

export async function updateOrganizationProfile(db: Db, scope: TenantScope, input: TOrganizationProfile) {
  return db.$transaction(async (tx) => {
    const where = { id: scope.organizationId };
    const before = await tx.organization.findFirst({ where, select: profileFields });
    if (!before) throw new AppError("NOT_FOUND");
    // Field by field, so even a caller bypassing the schema cannot write slug or consultingFirmId.
    const { name, country, naceCode, headcount, annualRevenueEur, fiscalYearStartMonth, baseYear, currency } = input;
    const data = { name, country, naceCode, headcount, annualRevenueEur, fiscalYearStartMonth, baseYear, currency };
    const { count } = await tx.organization.updateMany({ where, data });
    if (count !== 1) throw new AppError("NOT_FOUND");
    const after = await tx.organization.findFirstOrThrow({ where, select: profileFields });
    await recordAudit(tx, {
      ...scope,
      action: "organization.update",
      entityType: "Organization",
      entityId: scope.organizationId,
      before,
      after,
    });
    return after;
  });
}
