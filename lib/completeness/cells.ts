import { ACTIVITY_CATEGORIES, isActivityCategory, type TActivityCategory } from "@/lib/activity/categories";
import type { TNotationKeyKind } from "@/lib/notation-keys/schemas";
import { decimalToMicro, microToDecimal } from "@/lib/numbers/decimal";

// Completeness of a period: for each data-collection category, organisation-wide and per site, how far
// its data has come. Pure, so the rule is tested with plain numbers; the query feeds it the groups
// lib/reporting computed in SQL (category × site × status), and this only adds those few exact group sums.

export type TLineStatus = "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED";
export type TCompletenessState = "notStarted" | "inProgress" | "submitted" | "validated" | "notationKey";

/** Activity lines of the period grouped by data-collection category, site and status (lib/reporting). */
export type TLineGroup = {
  category: string;
  siteId: string | null;
  status: TLineStatus;
  lines: number;
  kgCO2e: string; // exact decimal text
};
export type TKeyOfCell = { id: string; kind: TNotationKeyKind; explanation: string | null };

/** Who was asked for a cell's data, and by when (lib/requests). */
export type TCellRequest = {
  category: string;
  siteId: string | null;
  assigneeName: string;
  dueDate: string; // YYYY-MM-DD
  overdue: boolean;
};

export type TCompletenessCell = {
  category: TActivityCategory;
  siteId: string | null; // null = lines without a site, and the organisation-wide notation key
  state: TCompletenessState;
  lines: number;
  byStatus: Record<TLineStatus, number>;
  kgCO2e: string;
  notationKey: TKeyOfCell | null;
  requests: Omit<TCellRequest, "category" | "siteId">[];
};

export type TCompletenessRow = TCompletenessCell & { sites: TCompletenessCell[] };

const NO_LINES = (): Record<TLineStatus, number> => ({ DRAFT: 0, SUBMITTED: 0, VALIDATED: 0, REJECTED: 0 });

export function stateOf(byStatus: Record<TLineStatus, number>, notationKey: TKeyOfCell | null): TCompletenessState {
  const lines = byStatus.DRAFT + byStatus.SUBMITTED + byStatus.VALIDATED + byStatus.REJECTED;
  if (lines === 0) return notationKey ? "notationKey" : "notStarted";
  if (byStatus.DRAFT + byStatus.REJECTED > 0) return "inProgress";
  return byStatus.SUBMITTED > 0 ? "submitted" : "validated";
}

type TAccumulator = { byStatus: Record<TLineStatus, number>; micro: bigint };

function cell(
  category: TActivityCategory,
  siteId: string | null,
  acc: TAccumulator | undefined,
  key: TKeyOfCell | null,
  requests: readonly TCellRequest[],
): TCompletenessCell {
  const byStatus = acc?.byStatus ?? NO_LINES();
  const lines = byStatus.DRAFT + byStatus.SUBMITTED + byStatus.VALIDATED + byStatus.REJECTED;
  return {
    requests: requests
      .filter((r) => r.category === category && r.siteId === siteId)
      .map(({ assigneeName, dueDate, overdue }) => ({ assigneeName, dueDate, overdue })),
    category,
    siteId,
    state: stateOf(byStatus, key),
    lines,
    byStatus,
    kgCO2e: microToDecimal(acc?.micro ?? 0n),
    notationKey: key,
  };
}

/**
 * One row per category (every category, so an untouched one shows as not started), its totals over all
 * sites, and one sub-row per site that holds lines, a notation key or a request. `siteOrder` lists the site
 * ids in display order.
 */
export function completenessRows(
  groups: readonly TLineGroup[],
  keys: readonly (TKeyOfCell & { category: TActivityCategory; siteId: string | null })[],
  siteOrder: readonly string[],
  requests: readonly TCellRequest[] = [],
): TCompletenessRow[] {
  const perSite = new Map<string, TAccumulator>(); // `${category}|${siteId ?? ""}`
  const perCategory = new Map<TActivityCategory, TAccumulator>();
  const add = (map: Map<string, TAccumulator>, k: string, g: TLineGroup) => {
    const acc = map.get(k) ?? { byStatus: NO_LINES(), micro: 0n };
    acc.byStatus[g.status] += g.lines;
    acc.micro += decimalToMicro(g.kgCO2e); // exact: stored values have 6 decimals
    map.set(k, acc);
  };
  for (const g of groups) {
    const category = g.category;
    if (!isActivityCategory(category)) continue; // a type no category claims: the categories test catches it
    add(perSite, `${category}|${g.siteId ?? ""}`, g);
    add(perCategory as Map<string, TAccumulator>, category, g);
  }
  const keyOf = new Map(keys.map((k) => [`${k.category}|${k.siteId ?? ""}`, k]));
  const rank = new Map(siteOrder.map((id, i) => [id, i]));

  return ACTIVITY_CATEGORIES.map((category) => {
    const siteIds = new Set<string>();
    const requested = requests.map((r) => `${r.category}|${r.siteId ?? ""}`);
    for (const k of [...perSite.keys(), ...keyOf.keys(), ...requested]) {
      const [c, site] = k.split("|");
      if (c === category && site) siteIds.add(site);
    }
    const sites = [...siteIds]
      .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
      .map((siteId) =>
        cell(
          category,
          siteId,
          perSite.get(`${category}|${siteId}`),
          pick(keyOf.get(`${category}|${siteId}`)),
          requests,
        ),
      );
    const orgKey = pick(keyOf.get(`${category}|`));
    return { ...cell(category, null, perCategory.get(category), orgKey, requests), sites };
  });
}

const pick = (k: TKeyOfCell | undefined): TKeyOfCell | null =>
  k ? { id: k.id, kind: k.kind, explanation: k.explanation } : null;
