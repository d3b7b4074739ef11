// Demo activity data for the demo organisations, computed through the same path as imports
// (saveActivitiesBulk → calculation engine → emission lines). Idempotent: every row has a stable
// sourceRef ("demo:<org>:<series>:<when>"), so a second run finds every row unchanged and writes nothing.
//
// Locked periods: demo-data.json declares 2022 (and 2023 for Nuage) locked, the state an organisation
// reaches after entering a year's data and closing it. seedDemo() sets that state before this runs, on
// every run, so entering the data "before locking" would mean unlocking and relocking closed periods each
// time. Instead this seed, and only it, passes bypassPeriodLock: it may fill a locked period, and never
// rewrites an activity that already sits in one (lib/activity/bulk.ts), so locked figures stay as computed.
import { readFileSync } from "node:fs";
import { saveActivitiesBulk, type TBulkSaveResult } from "@/lib/activity/bulk";
import type { TActivityBulkRowInput } from "@/lib/activity/schemas";
import type { Db } from "@/lib/db/client";
import {
  DEMO_PROFILES,
  ZDemoActivity,
  type TDemoActivity,
  type TDemoActivityOrg,
  type TDemoFlights,
  type TDemoSeries,
} from "./activity-schema";

export function loadDemoActivity(path = new URL("./demo-activity.json", import.meta.url)): TDemoActivity {
  return ZDemoActivity.parse(JSON.parse(readFileSync(path, "utf8")));
}

export type TDemoRefs = {
  periods: ReadonlyMap<number, string>; // year → period id
  sites: ReadonlyMap<string, string>; // name → id
  products: ReadonlyMap<string, string>;
};

/** Splits a total over weights (zero weights get nothing); the parts add up to the total exactly. */
export function splitQuantity(total: number, weights: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const sum = weights.reduce((a, b) => a + b, 0);
  const last = weights.findLastIndex((w) => w > 0);
  let assigned = 0;
  return weights.map((w, i) => {
    const part = i === last ? units - assigned : Math.round((units * w) / sum);
    assigned += part;
    return part / scale;
  });
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10); // month 1-12

function need<T>(map: ReadonlyMap<string | number, T>, key: string | number, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo activity data: unknown ${what} "${key}"`);
  return value;
}

function seriesRows(slug: string, s: TDemoSeries, refs: TDemoRefs): TActivityBulkRowInput[] {
  const rows: TActivityBulkRowInput[] = [];
  for (const [yearText, total] of Object.entries(s.perYear)) {
    const year = Number(yearText);
    const base = {
      periodId: need(refs.periods, year, "period"),
      activityTypeId: s.activityTypeId,
      unit: s.unit,
      region: s.region,
      siteId: s.site === null ? null : need(refs.sites, s.site, "site"),
      productId: s.product === null ? null : need(refs.products, s.product, "product"),
      options: s.options,
      uncertaintyPct: s.uncertaintyPct === null ? null : String(s.uncertaintyPct),
      evidenceNote: s.evidenceNote,
      sourceKind: "MANUAL" as const,
    };
    const ref = (when: string) => `demo:${slug}:${s.key}:${when}`;
    if (s.split === "annual") {
      rows.push({
        ...base,
        quantity: total.toFixed(s.decimals),
        activityYear: year,
        label: `${s.label} · ${year}`,
        sourceRef: ref(String(year)),
      });
      continue;
    }
    const weights = s.split === "monthly" ? DEMO_PROFILES[s.profile] : [1, 1, 1, 1];
    for (const [i, quantity] of splitQuantity(total, weights, s.decimals).entries()) {
      if (quantity === 0) continue;
      const monthly = s.split === "monthly";
      const when = monthly ? `${year}-${pad(i + 1)}` : `${year}-Q${i + 1}`;
      rows.push({
        ...base,
        quantity: quantity.toFixed(s.decimals),
        activityDate: monthEnd(year, monthly ? i + 1 : (i + 1) * 3),
        label: `${s.label} · ${monthly ? when : `T${i + 1} ${year}`}`,
        sourceRef: ref(when),
      });
    }
  }
  return rows;
}

function flightRows(slug: string, f: TDemoFlights, refs: TDemoRefs): TActivityBulkRowInput[] {
  return Object.entries(f.perYear).flatMap(([yearText, trips]) => {
    const year = Number(yearText);
    return Array.from({ length: trips }, (_, i) => {
      const month = Math.floor(((i + 0.5) * 12) / trips) + 1;
      return {
        periodId: need(refs.periods, year, "period"),
        activityTypeId: "travel.plane",
        options: { airports: { from: f.from, to: f.to, returnTrip: f.returnTrip, passengers: f.passengers } },
        activityDate: `${year}-${pad(month)}-12`,
        label: `${f.label} · ${year}-${pad(month)}`,
        uncertaintyPct: "5",
        evidenceNote: "Export de l'agence de voyages",
        sourceKind: "MANUAL" as const,
        sourceRef: `demo:${slug}:flight-${f.key}:${year}-${i + 1}`,
      };
    });
  });
}

/** Every demo row of one organisation, in a stable order. Pure: the references are passed in. */
export function demoActivityRows(org: TDemoActivityOrg, refs: TDemoRefs): TActivityBulkRowInput[] {
  return [
    ...org.series.flatMap((s) => seriesRows(org.slug, s, refs)),
    ...org.flights.flatMap((f) => flightRows(org.slug, f, refs)),
  ];
}

/** Seeds the demo activity data of the given demo organisations (all of the file's by default). */
export async function seedDemoActivity(db: Db, slugs?: readonly string[], data: TDemoActivity = loadDemoActivity()) {
  const results: (TBulkSaveResult & { slug: string })[] = [];
  for (const org of data.organizations) {
    if (slugs && !slugs.includes(org.slug)) continue;
    const organization = await db.organization.findUnique({ where: { slug: org.slug }, select: { id: true } });
    if (!organization)
      throw new Error(
        `Demo activity data: organisation ${org.slug} does not exist (seed the demo organisations first).`,
      );
    const organizationId = organization.id;
    const actor = await db.user.findFirst({
      where: { email: org.actor, memberships: { some: { organizationId } } },
      select: { id: true, email: true },
    });
    if (!actor) throw new Error(`Demo activity data: ${org.actor} is not a member of ${org.slug}.`);
    const [periods, sites, products] = await Promise.all([
      db.reportingPeriod.findMany({ where: { organizationId }, select: { id: true, year: true } }),
      db.site.findMany({ where: { organizationId }, select: { id: true, name: true } }),
      db.product.findMany({ where: { organizationId }, select: { id: true, name: true } }),
    ]);
    const refs: TDemoRefs = {
      periods: new Map(periods.map((p) => [p.year, p.id])),
      sites: new Map(sites.map((s) => [s.name, s.id])),
      products: new Map(products.map((p) => [p.name, p.id])),
    };
    const rows = demoActivityRows(org, refs);
    const result = await saveActivitiesBulk(db, { organizationId, actor }, rows, {
      bypassPeriodLock: true,
      initialStatus: "VALIDATED", // the demo inventories are complete and reviewed
    });
    results.push({ ...result, slug: org.slug });
  }
  return results;
}
