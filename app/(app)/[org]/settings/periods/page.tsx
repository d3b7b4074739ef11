import { getTranslations } from "next-intl/server";
import { PeriodManager } from "@/components/periods/period-manager";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { getFiscalYearStartMonth, listPeriods } from "@/lib/periods/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("periods"))("title") };
}

export default async function PeriodsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const [periods, fiscalYearStartMonth] = await Promise.all([
    listPeriods(db(), context.organization.id),
    getFiscalYearStartMonth(db(), context.organization.id),
  ]);
  return (
    <PeriodManager
      orgSlug={org}
      periods={periods}
      fiscalYearStartMonth={fiscalYearStartMonth}
      canManage={can(context.role, "periods.manage")}
      canLock={can(context.role, "periods.lock")}
    />
  );
}
