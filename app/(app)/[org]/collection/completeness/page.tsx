import { getLocale, getTranslations } from "next-intl/server";
import { CarriedList } from "@/components/activity/carried-list";
import { labelOf } from "@/components/activity/labels";
import { CompletenessList } from "@/components/activity/completeness-list";
import { PeriodPicker } from "@/components/activity/period-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { carriedIntoPeriod } from "@/lib/activity/carried-queries";
import { categoryOfActivityType } from "@/lib/activity/categories";
import { loadCollectionRefs, pickPeriod } from "@/lib/activity/collection-refs";
import { loadCalcMappings } from "@/lib/calc";
import { loadCompleteness } from "@/lib/completeness/queries";
import { db } from "@/lib/db";
import { isoDateOf } from "@/lib/periods/dates";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("completeness"))("title") };
}

export default async function CompletenessPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "activity.read");
  const t = await getTranslations("completeness");
  const { periods } = await loadCollectionRefs(db(), context.organization.id);
  const asked = (await searchParams).period;
  const period = pickPeriod(periods, typeof asked === "string" ? asked : undefined);
  if (!period) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <Card>
          <p className="text-sm text-slate-600">{t("noPeriod")}</p>
        </Card>
      </>
    );
  }
  const { rows, sites } = await loadCompleteness(db(), context.organization.id, period.id, isoDateOf(new Date()));
  // Equipment bought earlier and amortised into this period: shown apart, as carried lines.
  const mappings = loadCalcMappings();
  const equipment = [...mappings.activityTypes.values()].filter((type) => type.capitalGoods);
  const carried = await carriedIntoPeriod(
    db(),
    context.organization.id,
    period.id,
    equipment.map((type) => type.id),
  );
  const locale = await getLocale();
  const done = rows.filter((r) => r.state === "validated" || r.state === "notationKey").length;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<PeriodPicker periods={periods} current={period.id} />}
      />
      <p className="mb-4 text-sm text-slate-700" role="status">
        {t("summary", { done, total: rows.length, period: period.label })}
      </p>
      <CompletenessList
        orgSlug={org}
        periodId={period.id}
        periodOpen={period.status === "OPEN"}
        rows={rows}
        siteNames={Object.fromEntries(sites.map((s) => [s.id, s.name]))}
        canSetKeys={can(context.role, "activity.validate")}
      />
      <CarriedList
        rows={carried.map((c) => {
          const type = mappings.activityTypes.get(c.activityTypeId);
          return {
            id: c.activityId,
            name: c.label ?? (type ? labelOf(type, locale) : c.activityTypeId),
            fromYear: c.fromYear,
            kgCO2e: c.kgCO2e,
            href: `/${org}/collection/${categoryOfActivityType(c.activityTypeId) ?? "purchases"}/${c.activityId}`,
          };
        })}
      />
    </>
  );
}
