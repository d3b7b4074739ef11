import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterChips } from "@/components/lines/filter-chips";
import { LinesControls } from "@/components/lines/lines-controls";
import { LinesTable, type TLineView } from "@/components/lines/lines-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { linesHref, parseLinesQuery } from "@/lib/dashboard/drill-link";
import { formatTonnes } from "@/lib/dashboard/labels";
import { activityEditHref, activityTypeLabel, loadLinesSection } from "@/lib/dashboard/lines-section";
import { formatNumber } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  return { title: (await getTranslations("lines"))("title") };
}

// The emission lines behind a dashboard figure: filters from the address, largest first, keyset pages.
export default async function LinesPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const t = await getTranslations("lines");
  const td = await getTranslations("dashboard");
  const locale = await getLocale();
  const section = await loadLinesSection(db(), context.organization.id, parseLinesQuery(await searchParams));
  if (!section) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noPeriod")} />
      </>
    );
  }
  const { query, page, total, names, periods, period } = section;
  const editor = { role: context.role, userId: context.user.id };
  const lines: TLineView[] = page.rows.map((line) => {
    return {
      ...line,
      activityName: line.activity.label ?? activityTypeLabel(line.activity.activityTypeId, locale),
      detailHref: linesHref(org, { ...query, after: null }, line.id),
      editHref: activityEditHref(org, editor, line.activity),
    };
  });
  const types = Object.fromEntries(
    (query.filters.activityTypeIds ?? []).map((id) => [id, activityTypeLabel(id, locale)]),
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle", { period: period.label })}
        actions={
          <Link
            href={`/${org}?period=${period.id}&basis=${query.basis}&scope2=${query.scope2}`}
            className={buttonClass("ghost", "sm")}
          >
            {t("backToDashboard")}
          </Link>
        }
      />
      <div className="space-y-4">
        <LinesControls org={org} periods={periods} query={query} />
        <FilterChips org={org} query={query} names={{ ...names, types }} />
        <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3">
          <p className="text-sm text-brand-900">
            {t("total")}{" "}
            <span className="text-xl font-semibold tabular-nums" data-testid="lines-total" data-kg={total.kg}>
              {formatTonnes(total.kg, locale)} tCO2e
            </span>
          </p>
          <p className="text-sm text-brand-900" data-testid="lines-count">
            {t("count", { count: total.lines, formatted: formatNumber(total.lines, locale, 0) })}
          </p>
          <p className="text-xs text-slate-600">
            {td(query.basis === "validated" ? "basisValidated" : "basisSubmitted")} ·{" "}
            {td(query.scope2 === "location" ? "basisLocation" : "basisMarket")} · {t("sorted")}
          </p>
        </div>
        {lines.length === 0 ? <EmptyState title={t("empty")} /> : <LinesTable lines={lines} />}
        <nav className="flex flex-wrap justify-between gap-3" aria-label={t("pages")}>
          {query.after ? (
            <Link href={linesHref(org, { ...query, after: null })} className={buttonClass("ghost", "sm")}>
              {t("firstPage")}
            </Link>
          ) : (
            <span />
          )}
          {page.next ? (
            <Link
              href={linesHref(org, { ...query, after: page.next })}
              className={buttonClass("secondary", "sm")}
              data-testid="lines-next"
            >
              {t("nextPage")}
            </Link>
          ) : null}
        </nav>
      </div>
    </>
  );
}
