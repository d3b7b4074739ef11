import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CarriedList } from "@/components/activity/carried-list";
import { ActivityList } from "@/components/activity/activity-list";
import { labelOf, langOf } from "@/components/activity/labels";
import { ListFilters } from "@/components/activity/list-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { carriedIntoPeriod } from "@/lib/activity/carried-queries";
import { isActivityCategory } from "@/lib/activity/categories";
import { loadCollectionRefs, pickPeriod } from "@/lib/activity/collection-refs";
import { mayEditActivity } from "@/lib/activity/edit-rights";
import { formOptionsFor } from "@/lib/activity/form-options";
import { listHref, parseListParams } from "@/lib/activity/list-params";
import { listActivities } from "@/lib/activity/queries";
import { db } from "@/lib/db";
import { isoDateOf } from "@/lib/periods/dates";
import { unitName } from "@/lib/factors/labels/units";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

type Props = {
  params: Promise<{ org: string; category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { category } = await params;
  if (!isActivityCategory(category)) return {};
  return { title: (await getTranslations("collection"))(`categories.${category}.title`) };
}

export default async function CategoryListPage({ params, searchParams }: Props) {
  const { org, category } = await params;
  if (!isActivityCategory(category)) notFound();
  const context = await requireOrgPermission(org, "activity.read");
  const organizationId = context.organization.id;
  const t = await getTranslations("collection");
  const locale = await getLocale();
  const query = parseListParams(await searchParams);
  const refs = await loadCollectionRefs(db(), organizationId);
  const period = pickPeriod(refs.periods, query.period);
  const { types } = formOptionsFor(category);
  const typeName = new Map(types.map((type) => [type.id, labelOf(type, locale)]));
  const base = `/${org}/collection/${category}`;
  const { activities, nextCursor } = period
    ? await listActivities(db(), organizationId, {
        filter: {
          periodId: period.id,
          activityTypeIds: query.type && typeName.has(query.type) ? [query.type] : [...typeName.keys()],
          ...(query.site ? { siteId: query.site } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        sort: query.sort,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        pageSize: 25,
      })
    : { activities: [], nextCursor: null };
  const editor = { role: context.role, userId: context.user.id };
  const periodOpen = period?.status === "OPEN";
  const rows = activities.map((a) => ({
    id: a.id,
    date: a.activityDate ? isoDateOf(a.activityDate) : null,
    type: typeName.get(a.activityTypeId) ?? a.activityTypeId,
    label: a.label,
    quantity: a.quantity.toFixed(),
    unit: unitName(a.unit, langOf(locale)),
    site: a.site?.name ?? null,
    kgCO2e: a.kgCO2e.toFixed(),
    status: a.status,
    canEdit: periodOpen && mayEditActivity(editor, a),
    href: `${base}/${a.id}`,
  }));
  const carried = period ? await carriedIntoPeriod(db(), organizationId, period.id, [...typeName.keys()]) : [];
  const canCreate = can(context.role, "activity.create");
  // Ticked lines go through the same status actions as the review queue (skipped lines are reported).
  const bulkTransitions = (["validate", "submit"] as const).filter((transition) =>
    can(context.role, transition === "validate" ? "activity.validate" : "activity.submit"),
  );
  const title = t(`categories.${category}.title`);
  return (
    <>
      <PageHeader
        title={title}
        description={t(`categories.${category}.description`)}
        actions={
          <>
            <Link
              href={`/${org}/collection${period ? `?period=${period.id}` : ""}`}
              className={buttonClass("ghost", "sm")}
            >
              {t("backToHub")}
            </Link>
            {canCreate && periodOpen ? (
              <Link href={`${base}/new?period=${period.id}`} className={buttonClass("primary", "sm")}>
                {t("add")}
              </Link>
            ) : null}
          </>
        }
      />
      {period ? (
        <ListFilters
          params={query}
          periodId={period.id}
          periods={refs.periods.map((p) => ({ id: p.id, name: p.label }))}
          sites={refs.sites}
          types={[...typeName].map(([id, name]) => ({ id, name }))}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {period ? t("empty") : t("noPeriod")}
        </p>
      ) : (
        <ActivityList
          orgSlug={org}
          title={title}
          rows={rows}
          canDuplicate={canCreate}
          openPeriods={refs.periods.filter((p) => p.status === "OPEN").map((p) => ({ id: p.id, name: p.label }))}
          transitions={periodOpen ? bulkTransitions : []}
        />
      )}
      <CarriedList
        rows={carried.map((c) => ({
          id: c.activityId,
          name: c.label ?? typeName.get(c.activityTypeId) ?? c.activityTypeId,
          fromYear: c.fromYear,
          kgCO2e: c.kgCO2e,
          href: `${base}/${c.activityId}`,
        }))}
      />
      <nav aria-label={t("pagination")} className="mt-4 flex gap-2">
        {query.cursor ? (
          <Link href={listHref(base, { ...query, period: period?.id }, {})} className={buttonClass("secondary", "sm")}>
            {t("firstPage")}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link
            href={listHref(base, { ...query, period: period?.id }, { cursor: nextCursor })}
            className={buttonClass("secondary", "sm")}
          >
            {t("nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
