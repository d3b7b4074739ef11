import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AllocationKeyForm } from "@/components/allocation/allocation-key-form";
import { AllocationPost } from "@/components/allocation/allocation-post";
import { AllocationSummary } from "@/components/allocation/allocation-summary";
import { postLabeller } from "@/components/allocation/post-label";
import { ProductPeriodPicker } from "@/components/products/product-period-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { loadAllocationPage } from "@/lib/dashboard/allocation-page";
import { db } from "@/lib/db";
import { unitFor } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("allocation"))("title") };
}

export default async function AllocationPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const t = await getTranslations("allocation");
  const labelOf = await postLabeller();
  const data = await loadAllocationPage(db(), context.organization.id, await searchParams);
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description")}
      actions={
        <Link href={`/${org}/settings/products`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
      }
    />
  );
  if (data.period === null || data.products.length === 0) {
    return (
      <>
        {header}
        <Card>
          <p className="text-sm text-slate-600">{t(data.period === null ? "noPeriod" : "noProducts")}</p>
        </Card>
      </>
    );
  }
  const { period, allocation, products, keys } = data;
  const editable = can(context.role, "products.manage") && period.status === "OPEN";
  const unit = unitFor([allocation.organizationKg]);
  return (
    <>
      {header}
      <div className="space-y-6">
        <ProductPeriodPicker
          periods={data.periods.map((p) => ({ id: p.id, label: p.label }))}
          periodId={period.id}
          statuses={data.statuses}
        />
        {period.status === "LOCKED" ? <p className="text-sm text-amber-700">{t("locked")}</p> : null}
        <AllocationSummary
          allocation={allocation}
          products={products}
          unit={unit}
          productHref={(id) => `/${org}/products/${id}?period=${period.id}&statuses=${data.statuses}`}
        />
        {allocation.posts.length === 0 ? (
          <Card>
            <p className="text-sm text-slate-600">{t("empty", { period: period.label })}</p>
          </Card>
        ) : (
          allocation.posts.map((post) => {
            const stored = keys.find((k) => k.post === post.post) ?? null;
            return (
              <AllocationPost
                key={post.post}
                allocation={post}
                label={labelOf(post.post)}
                products={products}
                unit={unitFor([post.kg])}
              >
                {/* A post wholly tagged with products has nothing to allocate: no form unless a key exists. */}
                {editable && (stored !== null || Number(post.untaggedKg) !== 0) ? (
                  <AllocationKeyForm
                    orgSlug={org}
                    periodId={period.id}
                    post={post.post}
                    postLabel={labelOf(post.post)}
                    products={products}
                    stored={stored}
                  />
                ) : null}
              </AllocationPost>
            );
          })
        )}
      </div>
    </>
  );
}
