import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { TComparedPeriod, TComparison } from "@/lib/dashboard/comparison";
import { yearOverYear, type TYoyFigures } from "@/lib/reporting/year-over-year";

// The dashboard's year-over-year waterfall: the period against the previous one or the base year (the
// reader's choice, `against` in the address; absent = not shown), split into activity, factor and
// perimeter effects by lib/reporting, per category of the chosen view and for the whole inventory.

export const YOY_AGAINST = ["previous", "base"] as const;
export type TYoyAgainst = (typeof YOY_AGAINST)[number];
export const ZYoyAgainst = z.enum(YOY_AGAINST).optional().catch(undefined);

export type TYoyRow = TYoyFigures & { key: string };
export type TDashboardYoy = {
  against: TYoyAgainst;
  from: TComparedPeriod;
  to: TComparedPeriod;
  total: TYoyFigures;
  rows: TYoyRow[]; // categories of the chosen view, largest in the later period first
};

type TQuery = { basis: "validated" | "submitted"; scope2: "location" | "market"; view: "ghg" | "beges" };

/** The earlier period `against` names, or null when the organisation has none (no base year set, first year). */
export function yoyFromPeriod(
  periods: Pick<TComparison, "previous" | "base"> | null,
  against: TYoyAgainst | undefined,
): TComparedPeriod | null {
  if (!periods || against === undefined) return null;
  return against === "base" ? periods.base : periods.previous;
}

export async function getDashboardYoy(
  db: Db,
  organizationId: string,
  periods: Pick<TComparison, "current" | "previous" | "base">,
  against: TYoyAgainst,
  query: TQuery,
): Promise<TDashboardYoy | null> {
  const from = yoyFromPeriod(periods, against);
  if (!from) return null;
  const result = await yearOverYear(db, organizationId, {
    fromPeriodId: from.id,
    toPeriodId: periods.current.id,
    statuses: query.basis,
    scope2: query.scope2,
  });
  return {
    against,
    from,
    to: periods.current,
    total: result.total,
    rows: query.view === "beges" ? result.beges : result.ghg,
  };
}
