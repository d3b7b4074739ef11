import { isIsoDate, type IsoDate } from "@/lib/periods/dates";

export const AUDIT_PAGE_SIZE = 50;

// Same zone as the one the app formats times in (i18n/request.ts): a "to" day ends at local midnight,
// so the filter agrees with the times shown in the table.
export const AUDIT_TIME_ZONE = "Europe/Paris";

export type AuditFilter = { actor?: string; entity?: string; from?: IsoDate; to?: IsoDate };
export type AuditSearch = { filter: AuditFilter; cursor?: string };
type SearchParams = Record<string, string | string[] | undefined>;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ENTITY = /^[A-Za-z]{1,64}$/;

function single(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

// URL parameters are untrusted: anything malformed is dropped rather than reported, so a hand-edited
// link still shows the log, just less filtered.
export function parseAuditSearch(params: SearchParams): AuditSearch {
  const filter: AuditFilter = {};
  const actor = single(params.actor);
  const entity = single(params.entity);
  const from = single(params.from);
  const to = single(params.to);
  const cursor = single(params.before);
  if (actor && ID.test(actor)) filter.actor = actor;
  if (entity && ENTITY.test(entity)) filter.entity = entity;
  if (from && isIsoDate(from)) filter.from = from;
  if (to && isIsoDate(to)) filter.to = to;
  return cursor && ID.test(cursor) ? { filter, cursor } : { filter };
}

export function auditSearchQuery({ filter, cursor }: AuditSearch): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.entity) params.set("entity", filter.entity);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (cursor) params.set("before", cursor);
  const query = params.toString();
  return query ? `?${query}` : "";
}

// Offset of `timeZone` from UTC at the given instant, in milliseconds.
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// The instant a calendar day starts in `timeZone`; the second pass settles days where DST changes.
export function startOfDayIn(day: IsoDate, timeZone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`);
  const first = naive - zoneOffset(naive, timeZone);
  return new Date(naive - zoneOffset(first, timeZone));
}

export function nextDay(day: IsoDate): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

// Inclusive calendar days turned into a half-open instant range [gte, lt).
export function createdAtRange(filter: AuditFilter, timeZone = AUDIT_TIME_ZONE): { gte?: Date; lt?: Date } {
  return {
    ...(filter.from ? { gte: startOfDayIn(filter.from, timeZone) } : {}),
    ...(filter.to ? { lt: startOfDayIn(nextDay(filter.to), timeZone) } : {}),
  };
}
