import { getLocale, getTranslations } from "next-intl/server";
import { ActionPlan } from "@/components/reductions/action-plan";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { formatForInput, formatNumber } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { actionOptions } from "@/lib/reductions/options";
import { postCards } from "@/lib/reductions/post-cards";
import { listActions, periodsWithData } from "@/lib/reductions/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reductions"))("title") };
}

export default async function ActionsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const organizationId = context.organization.id;
  const canManage = can(context.role, "targets.manage");
  const measured = await periodsWithData(db(), organizationId);
  const [{ actions }, options, locale, t] = await Promise.all([
    listActions(db(), organizationId, measured),
    canManage ? actionOptions(db(), organizationId) : Promise.resolve({ members: [], sites: [], products: [] }),
    getLocale(),
    getTranslations("reductions"),
  ]);
  // Reductions and avoided emissions are never added together: two separate sums.
  const sum = (type: "REDUCTION" | "AVOIDED") =>
    actions
      .filter((a) => a.type === type && a.status !== "ABANDONED" && a.status !== "IDEA")
      .reduce((s, a) => s + (a.expectedKg ?? 0), 0);
  const rows = actions.map((a) => ({
    ...a,
    // Costs are internal: only those who manage the plan see them.
    costEur: canManage ? a.costEur : null,
    costPerTonne: canManage ? a.costPerTonne : null,
    costInput: canManage ? formatForInput(a.costEur, locale) : "",
    expectedValue: formatForInput(a.expectedValue, locale),
  }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-6 grid gap-3 sm:grid-cols-2">
        <Card className="p-4">
          <p className="text-xs text-slate-500">{t("summary.reduction")}</p>
          <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900" data-testid="expected-reduction">
            {t("summary.perYear", { value: formatNumber(sum("REDUCTION") / 1000, locale, 1) })}
          </p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-slate-500">{t("summary.avoided")}</p>
          <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900">
            {t("summary.perYear", { value: formatNumber(sum("AVOIDED") / 1000, locale, 1) })}
          </p>
          <p className="mt-1 text-xs text-slate-500">{t("summary.avoidedNote")}</p>
        </Card>
      </div>
      <ActionPlan
        orgSlug={org}
        actions={rows}
        posts={postCards(measured.withData, measured.byPeriod, actions)}
        canManage={canManage}
        {...options}
      />
      <p className="mt-6 text-xs text-slate-500">{t("achievedNote")}</p>
    </>
  );
}
