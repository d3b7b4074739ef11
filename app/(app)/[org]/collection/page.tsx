import { getTranslations } from "next-intl/server";
import { CategoryCard } from "@/components/activity/category-card";
import { PeriodPicker } from "@/components/activity/period-picker";
import { PageHeader } from "@/components/ui/card";
import { loadCollectionRefs, pickPeriod } from "@/lib/activity/collection-refs";
import { categoryTotals } from "@/lib/activity/hub";
import { db } from "@/lib/db";
import { unitFor } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("collection"))("title") };
}

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CollectionHubPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "activity.read");
  const t = await getTranslations("collection");
  const requested = (await searchParams).period;
  const { periods } = await loadCollectionRefs(db(), context.organization.id);
  const period = pickPeriod(periods, typeof requested === "string" ? requested : undefined);
  const totals = period ? await categoryTotals(db(), context.organization.id, { periodId: period.id }) : [];
  const unit = unitFor(totals.map((x) => x.kgCO2e));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {period ? (
        <>
          <div className="mb-4">
            <PeriodPicker periods={periods} current={period.id} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {totals.map((total) => (
              <CategoryCard
                key={total.category}
                total={total}
                unit={unit}
                href={`/${org}/collection/${total.category}?period=${period.id}`}
              />
            ))}
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("noPeriod")}</p>
      )}
    </>
  );
}
