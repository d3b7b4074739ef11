// The explorer's search lives in the URL (a plain GET form): parsed leniently, since links are
// hand-editable. Anything malformed is dropped, so a bad link still shows results, just less filtered.
// Text with control characters is malformed too (PostgreSQL refuses NUL in a query parameter).
import { isSafeText } from "@/lib/validation";

export const FACTOR_PAGE_SIZE = 25;
export const FACTOR_STATUSES = ["valid", "archived", "review"] as const;
export type TFactorStatus = (typeof FACTOR_STATUSES)[number];

// "custom" stands for the organisation's own factors in the source filter.
export const CUSTOM_SOURCE = "custom";

export type TFactorSearch = {
  q?: string;
  source?: string;
  category?: string;
  unit?: string;
  region?: string;
  year?: number;
  status?: TFactorStatus;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined, max: number): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text && text.length <= max && isSafeText(text) ? text : undefined;
}

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

export function parseFactorSearch(params: SearchParams): TFactorSearch {
  const search: TFactorSearch = { page: 1 };
  const q = single(params.q, 200);
  const source = single(params.source, 40);
  const category = single(params.category, 200);
  const unit = single(params.unit, 40);
  const region = single(params.region, 40);
  const year = Number(single(params.year, 4));
  const status = single(params.status, 20);
  const page = Number(single(params.page, 6));
  if (q) search.q = q;
  if (source && CODE.test(source)) search.source = source;
  if (category) search.category = category;
  if (unit && CODE.test(unit)) search.unit = unit;
  if (region && CODE.test(region)) search.region = region;
  if (Number.isInteger(year) && year >= 1990 && year <= 2100) search.year = year;
  if ((FACTOR_STATUSES as readonly string[]).includes(status ?? "")) search.status = status as TFactorStatus;
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

/** "?q=…&unit=…" for a link (page omitted when 1), or "" when nothing is set. */
export function factorSearchQuery(search: TFactorSearch): string {
  const params = new URLSearchParams();
  for (const key of ["q", "source", "category", "unit", "region", "year", "status"] as const) {
    const value = search[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function hasFilters(search: TFactorSearch): boolean {
  return factorSearchQuery({ ...search, page: 1 }) !== "";
}
