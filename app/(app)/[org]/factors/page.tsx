import { getLocale, getTranslations } from "next-intl/server";
import { FactorPagination } from "@/components/factors/factor-pagination";
import { FactorResultsTable } from "@/components/factors/factor-results-table";
import { FactorSearchForm } from "@/components/factors/factor-search-form";
import { regionName } from "@/components/factors/format";
import { EmptyState } from "@/components/ui/card";
import { db } from "@/lib/db";
import { listFactorFilterOptions } from "@/lib/factors/db/queries";
import { searchFactors } from "@/lib/factors/db/search";
import { hasFilters, parseFactorSearch } from "@/lib/factors/db/search-params";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("factors"))("title") };
}

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FactorExplorerPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "factors.read");
  const t = await getTranslations("factors");
  const locale = await getLocale();
  const search = parseFactorSearch(await searchParams);
  const organizationId = context.organization.id;
  const { country } = await db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { country: true },
  });
  const [result, options] = await Promise.all([
    searchFactors(db(), { organizationId, preferRegion: country }, search),
    listFactorFilterOptions(db()),
  ]);
  const base = `/${org}/factors`;
  const libraryMissing = options.sources.length === 0 && !hasFilters(search);
  return (
    <div>
      {/* Keyed by the search so "reset" and back/forward re-render the uncontrolled fields with the URL's values. */}
      <FactorSearchForm
        key={JSON.stringify(search)}
        action={base}
        search={search}
        options={options}
        regionLabel={(code) => `${regionName(code, locale)} (${code})`}
      />
      <p className="mb-2 text-sm text-slate-600" role="status">
        {t("resultCount", { count: result.total })}
      </p>
      {result.hits.length > 0 ? (
        <FactorResultsTable orgSlug={org} hits={result.hits} />
      ) : libraryMissing ? (
        <EmptyState title={t("emptyLibrary")}>{t("emptyLibraryHint")}</EmptyState>
      ) : (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      )}
      <FactorPagination base={base} search={search} pageCount={result.pageCount} />
    </div>
  );
}
