// Pure calendar helpers for reporting periods. Dates travel as "YYYY-MM-DD" strings (the column is a
// PostgreSQL DATE): no time zone can shift a day, and ISO strings compare correctly as plain strings.

export type IsoDate = string;
export type DateRange = { startDate: IsoDate; endDate: IsoDate };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over to March: a real date survives the round trip unchanged.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDateOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function dateOfIso(value: IsoDate): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

// Fiscal year `year` starts on the 1st of the start month of that calendar year and ends the day before
// the next one begins: FY start month 4 and year 2024 give 2024-04-01..2025-03-31.
export function defaultPeriodDates(year: number, fiscalYearStartMonth: number): DateRange {
  const start = new Date(Date.UTC(year, fiscalYearStartMonth - 1, 1));
  const nextStart = new Date(Date.UTC(year + 1, fiscalYearStartMonth - 1, 1));
  const end = new Date(nextStart.getTime() - 24 * 60 * 60 * 1000);
  return { startDate: isoDateOf(start), endDate: isoDateOf(end) };
}

// A calendar year is labelled "2024"; a fiscal year straddling two years "FY 2024-25".
export function defaultPeriodLabel(year: number, fiscalYearStartMonth: number, prefix = "FY"): string {
  if (fiscalYearStartMonth === 1) return String(year);
  return `${prefix} ${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}

export function isEndAfterStart(range: DateRange): boolean {
  return range.endDate > range.startDate;
}

// Both ends are inclusive days, so periods that merely touch (one ends the 31st, the next starts the 1st)
// do not overlap, while sharing a single day does.
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function findOverlappingPeriod<T extends DateRange & { id: string }>(
  candidate: DateRange,
  existing: readonly T[],
  ignoreId?: string,
): T | undefined {
  return existing.find((period) => period.id !== ignoreId && rangesOverlap(candidate, period));
}
