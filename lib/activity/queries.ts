// Read side of activity data. Every read carries the organisation: another organisation's id finds nothing.
import type { Db, Prisma } from "@/lib/db/client";
import { calcContextOf, loadOrgRefs, referenceErrors } from "@/lib/activity/context";
import { activityColumns } from "@/lib/activity/columns";
import { computeStoredActivities } from "@/lib/activity/engine-input";
import type { TFieldError } from "@/lib/activity/errors";
import type { TRoundedLine } from "@/lib/activity/lines";
import type { TActivityCreate } from "@/lib/activity/schemas";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import type { TActivitySort } from "@/lib/activity/sorts";

export type TActivityFilter = {
  periodId?: string;
  siteId?: string;
  productId?: string;
  activityTypeId?: string;
  status?: "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED";
  activityTypeIds?: readonly string[]; // a data-collection category's types
};

// Every order ends with the id, so the cursor (an id) always names one position.
const ORDER_BY = {
  recent: [{ createdAt: "desc" }, { id: "desc" }],
  date: [{ activityDate: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
  emissions: [{ kgCO2e: "desc" }, { id: "desc" }],
} satisfies Record<TActivitySort, Prisma.ActivityDataOrderByWithRelationInput[]>;

export const ACTIVITY_PAGE_SIZE = 50;

/** A page of activities, newest first unless sorted otherwise; `nextCursor` is the id to pass for the next page. */
export async function listActivities(
  db: Db,
  organizationId: string,
  {
    filter = {},
    cursor,
    pageSize = ACTIVITY_PAGE_SIZE,
    sort = "recent",
  }: { filter?: TActivityFilter; cursor?: string; pageSize?: number; sort?: TActivitySort } = {},
) {
  const where: Prisma.ActivityDataWhereInput = { organizationId };
  for (const key of ["periodId", "siteId", "productId", "activityTypeId", "status"] as const) {
    const value = filter[key];
    if (value !== undefined) Object.assign(where, { [key]: value });
  }
  if (filter.activityTypeIds !== undefined) where.AND = [{ activityTypeId: { in: [...filter.activityTypeIds] } }];
  // A cursor from another organisation (or a stale one) is simply not found: the list starts over.
  const start = cursor
    ? await db.activityData.findFirst({ where: { id: cursor, organizationId }, select: { id: true } })
    : null;
  const rows = await db.activityData.findMany({
    where,
    orderBy: ORDER_BY[sort],
    take: pageSize + 1,
    ...(start ? { cursor: { id: start.id }, skip: 1 } : {}),
    include: {
      site: { select: { name: true } },
      product: { select: { name: true } },
      period: { select: { year: true, status: true } },
    },
  });
  return {
    activities: rows.slice(0, pageSize),
    nextCursor: rows.length > pageSize ? (rows[pageSize - 1]?.id ?? null) : null,
  };
}

/**
 * One activity with its own lines (in engine order), or null. Lines its equipment carries into later
 * periods are read apart (lib/activity/carried-queries.ts).
 */
export async function getActivityWithLines(db: Db, organizationId: string, activityId: string) {
  const own = await db.activityData.findFirst({
    where: { id: activityId, organizationId },
    select: { periodId: true },
  });
  if (!own) return null;
  return db.activityData.findFirst({
    where: { id: activityId, organizationId },
    include: {
      lines: { where: { organizationId, periodId: own.periodId }, orderBy: { position: "asc" } },
      site: { select: { name: true } },
      product: { select: { name: true } },
      period: { select: { year: true, status: true } },
    },
  });
}
export type TActivityWithLines = NonNullable<Awaited<ReturnType<typeof getActivityWithLines>>>;

export type TActivityPreview =
  | {
      ok: true;
      kgCO2e: string;
      lines: Omit<TRoundedLine, "kgMicro">[];
      excluded: { stage: string; reason: string; kgCO2e: string }[]; // not booked, shown beside the lines
    }
  | { ok: false; errors: TFieldError[] };

/** What saving this input would compute (lines, factor, total), without writing: for "which factor will be used" in a form. */
export async function previewActivity(
  db: Db,
  organizationId: string,
  input: TActivityCreate,
): Promise<TActivityPreview> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) return { ok: false, errors: [{ field: "_form", message: "errors.NOT_FOUND" }] };
  const refs = await loadOrgRefs(db, organizationId, org.country);
  const errors = referenceErrors(input, refs, { allowLockedPeriod: true });
  if (errors.length > 0) return { ok: false, errors };
  const built = activityColumns(input);
  if (!built.ok) return { ok: false, errors: [built.error] };
  const orgIndex = await buildOrganizationFactorIndex(db, organizationId);
  const [outcome] = computeStoredActivities([{ id: "preview", ...built.columns }], calcContextOf(refs, orgIndex));
  if (!outcome) return { ok: false, errors: [] };
  if (!outcome.ok) return { ok: false, errors: [outcome.error] };
  return {
    ok: true,
    kgCO2e: outcome.rounded.kgCO2e,
    lines: outcome.rounded.lines.map(({ kgMicro: _bigint, ...line }) => line),
    excluded: outcome.excluded.map((e) => ({ stage: e.stage, reason: e.reason, kgCO2e: e.kgCO2e.toFixed(6) })),
  };
}
