import "server-only";
import type { Db } from "@/lib/db/client";
import { yearOverYear, type TYearOverYear } from "@/lib/reporting/year-over-year";
import { TARGET_BASIS } from "@/lib/targets/measure";

// Achieved reduction, measured and never typed: the year-over-year change of the action's posts from the
// reporting layer, between the last period before the action started (else the one before the latest)
// and the latest period with data, with its activity / factor split (docs/methodology.md). Positive = less.

export type TAchieved = { fromYear: number; toYear: number; kg: number; activityKg: number; factorKg: number };
export type TPeriodYear = { id: string; year: number };

/** The two periods an action is measured between, or null when there are not two. */
export function measuredPeriods(periodsWithData: TPeriodYear[], startYear: number | null) {
  const sorted = [...periodsWithData].sort((a, b) => a.year - b.year);
  const to = sorted.at(-1);
  if (!to) return null;
  const before = sorted.filter((p) => p.year < (startYear !== null ? Math.min(startYear, to.year) : to.year));
  const from = before.at(-1);
  return from ? { from, to } : null;
}

export function achievedOf(yoy: TYearOverYear, posts: string[], from: TPeriodYear, to: TPeriodYear): TAchieved {
  const rows = yoy.ghg.filter((r) => posts.includes(r.key));
  const sum = (pick: (r: (typeof rows)[number]) => string) => -rows.reduce((s, r) => s + Number(pick(r)), 0) || 0;
  return {
    fromYear: from.year,
    toYear: to.year,
    kg: sum((r) => r.deltaKg),
    activityKg: sum((r) => r.activityKg),
    factorKg: sum((r) => r.factorKg),
  };
}

/** One yearOverYear per pair of periods asked for, however many actions share it. */
export function yoyCache(db: Db, organizationId: string) {
  const cache = new Map<string, Promise<TYearOverYear>>();
  return (fromPeriodId: string, toPeriodId: string) => {
    const key = `${fromPeriodId}>${toPeriodId}`;
    let result = cache.get(key);
    if (!result) {
      result = yearOverYear(db, organizationId, { fromPeriodId, toPeriodId, ...TARGET_BASIS });
      cache.set(key, result);
    }
    return result;
  };
}
