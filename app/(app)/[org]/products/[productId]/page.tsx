import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { postLabeller } from "@/components/allocation/post-label";
import { ProductAllocation } from "@/components/allocation/product-allocation";
import { Card, PageHeader } from "@/components/ui/card";
import { DigitalModelForm } from "@/components/products/digital-model-form";
import { DigitalModelResults } from "@/components/products/digital-model-results";
import { ProductFootprintSummary } from "@/components/products/product-footprint-summary";
import { ProductPeriodPicker } from "@/components/products/product-period-picker";
import { productLinesHref, untaggedPostLinesHref } from "@/lib/dashboard/allocation-links";
import { db } from "@/lib/db";
import { loadProductPage } from "@/lib/dashboard/product-page";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("productPage"))("title") };
}

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; productId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org, productId } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const t = await getTranslations("productPage");
  const data = await loadProductPage(db(), context.organization.id, productId, await searchParams);
  if (!data) notFound();
  const { product, period } = data;
  const canManage = can(context.role, "products.manage");
  const labelOf = await postLabeller();
  return (
    <>
      <PageHeader
        title={product.name}
        description={[product.description, t("functionalUnit", { unit: product.functionalUnit })]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <Link href={`/${org}/settings/products`} className="text-sm font-medium text-brand-700 hover:underline">
            {t("back")}
          </Link>
        }
      />
      {period === null ? (
        <Card>
          <p className="text-sm text-slate-600">{t("noPeriod")}</p>
        </Card>
      ) : (
        <div className="space-y-6">
          <ProductPeriodPicker
            periods={data.periods.map((p) => ({ id: p.id, label: p.label }))}
            periodId={period.id}
            statuses={data.statuses}
          />
          <ProductFootprintSummary
            footprint={data.footprint}
            periodLabel={period.label}
            functionalUnit={product.functionalUnit}
            volumesHref={`/${org}/settings/products#volumes-${product.id}`}
          />
          <ProductAllocation
            footprint={data.footprint}
            postLabels={Object.fromEntries(data.footprint.allocated.map((p) => [p.post, labelOf(p.post)]))}
            directHref={productLinesHref(org, period.id, product.id)}
            postHref={(post) => untaggedPostLinesHref(org, period.id, post)}
            manageHref={`/${org}/products/allocation?period=${period.id}&statuses=${data.statuses}`}
          />
          <Card>
            <h2 className="text-base font-semibold text-slate-900">{t("model")}</h2>
            {data.digital && data.analysis ? (
              <DigitalModelResults
                booked={data.digital.model.method}
                computedAt={data.digital.computedAt?.toISOString() ?? null}
                methods={data.analysis.methods}
                scenarios={data.analysis.scenarios}
              />
            ) : (
              <p className="mt-2 text-sm text-slate-600">
                {t(canManage ? "noModel" : "noModelReadOnly", { period: period.label })}
              </p>
            )}
            {canManage && period.status === "OPEN" ? (
              <DigitalModelForm
                orgSlug={org}
                productId={product.id}
                periodId={period.id}
                model={data.digital?.model ?? null}
                countries={data.countries}
              />
            ) : null}
          </Card>
        </div>
      )}
    </>
  );
}
