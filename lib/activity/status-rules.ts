// Who may move an activity line from which status to which: pure rules shared by lib/activity/status.ts
// (the only writer of `status`), the review pages and the status buttons (client components).

export const ACTIVITY_STATUSES = ["DRAFT", "SUBMITTED", "VALIDATED", "REJECTED"] as const;
export type TActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export type TStatusTransition = "submit" | "validate" | "reject";

export const TRANSITIONS = {
  submit: { from: ["DRAFT", "REJECTED"], to: "SUBMITTED" },
  validate: { from: ["SUBMITTED"], to: "VALIDATED" },
  reject: { from: ["SUBMITTED"], to: "REJECTED" },
} as const satisfies Record<TStatusTransition, { from: readonly TActivityStatus[]; to: TActivityStatus }>;

export function canTransition(transition: TStatusTransition, from: TActivityStatus): boolean {
  return (TRANSITIONS[transition].from as readonly TActivityStatus[]).includes(from);
}

/** Editing a validated line sends it back for review; other statuses stay as they are. */
export function statusAfterEdit(status: TActivityStatus): TActivityStatus {
  return status === "VALIDATED" ? "SUBMITTED" : status;
}

/** The buttons a person sees for one line: what its status allows among what their role allows. */
export function availableTransitions(
  status: TActivityStatus,
  rights: { submit: boolean; validate: boolean },
): TStatusTransition[] {
  const allowed: TStatusTransition[] = [];
  if (rights.submit && canTransition("submit", status)) allowed.push("submit");
  if (rights.validate && canTransition("validate", status)) allowed.push("validate", "reject");
  return allowed;
}

export const REQUEST_STATUSES = ["open", "inProgress", "submitted", "validated"] as const;
export type TRequestStatus = (typeof REQUEST_STATUSES)[number];
export type TStatusCounts = Partial<Record<TActivityStatus, number>>;

/**
 * A data request follows its lines: none yet → open; any draft or rejected line → in progress (a rejected
 * line needs the contributor again); all submitted or validated with one still to review → submitted;
 * all validated → validated.
 */
export function requestStatusOf(counts: TStatusCounts): TRequestStatus {
  const n = (s: TActivityStatus) => counts[s] ?? 0;
  const total = n("DRAFT") + n("SUBMITTED") + n("VALIDATED") + n("REJECTED");
  if (total === 0) return "open";
  if (n("DRAFT") + n("REJECTED") > 0) return "inProgress";
  if (n("SUBMITTED") > 0) return "submitted";
  return "validated";
}

/** Overdue: past its due date (a YYYY-MM-DD day, compared with today's) and not handed in yet. */
export function isOverdue(status: TRequestStatus, dueDate: string, today: string): boolean {
  return (status === "open" || status === "inProgress") && dueDate < today;
}

/** Why a line asked for in a batch did not move; the batch moves the others (each line whole or not at all). */
export const SKIP_REASONS = ["STATUS_CHANGED", "PERIOD_LOCKED", "FORBIDDEN"] as const;
export type TSkipReason = (typeof SKIP_REASONS)[number];
export type TSkippedLine = { id: string; reason: TSkipReason };

/**
 * Splits a batch into the lines a transition may move and the ones it skips, checked in this order: a
 * locked period, someone else's line (`isOwn`, contributors only), a status the transition does not start from.
 */
export function partitionForTransition<L extends { id: string; status: TActivityStatus; periodId: string }>(
  transition: TStatusTransition,
  lines: readonly L[],
  { lockedPeriodIds, isOwn }: { lockedPeriodIds: ReadonlySet<string>; isOwn?: (line: L) => boolean },
): { movable: L[]; skipped: TSkippedLine[] } {
  const movable: L[] = [];
  const skipped: TSkippedLine[] = [];
  for (const line of lines) {
    const reason: TSkipReason | null = lockedPeriodIds.has(line.periodId)
      ? "PERIOD_LOCKED"
      : isOwn && !isOwn(line)
        ? "FORBIDDEN"
        : canTransition(transition, line.status)
          ? null
          : "STATUS_CHANGED";
    if (reason === null) movable.push(line);
    else skipped.push({ id: line.id, reason });
  }
  return { movable, skipped };
}
