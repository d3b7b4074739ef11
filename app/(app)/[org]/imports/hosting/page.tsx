import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HostingFilters } from "@/components/imports/hosting/hosting-filters";
import { HostingTable } from "@/components/imports/hosting/hosting-table";
import { HostingTotals } from "@/components/imports/hosting/hosting-totals";
import { TagRuleForm } from "@/components/imports/hosting/tag-rule-form";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import {
  HOSTING_PAGE_SIZE,
  hostingFacets,
  hostingRows,
  hostingTotals,
  hostingTypeMeans,
} from "@/lib/imports/boavizta/hosting";
import { hostingFilterOf, hostingHref } from "@/lib/imports/boavizta/hosting-schemas";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  return { title: (await getTranslations("imports.hosting"))("title") };
}

// Servers and cloud resources from the organisation's committed Boavizta imports (lib/imports/boavizta/hosting.ts).
export default async function HostingPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "imports.read");
  const organizationId = context.organization.id;
  const t = await getTranslations("imports.hosting");
  const filter = hostingFilterOf(await searchParams);
  const canManage = can(context.role, "imports.manage");
  const [{ rows, count }, totals, facets, periods, products, sites, means] = await Promise.all([
    hostingRows(db(), organizationId, filter),
    hostingTotals(db(), organizationId, filter),
    hostingFacets(db(), organizationId),
    db().reportingPeriod.findMany({
      where: { organizationId },
      orderBy: { startDate: "desc" },
      select: { id: true, label: true, status: true },
    }),
    db().product.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().site.findMany({ where: { organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    canManage ? hostingTypeMeans(db(), organizationId) : Promise.resolve([]),
  ]);
  const periodOptions = periods.map((p) => ({ value: p.id, label: p.label }));
  const productOptions = products.map((p) => ({ value: p.id, label: p.name }));
  const siteOptions = sites.map((s) => ({ value: s.id, label: s.name }));
  const openPeriods = periods.filter((p) => p.status === "OPEN").map((p) => ({ value: p.id, label: p.label }));
  const pages = Math.max(1, Math.ceil(count / HOSTING_PAGE_SIZE));
  const back = (
    <Link href={`/${org}/imports`} className={buttonClass("ghost", "sm")}>
      {t("back")}
    </Link>
  );
  if (facets.providers.length === 0 && facets.types.length === 0 && totals.resources === 0 && !filter.periodId) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} actions={back} />
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      </>
    );
  }
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("description")} actions={back} />
      <HostingFilters org={org} filter={filter} facets={facets} periods={periodOptions} products={productOptions} />
      <HostingTotals totals={totals} />
      <section className="space-y-2" aria-labelledby="hosting-resources">
        <h2 id="hosting-resources" className="text-base font-semibold text-slate-900">
          {t("table.title", { count })}
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMatch")}</p>
        ) : (
          <HostingTable org={org} filter={filter} rows={rows} canManage={canManage} means={means} />
        )}
        {pages > 1 ? (
          <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm">
            {filter.page > 1 ? (
              <Link href={hostingHref(org, { ...filter, page: filter.page - 1 })} className="underline">
                {t("previous")}
              </Link>
            ) : null}
            <span>{t("pageOf", { page: filter.page, pages })}</span>
            {filter.page < pages ? (
              <Link href={hostingHref(org, { ...filter, page: filter.page + 1 })} className="underline">
                {t("next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      {canManage
        ? (["product", "site"] as const).map((target) => {
            const targets = target === "product" ? productOptions : siteOptions;
            return targets.length > 0 ? (
              <Card key={target}>
                <h2 className="text-base font-semibold text-slate-900">{t(`rule.${target}.title`)}</h2>
                <p className="mb-3 text-sm text-slate-600">{t(`rule.${target}.description`)}</p>
                <TagRuleForm
                  orgSlug={org}
                  target={target}
                  periods={openPeriods}
                  targets={targets}
                  tagKeys={facets.tagKeys}
                />
              </Card>
            ) : null;
          })
        : null}
    </div>
  );
}
