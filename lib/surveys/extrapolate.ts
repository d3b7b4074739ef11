import type { TActivityInput } from "@/lib/calc";

// methodology.md, employee commuting survey: total = mean per respondent × headcount, stating the response
// rate and warning below 30 %. The engine is linear in the quantity, so the respondents' activities are
// summed per activity type and variant, then scaled by headcount / respondents: the extrapolated lines
// computed by the engine equal the mean respondent's kgCO2e × headcount.

export const LOW_RESPONSE_RATE = 0.3;
// Groups with fewer answers than this are never broken down (anonymity).
export const ANONYMITY_THRESHOLD = 5;

export type TResponseRate = { respondents: number; population: number; rate: number; low: boolean };

export function responseRate(respondents: number, population: number): TResponseRate {
  const rate = population > 0 ? respondents / population : 0;
  return { respondents, population, rate, low: rate < LOW_RESPONSE_RATE };
}

const variantKey = (a: TActivityInput) => `${a.activityTypeId}|${a.unit}|${JSON.stringify(a.options ?? {})}`;

/** The respondents' activities summed per type and variant, scaled to the population. Empty without answers. */
export function extrapolateActivities(
  perRespondent: readonly (readonly TActivityInput[])[],
  population: number,
): TActivityInput[] {
  const n = perRespondent.length;
  if (n === 0) return [];
  const scale = population / n;
  const groups = new Map<string, TActivityInput>();
  for (const activity of perRespondent.flat()) {
    const key = variantKey(activity);
    const group = groups.get(key);
    groups.set(key, group ? { ...group, quantity: group.quantity + activity.quantity } : { ...activity });
  }
  return [...groups.values()].map((a) => ({ ...a, quantity: a.quantity * scale }));
}

/**
 * The respondents split by the site they chose, for booking each site's share on it: a site with fewer than
 * ANONYMITY_THRESHOLD answers (and "not said") goes to the no-site group, so no line shows one person's
 * commute. Scaling stays population / all respondents, so the groups add up to the same total.
 */
export function groupBySite<T extends { siteId?: string }>(answers: readonly T[]): Map<string | null, T[]> {
  const counts = new Map<string, number>();
  for (const a of answers) if (a.siteId) counts.set(a.siteId, (counts.get(a.siteId) ?? 0) + 1);
  const groups = new Map<string | null, T[]>();
  for (const a of answers) {
    const key = a.siteId && (counts.get(a.siteId) ?? 0) >= ANONYMITY_THRESHOLD ? a.siteId : null;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

/** Mean of the per-respondent totals × population (the methodology's formula, for reports and tests). */
export function extrapolatedTotal(perRespondentKg: readonly number[], population: number): number {
  if (perRespondentKg.length === 0) return 0;
  const mean = perRespondentKg.reduce((s, v) => s + v, 0) / perRespondentKg.length;
  return mean * population;
}
