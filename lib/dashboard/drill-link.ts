import { ZReportFilters, type TReportFilters } from "@/lib/reporting/schemas";
import { ZId } from "@/lib/validation";

// The emission-lines list's address: period, basis, scope-2 method and the reporting filters, all in the
// search params so a list can be bookmarked, shared and reached with the back button. One writer
// (linesHref) and one reader (parseLinesQuery); a value that does not parse is dropped, never an error.

export type TLinesFilters = Omit<TReportFilters, "activityIds" | "enteredInPeriodOnly">;

export type TLinesQuery = {
  period: string | null; // null: the page picks the latest period
  basis: "validated" | "submitted";
  scope2: "location" | "market";
  filters: TLinesFilters;
  after: { kg: string; id: string } | null; // keyset cursor: the last row of the previous page
};

type TListKey = Exclude<keyof TLinesFilters, "withoutSite" | "withoutProduct">;

/** Search-param name of each list filter (repeated for several values). */
export const FILTER_PARAMS = {
  siteIds: "site",
  productIds: "product",
  scopes: "scope",
  ghgCategories: "ghg",
  begesCategories: "beges",
  begesPostes: "poste",
  entryCategories: "category",
  activityTypeIds: "type",
  factorSources: "source",
  origins: "origin",
} as const satisfies Record<TListKey, string>;

export const NONE = "none"; // site=none: lines without a site (same for product)
const NUMERIC = new Set<TListKey>(["scopes", "ghgCategories", "begesCategories"]);

export function linesHref(org: string, query: Partial<TLinesQuery>, lineId?: string): string {
  const params = new URLSearchParams();
  if (query.period) params.set("period", query.period);
  if (query.basis && query.basis !== "validated") params.set("basis", query.basis);
  if (query.scope2 && query.scope2 !== "location") params.set("scope2", query.scope2);
  const f = query.filters ?? {};
  for (const [key, name] of Object.entries(FILTER_PARAMS) as [TListKey, string][]) {
    for (const value of f[key] ?? []) params.append(name, String(value));
  }
  if (f.withoutSite) params.append("site", NONE);
  if (f.withoutProduct) params.append("product", NONE);
  if (query.after) params.set("after", `${query.after.kg}_${query.after.id}`);
  const search = params.toString();
  return `/${org}/lines${lineId ? `/${encodeURIComponent(lineId)}` : ""}${search ? `?${search}` : ""}`;
}

type TSearch = Record<string, string | string[] | undefined>;
const all = (search: TSearch, name: string) => [search[name] ?? []].flat();
const first = (search: TSearch, name: string) => all(search, name)[0];

export function parseLinesQuery(search: TSearch): TLinesQuery {
  const filters: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(FILTER_PARAMS) as [TListKey, string][]) {
    const raw = [...new Set(all(search, name).filter((v) => v !== NONE))].slice(0, 50);
    const values = NUMERIC.has(key) ? raw.map(Number) : raw;
    // Each filter on its own: a bad value drops that filter, not the whole list.
    const parsed = ZReportFilters.shape[key].safeParse(values.length > 0 ? values : undefined);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  if (all(search, "site").includes(NONE)) filters.withoutSite = true;
  if (all(search, "product").includes(NONE)) filters.withoutProduct = true;
  const cursor = /^(-?\d{1,14}(?:\.\d{1,6})?)_(.+)$/.exec(first(search, "after") ?? "");
  const cursorId = cursor ? ZId.safeParse(cursor[2]) : null;
  return {
    period: ZId.safeParse(first(search, "period")).data ?? null,
    basis: first(search, "basis") === "submitted" ? "submitted" : "validated",
    scope2: first(search, "scope2") === "market" ? "market" : "location",
    filters: filters as TLinesFilters,
    after: cursor && cursorId?.success ? { kg: cursor[1] as string, id: cursorId.data } : null,
  };
}

/** The list filter of a dashboard key: a category ("scope1", "3.6", BEGES "4"), poste, site, product or source. */
export function filtersOfKey(
  dimension: "ghg" | "beges" | "poste" | "site" | "product" | "source" | "scope",
  key: string,
): TLinesFilters | null {
  switch (dimension) {
    case "ghg": {
      const scope = /^scope([123])$/.exec(key);
      if (scope) return { scopes: [Number(scope[1]) as 1 | 2 | 3] };
      const category = /^3\.(\d{1,2})$/.exec(key);
      return category ? { scopes: [3], ghgCategories: [Number(category[1])] } : null;
    }
    case "scope":
      return /^[123]$/.test(key) ? { scopes: [Number(key) as 1 | 2 | 3] } : null;
    case "beges":
      return /^[1-6]$/.test(key) ? { begesCategories: [Number(key)] } : null;
    case "poste":
      return /^[1-6]\.\d{1,2}$/.test(key) ? { begesPostes: [key] } : null;
    case "site":
      return key === "" ? { withoutSite: true } : { siteIds: [key] };
    case "product":
      return key === "" ? { withoutProduct: true } : { productIds: [key] };
    case "source":
      return /^[a-z][a-z0-9_-]{0,31}$/.test(key) ? { factorSources: [key] } : null;
  }
}

/** What the dashboard hands its figures so each can link to its lines: the organisation and its choices. */
export type TDrill = { org: string; period: string; basis: "validated" | "submitted"; scope2: "location" | "market" };

/** The lines behind one dashboard figure (another period's when given); undefined when no filter says it. */
export function drillHref(drill: TDrill, filters: TLinesFilters | null, period?: string): string | undefined {
  if (filters === null) return undefined;
  const { org, basis, scope2 } = drill;
  return linesHref(org, { period: period ?? drill.period, basis, scope2, filters });
}
