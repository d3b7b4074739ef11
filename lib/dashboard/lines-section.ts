import "server-only";
import activityTypesJson from "@/emission-factors/mappings/activity-types.json";
import { categoryOfActivityType } from "@/lib/activity/categories";
import { mayEditActivity } from "@/lib/activity/edit-rights";
import type { Db } from "@/lib/db/client";
import type { TLinesQuery } from "@/lib/dashboard/drill-link";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import type { TLineRow } from "@/lib/reporting/line-types";
import { listEmissionLines } from "@/lib/reporting/lines";
import type { EffectiveRole } from "@/lib/permissions";

// What the emission-lines page shows for a parsed address: the period (the latest when none or a foreign
// one is asked for), one keyset page of lines, and the filtered total from aggregateEmissions with the same
// options, so the list's total is the dashboard's figure.

export const LINES_PAGE_SIZE = 50;

const TYPE_LABELS = new Map(
  activityTypesJson.activityTypes.map((t) => [t.id, { labelFr: t.labelFr, labelEn: t.labelEn }]),
);

export function activityTypeLabel(id: string, locale: string): string {
  const entry = TYPE_LABELS.get(id);
  return entry ? (locale.startsWith("en") ? entry.labelEn : entry.labelFr) : id;
}

/** The activity form of a line, only for someone who may edit that activity now (open period). */
export function activityEditHref(
  org: string,
  editor: { role: EffectiveRole; userId: string },
  activity: TLineRow["activity"],
): string | null {
  const category = categoryOfActivityType(activity.activityTypeId);
  if (category === null || !activity.periodOpen || !mayEditActivity(editor, activity)) return null;
  return `/${org}/collection/${category}/${activity.id}`;
}

export async function loadLinesSection(db: Db, organizationId: string, query: TLinesQuery) {
  const periods = await db.reportingPeriod.findMany({
    where: { organizationId },
    orderBy: { year: "desc" },
    select: { id: true, label: true },
  });
  const period = periods.find((p) => p.id === query.period) ?? periods[0];
  if (!period) return null;
  const base = { statuses: query.basis, scope2: query.scope2, filters: query.filters };
  const [page, total, sites, products] = await Promise.all([
    listEmissionLines(db, organizationId, {
      ...base,
      periodId: period.id,
      ...(query.after ? { after: query.after } : {}),
      limit: LINES_PAGE_SIZE,
    }),
    aggregateEmissions(db, organizationId, { ...base, periodIds: [period.id] }),
    db.site.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    db.product.findMany({ where: { organizationId }, select: { id: true, name: true } }),
  ]);
  const figure = total.groups[0];
  return {
    period,
    periods,
    query: { ...query, period: period.id },
    page,
    total: { kg: figure?.kgCO2e ?? "0", lines: figure?.lines ?? 0 },
    names: {
      sites: Object.fromEntries(sites.map((s) => [s.id, s.name])),
      products: Object.fromEntries(products.map((p) => [p.id, p.name])),
    },
  };
}
