// What the data-collection pages offer in their selects: the organisation's periods, sites and products.
import type { Db } from "@/lib/db/client";
import { periodHours } from "@/lib/activity/server-energy";
import { isoDateOf } from "@/lib/periods/dates";

export type TPeriodRef = {
  id: string;
  label: string;
  year: number;
  status: "OPEN" | "LOCKED";
  capitalGoodsMethod: string; // whole | amortised: the form asks an equipment lifetime only when amortising
  hours: number; // the period's length in hours (hosting servers run the whole period by default)
};

export async function loadCollectionRefs(db: Db, organizationId: string) {
  const where = { organizationId };
  const [periods, sites, products] = await Promise.all([
    db.reportingPeriod.findMany({
      where,
      orderBy: { year: "desc" },
      select: {
        id: true,
        label: true,
        year: true,
        status: true,
        capitalGoodsMethod: true,
        startDate: true,
        endDate: true,
      },
    }),
    db.site.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.product.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const refs = periods.map(({ startDate, endDate, ...p }): TPeriodRef => ({
    ...(p as Omit<TPeriodRef, "hours">),
    hours: periodHours(isoDateOf(startDate), isoDateOf(endDate)),
  }));
  return { periods: refs, sites, products };
}

/** The period a page shows: the requested one when it is the organisation's, else the latest open, else the latest. */
export function pickPeriod(periods: readonly TPeriodRef[], requested: string | undefined): TPeriodRef | null {
  return periods.find((p) => p.id === requested) ?? periods.find((p) => p.status === "OPEN") ?? periods[0] ?? null;
}
