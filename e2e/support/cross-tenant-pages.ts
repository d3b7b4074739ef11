// The organisation pages (app/(app)/[org]/**/page.tsx) and the addresses the cross-tenant HTTP spec
// requests for each: with the victim's slug, and with the attacker's own slug but the victim's ids.
import { readdirSync } from "node:fs";
import path from "node:path";

const ORG_APP = path.join(import.meta.dirname, "..", "..", "app", "(app)", "[org]");

/** Every page route under [org], as its folder relative to it ("" for the organisation's home). */
export function organisationPages(): string[] {
  return (readdirSync(ORG_APP, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => path.dirname(file).split(path.sep).join("/"))
    .map((dir) => (dir === "." ? "" : dir))
    .sort();
}

export type TVictimIds = {
  customFactorId: string;
  ownerId: string;
  auditEventId: string;
  activityId: string; // one of the victim's energy lines
  periodId: string;
  emissionLineId: string; // one of the victim's emission lines
  importId: string; // one of the victim's file imports
  surveyCampaignId: string; // one of the victim's survey campaigns
  productId: string; // one of the victim's products
};

// The library is shared by every organisation: a library factor id is nobody's record.
const LIBRARY_FACTOR = encodeURIComponent("ademe:43642@23.6");

type Addresses = (victim: string, attacker: string, ids: TVictimIds) => { notFound: string[]; ownPage?: string[] };

/**
 * Per route: addresses that must answer 404 (the victim's slug, or the attacker's slug with a record id
 * of the victim), and addresses of the attacker's own page that take the victim's ids as filters: those
 * render the attacker's page (200) without anything of the victim's.
 */
export const PAGE_ROUTES: Record<string, Addresses> = {
  "": (v) => ({ notFound: [`/${v}`] }),
  settings: (v) => ({ notFound: [`/${v}/settings`] }),
  "settings/sites": (v) => ({ notFound: [`/${v}/settings/sites`] }),
  imports: (v) => ({ notFound: [`/${v}/imports`] }),
  "imports/[importId]": (v, a, ids) => ({
    notFound: [`/${v}/imports/${ids.importId}`, `/${a}/imports/${ids.importId}`],
  }),
  "settings/products": (v) => ({ notFound: [`/${v}/settings/products`] }),
  "products/[productId]": (v, a, ids) => ({
    notFound: [`/${v}/products/${ids.productId}`, `/${a}/products/${ids.productId}`],
  }),
  // The allocation page takes a period in its address: the victim's falls back to the attacker's latest.
  "products/allocation": (v, a, ids) => ({
    notFound: [`/${v}/products/allocation`, `/${v}/products/allocation?period=${ids.periodId}`],
    ownPage: [`/${a}/products/allocation?period=${ids.periodId}`],
  }),
  "settings/api-tokens": (v) => ({ notFound: [`/${v}/settings/api-tokens`] }),
  "settings/periods": (v) => ({ notFound: [`/${v}/settings/periods`] }),
  "settings/members": (v) => ({ notFound: [`/${v}/settings/members`] }),
  "settings/audit": (v, a, ids) => {
    const filters = `?actor=${ids.ownerId}&entity=Site&from=2020-01-01&before=${ids.auditEventId}`;
    return {
      notFound: [`/${v}/settings/audit`, `/${v}/settings/audit${filters}`],
      ownPage: [`/${a}/settings/audit${filters}`],
    };
  },
  "collection/completeness": (v, a, ids) => ({
    notFound: [`/${v}/collection/completeness`],
    // The attacker's own page, asked for the victim's period: shows its own latest period instead.
    ownPage: [`/${a}/collection/completeness?period=${ids.periodId}`],
  }),
  factors: (v) => ({ notFound: [`/${v}/factors`, `/${v}/factors?q=electricite&source=custom`] }),
  "factors/[factorId]": (v) => ({ notFound: [`/${v}/factors/${LIBRARY_FACTOR}`] }),
  "factors/releases": (v) => ({
    notFound: [`/${v}/factors/releases`, `/${v}/factors/releases?preview=ademe%4023.6&applied=ademe%4023.6`],
  }),
  "factors/custom": (v) => ({ notFound: [`/${v}/factors/custom`, `/${v}/factors/custom?retired=1`] }),
  "factors/custom/new": (v) => ({ notFound: [`/${v}/factors/custom/new`] }),
  "factors/custom/[customFactorId]": (v, a, ids) => ({
    notFound: [`/${v}/factors/custom/${ids.customFactorId}`, `/${a}/factors/custom/${ids.customFactorId}`],
  }),
  "collection/review": (v, a, ids) => ({
    notFound: [`/${v}/collection/review`, `/${v}/collection/review?period=${ids.periodId}`],
    // Another organisation's period id is ignored: the attacker's own queue shows.
    ownPage: [`/${a}/collection/review?period=${ids.periodId}`],
  }),
  "collection/requests": (v) => ({ notFound: [`/${v}/collection/requests`] }),
  "collection/surveys": (v) => ({ notFound: [`/${v}/collection/surveys`] }),
  "collection/surveys/[campaignId]": (v, a, ids) => ({
    notFound: [`/${v}/collection/surveys/${ids.surveyCampaignId}`, `/${a}/collection/surveys/${ids.surveyCampaignId}`],
  }),
  "collection/requests/new": (v) => ({ notFound: [`/${v}/collection/requests/new`] }),
  notifications: (v) => ({ notFound: [`/${v}/notifications`] }),
  trajectory: (v) => ({ notFound: [`/${v}/trajectory`] }),
  "trajectory/actions": (v) => ({ notFound: [`/${v}/trajectory/actions`] }),
  "trajectory/contributions": (v) => ({ notFound: [`/${v}/trajectory/contributions`] }),
  "trajectory/publish": (v) => ({ notFound: [`/${v}/trajectory/publish`] }),
  "imports/templates": (v) => ({ notFound: [`/${v}/imports/templates`] }),
  "imports/fec": (v) => ({ notFound: [`/${v}/imports/fec`] }),
  "imports/hosting": (v) => ({ notFound: [`/${v}/imports/hosting`] }),
  "imports/boavizta-api": (v) => ({ notFound: [`/${v}/imports/boavizta-api`] }),
  "factors/custom/[customFactorId]/new-version": (v, a, ids) => ({
    notFound: [
      `/${v}/factors/custom/${ids.customFactorId}/new-version`,
      `/${a}/factors/custom/${ids.customFactorId}/new-version`,
    ],
  }),
  collection: (v, a, ids) => ({
    notFound: [`/${v}/collection`, `/${v}/collection?period=${ids.periodId}`],
    ownPage: [`/${a}/collection?period=${ids.periodId}`],
  }),
  "collection/[category]": (v, a, ids) => {
    const filters = `?period=${ids.periodId}&site=${ids.activityId}&cursor=${ids.activityId}&sort=emissions`;
    return {
      notFound: [`/${v}/collection/energy`, `/${v}/collection/energy${filters}`, `/${a}/collection/not-a-category`],
      ownPage: [`/${a}/collection/energy${filters}`],
    };
  },
  "collection/[category]/new": (v, a, ids) => ({
    notFound: [`/${v}/collection/energy/new`],
    ownPage: [`/${a}/collection/energy/new?period=${ids.periodId}`],
  }),
  "collection/[category]/[activityId]": (v, a, ids) => ({
    notFound: [`/${v}/collection/energy/${ids.activityId}`, `/${a}/collection/energy/${ids.activityId}`],
  }),
  lines: (v, a, ids) => {
    // The victim's period, site, activity type and a cursor at its line as filters of the attacker's list.
    const filters = `?period=${ids.periodId}&site=${ids.activityId}&product=none&after=1_${ids.emissionLineId}`;
    return { notFound: [`/${v}/lines`, `/${v}/lines${filters}`], ownPage: [`/${a}/lines${filters}`] };
  },
  "lines/[lineId]": (v, a, ids) => ({
    notFound: [`/${v}/lines/${ids.emissionLineId}`, `/${a}/lines/${ids.emissionLineId}?scope2=market`],
  }),
};
