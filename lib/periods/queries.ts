import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db/client";
import { isoDateOf } from "@/lib/periods/dates";

export type PeriodRow = {
  id: string;
  year: number;
  label: string;
  startDate: string;
  endDate: string;
  status: "OPEN" | "LOCKED";
  lockedAt: string | null;
  lockedBy: string | null;
  gwpSet: "AR5" | "AR6";
  includeContrails: boolean;
  capitalGoodsMethod: "whole" | "amortised";
  headcount: number | null; // the period's own (intensities); null = the profile's
  annualRevenueEur: string | null;
};

// Plain serialisable rows for the client manager; the locker's name is looked up only among the
// organisation's own periods' lockers.
export async function listPeriods(db: Db, organizationId: string): Promise<PeriodRow[]> {
  const periods = await db.reportingPeriod.findMany({ where: { organizationId }, orderBy: { year: "desc" } });
  const lockerIds = [...new Set(periods.map((p) => p.lockedById).filter((id): id is string => id !== null))];
  const lockers = lockerIds.length
    ? await db.user.findMany({ where: { id: { in: lockerIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(lockers.map((u) => [u.id, u.name]));
  return periods.map((p) => ({
    id: p.id,
    year: p.year,
    label: p.label,
    startDate: isoDateOf(p.startDate),
    endDate: isoDateOf(p.endDate),
    status: p.status,
    lockedAt: p.lockedAt?.toISOString() ?? null,
    lockedBy: p.lockedById ? (nameOf.get(p.lockedById) ?? null) : null,
    gwpSet: p.gwpSet === "AR6" ? "AR6" : "AR5",
    includeContrails: p.includeContrails,
    capitalGoodsMethod: p.capitalGoodsMethod === "amortised" ? "amortised" : "whole",
    headcount: p.headcount,
    annualRevenueEur: p.annualRevenueEur?.toFixed(2) ?? null,
  }));
}

export async function listPeriodYears(db: Db, organizationId: string): Promise<number[]> {
  const rows = await db.reportingPeriod.findMany({
    where: { organizationId },
    select: { year: true },
    orderBy: { year: "desc" },
  });
  return rows.map((r) => r.year);
}

export async function getFiscalYearStartMonth(db: Db, organizationId: string): Promise<number> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { fiscalYearStartMonth: true },
  });
  return org.fiscalYearStartMonth;
}

/** The organisation's period, open: NOT_FOUND when it is not theirs, PERIOD_LOCKED when locked. */
export async function assertOpenPeriod(db: Db, organizationId: string, periodId: string): Promise<void> {
  const period = await db.reportingPeriod.findFirst({
    where: { id: periodId, organizationId },
    select: { status: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  if (period.status !== "OPEN") throw new AppError("PERIOD_LOCKED");
}
