import { getLocale, getTranslations } from "next-intl/server";
import { TargetCard } from "@/components/trajectory/target-card";
import { TargetForm } from "@/components/trajectory/target-form";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listSites } from "@/lib/sites/queries";
import { getTrajectory } from "@/lib/trajectory/trajectory";

export async function generateMetadata() {
  return { title: (await getTranslations("trajectory"))("title") };
}

export default async function TrajectoryPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const organizationId = context.organization.id;
  const canManage = can(context.role, "targets.manage");
  const [trajectory, sites, locale, t] = await Promise.all([
    getTrajectory(db(), organizationId),
    canManage ? listSites(db(), organizationId) : Promise.resolve([]),
    getLocale(),
    getTranslations("trajectory"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {canManage ? (
        <div className="mb-6">
          <TargetForm
            orgSlug={org}
            periods={trajectory.periods}
            sites={sites.map((s) => ({ id: s.id, name: s.name }))}
          />
        </div>
      ) : null}
      {trajectory.targets.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">{t(canManage ? "empty" : "emptyReader")}</p>
        </Card>
      ) : (
        <div className="space-y-6">
          {trajectory.targets.map((target) => (
            <TargetCard key={target.id} target={target} locale={locale} orgSlug={org} canManage={canManage} />
          ))}
        </div>
      )}
      <p className="mt-6 text-xs text-slate-500">{t("basisNote")}</p>
    </>
  );
}
