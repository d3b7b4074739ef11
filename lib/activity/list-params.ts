// The category list's address: filters, sort and cursor as search parameters. Unknown values are dropped
// (the list then shows everything), never trusted: every query still carries the organisation.
import { ACTIVITY_SORTS, type TActivitySort } from "@/lib/activity/sorts";
import { ACTIVITY_STATUSES } from "@/lib/activity/schemas";

type TParams = Record<string, string | string[] | undefined>;
export type TListParams = {
  period?: string;
  site?: string;
  type?: string;
  status?: (typeof ACTIVITY_STATUSES)[number];
  sort: TActivitySort;
  cursor?: string;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TYPE = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;

export function parseListParams(params: TParams): TListParams {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const id = (key: string) => {
    const value = one(key);
    return value !== undefined && ID.test(value) ? value : undefined;
  };
  const status = one("status");
  const sort = one("sort");
  const type = one("type");
  return {
    ...(id("period") ? { period: id("period") } : {}),
    ...(id("site") ? { site: id("site") } : {}),
    ...(type && TYPE.test(type) ? { type } : {}),
    ...(status && (ACTIVITY_STATUSES as readonly string[]).includes(status)
      ? { status: status as TListParams["status"] }
      : {}),
    sort: sort && (ACTIVITY_SORTS as readonly string[]).includes(sort) ? (sort as TActivitySort) : "recent",
    ...(id("cursor") ? { cursor: id("cursor") } : {}),
  };
}

/** The same list with some parameters changed (undefined removes one); the cursor is reset unless given. */
export function listHref(
  base: string,
  params: TListParams,
  changes: Partial<Record<keyof TListParams, string | undefined>>,
) {
  const merged: Record<string, string | undefined> = { ...params, cursor: undefined, ...changes };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged))
    if (value !== undefined && !(key === "sort" && value === "recent")) search.set(key, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
