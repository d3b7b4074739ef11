import { getLocale, getTranslations } from "next-intl/server";
import { BudgetHelper } from "@/components/contributions/budget-helper";
import { ContributionManager } from "@/components/contributions/contribution-manager";
import { Card, PageHeader } from "@/components/ui/card";
import { getContributions } from "@/lib/contributions/queries";
import { db } from "@/lib/db";
import { formatAmount, formatNumber } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("contributions"))("title") };
}

// Funded climate projects, apart from the inventory: their tonnes are never subtracted from the footprint.
export default async function ContributionsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const [data, locale, t] = await Promise.all([
    getContributions(db(), context.organization.id),
    getLocale(),
    getTranslations("contributions"),
  ]);
  const figure = (label: string, totals: { tonnes: number; eur: number }) => (
    <Card className="p-4">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900">
        {t("totals.tonnes", { value: formatNumber(totals.tonnes, locale, 1) })}
      </p>
      <p className="text-sm tabular-nums text-slate-600">{formatAmount(totals.eur, "EUR", locale)}</p>
    </Card>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4 rounded-md border border-sky-200 bg-sky-50 p-4 text-sm text-sky-900" role="note">
        <p className="font-medium">{t("note.title")}</p>
        <p className="mt-1">{t("note.body")}</p>
      </div>
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        {figure(t("kinds.REMOVAL"), data.totals.removal)}
        {figure(t("kinds.AVOIDANCE"), data.totals.avoidance)}
        {figure(t("totals.all"), data.totals.all)}
      </div>
      <ContributionManager orgSlug={org} projects={data.projects} canManage={can(context.role, "targets.manage")} />
      <Card className="mt-6">
        <BudgetHelper footprint={data.footprint} />
      </Card>
    </>
  );
}
