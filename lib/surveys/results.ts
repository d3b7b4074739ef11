import type { TFactorIndex } from "@/lib/calc";
import type { TSurveyContext } from "@/lib/surveys/activities";
import { ANONYMITY_THRESHOLD, responseRate, type TResponseRate } from "@/lib/surveys/extrapolate";
import { respondentFootprint } from "@/lib/surveys/footprint";
import type { TSurveyAnswer, TSurveyMode } from "@/lib/surveys/schemas";

// What managers see of a campaign's answers. Anonymity: with fewer than ANONYMITY_THRESHOLD answers
// nothing is broken down; a mode or distance band chosen by fewer people is folded into "other". Pure.

const DISTANCE_GROUPS = [
  ["0-5", 5],
  ["5-10", 10],
  ["10-20", 20],
  ["20-50", 50],
  ["50+", Infinity],
] as const;
export type TDistanceGroup = (typeof DISTANCE_GROUPS)[number][0] | "other";

export type TSurveyResults = {
  rate: TResponseRate;
  shown: boolean; // false under the anonymity threshold: only the counters
  // Per main mode (the respondent's longest leg): respondents and their annual kgCO2e (sample, not extrapolated).
  byMode: { mode: TSurveyMode | "other"; respondents: number; kgCO2e: number }[];
  // Per site the respondents chose ("none": not said); sites with fewer answers folded into "other".
  bySite: { site: string; respondents: number; kgCO2e: number }[];
  distances: { group: TDistanceGroup; respondents: number }[]; // one-way door-to-door distance
  remoteShare: number; // remote days / (on-site + remote days), over every answer
  meanKgCO2e: number; // commuting, per respondent
  extrapolatedKgCO2e: number; // mean × population
};

const mainMode = (a: TSurveyAnswer): TSurveyMode =>
  a.legs.reduce((best, leg) => (leg.distanceKm > best.distanceKm ? leg : best)).mode;
export const NOT_SAID = "none";
export const siteKeyOf = (a: TSurveyAnswer) => a.siteId ?? NOT_SAID;
/** An answer whose site has been deleted since counts as one that did not say. */
export const withKnownSite = (a: TSurveyAnswer, siteIds: ReadonlySet<string>): TSurveyAnswer =>
  a.siteId === undefined || siteIds.has(a.siteId) ? a : { ...a, siteId: undefined };
const oneWayKm = (a: TSurveyAnswer) => a.legs.reduce((sum, leg) => sum + leg.distanceKm, 0);
const groupOf = (km: number): TDistanceGroup => DISTANCE_GROUPS.find(([, max]) => km < max)?.[0] ?? "50+";

/** Groups with fewer than ANONYMITY_THRESHOLD respondents, folded into one "other" entry. */
function fold<K extends string>(
  entries: { key: K; respondents: number; kgCO2e: number }[],
): { key: K | "other"; respondents: number; kgCO2e: number }[] {
  const kept = entries.filter((e) => e.respondents >= ANONYMITY_THRESHOLD);
  const small = entries.filter((e) => e.respondents < ANONYMITY_THRESHOLD);
  if (small.length === 0) return kept;
  const other = small.reduce(
    (o, e) => ({ ...o, respondents: o.respondents + e.respondents, kgCO2e: o.kgCO2e + e.kgCO2e }),
    {
      key: "other" as const,
      respondents: 0,
      kgCO2e: 0,
    },
  );
  return [...kept, other];
}

export function surveyResults(
  answers: readonly TSurveyAnswer[],
  population: number,
  ctx: TSurveyContext,
  index: TFactorIndex,
): TSurveyResults {
  const rate = responseRate(answers.length, population);
  const kg = answers.map((a) => respondentFootprint({ ...a, digital: undefined }, ctx, index).commuteKg);
  const meanKgCO2e = answers.length ? kg.reduce((s, v) => s + v, 0) / answers.length : 0;
  const base = { rate, meanKgCO2e, extrapolatedKgCO2e: meanKgCO2e * population };
  if (answers.length < ANONYMITY_THRESHOLD) {
    return { ...base, shown: false, byMode: [], bySite: [], distances: [], remoteShare: 0 };
  }
  const modes = new Map<TSurveyMode, { respondents: number; kgCO2e: number }>();
  const sites = new Map<string, { respondents: number; kgCO2e: number }>();
  const bands = new Map<TDistanceGroup, number>();
  let remote = 0;
  let worked = 0;
  answers.forEach((a, i) => {
    const m = modes.get(mainMode(a)) ?? { respondents: 0, kgCO2e: 0 };
    modes.set(mainMode(a), { respondents: m.respondents + 1, kgCO2e: m.kgCO2e + (kg[i] ?? 0) });
    const site = siteKeyOf(a);
    const s = sites.get(site) ?? { respondents: 0, kgCO2e: 0 };
    sites.set(site, { respondents: s.respondents + 1, kgCO2e: s.kgCO2e + (kg[i] ?? 0) });
    const g = groupOf(oneWayKm(a));
    bands.set(g, (bands.get(g) ?? 0) + 1);
    remote += a.remoteDaysPerWeek;
    worked += a.remoteDaysPerWeek + a.daysOnSitePerWeek;
  });
  // Largest emitters first; "other" (the folded small groups) last.
  const byMode = fold([...modes].map(([key, v]) => ({ key, ...v })).sort((x, y) => y.kgCO2e - x.kgCO2e)).map(
    ({ key, ...v }) => ({ mode: key, ...v }),
  );
  const bySite = fold([...sites].map(([key, v]) => ({ key, ...v })).sort((x, y) => y.kgCO2e - x.kgCO2e)).map(
    ({ key, ...v }) => ({ site: key, ...v }),
  );
  const distances = fold(
    DISTANCE_GROUPS.flatMap(([key]) => (bands.has(key) ? [{ key, respondents: bands.get(key) ?? 0, kgCO2e: 0 }] : [])),
  ).map(({ key, respondents }) => ({ group: key, respondents }));
  return { ...base, shown: true, byMode, bySite, distances, remoteShare: worked > 0 ? remote / worked : 0 };
}
