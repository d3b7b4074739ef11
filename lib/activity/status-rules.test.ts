import { describe, expect, it } from "vitest";
import {
  availableTransitions,
  canTransition,
  partitionForTransition,
  isOverdue,
  requestStatusOf,
  statusAfterEdit,
} from "@/lib/activity/status-rules";

describe("activity status transitions", () => {
  it("submits drafts and rejected lines only", () => {
    expect(canTransition("submit", "DRAFT")).toBe(true);
    expect(canTransition("submit", "REJECTED")).toBe(true);
    expect(canTransition("submit", "SUBMITTED")).toBe(false);
    expect(canTransition("submit", "VALIDATED")).toBe(false);
  });

  it("validates and rejects submitted lines only", () => {
    for (const t of ["validate", "reject"] as const) {
      expect(canTransition(t, "SUBMITTED")).toBe(true);
      for (const s of ["DRAFT", "VALIDATED", "REJECTED"] as const) expect(canTransition(t, s)).toBe(false);
    }
  });

  it("sends an edited validated line back for review and leaves other statuses alone", () => {
    expect(statusAfterEdit("VALIDATED")).toBe("SUBMITTED");
    expect(statusAfterEdit("DRAFT")).toBe("DRAFT");
    expect(statusAfterEdit("REJECTED")).toBe("REJECTED");
    expect(statusAfterEdit("SUBMITTED")).toBe("SUBMITTED");
  });

  it("offers a contributor submit on a rejected line, a manager validate and reject on a submitted one", () => {
    const contributor = { submit: true, validate: false };
    const manager = { submit: true, validate: true };
    expect(availableTransitions("REJECTED", contributor)).toEqual(["submit"]);
    expect(availableTransitions("SUBMITTED", contributor)).toEqual([]);
    expect(availableTransitions("SUBMITTED", manager)).toEqual(["validate", "reject"]);
    expect(availableTransitions("VALIDATED", manager)).toEqual([]);
    expect(availableTransitions("DRAFT", { submit: false, validate: false })).toEqual([]);
  });
});

describe("data request status from its lines", () => {
  it("is open with no line, in progress while a line is a draft or rejected", () => {
    expect(requestStatusOf({})).toBe("open");
    expect(requestStatusOf({ DRAFT: 1, VALIDATED: 4 })).toBe("inProgress");
    expect(requestStatusOf({ REJECTED: 1, SUBMITTED: 2 })).toBe("inProgress");
  });

  it("is submitted while one line awaits review, validated when all 3 are", () => {
    expect(requestStatusOf({ SUBMITTED: 1, VALIDATED: 2 })).toBe("submitted");
    expect(requestStatusOf({ VALIDATED: 3 })).toBe("validated");
  });

  it("is overdue past its due day only while not handed in", () => {
    expect(isOverdue("open", "2026-03-31", "2026-04-01")).toBe(true);
    expect(isOverdue("inProgress", "2026-03-31", "2026-04-01")).toBe(true);
    expect(isOverdue("open", "2026-04-01", "2026-04-01")).toBe(false);
    expect(isOverdue("submitted", "2026-03-31", "2026-04-01")).toBe(false);
    expect(isOverdue("validated", "2026-03-31", "2026-04-01")).toBe(false);
  });
});

describe("a batch of lines for one transition", () => {
  const line = (id: string, status: "DRAFT" | "SUBMITTED" | "VALIDATED" | "REJECTED", periodId = "p2025") => ({
    id,
    status,
    periodId,
  });
  it("moves the submitted lines of open periods and names why each other line stays", () => {
    const lines = [line("a", "SUBMITTED"), line("b", "SUBMITTED"), line("c", "DRAFT"), line("d", "SUBMITTED", "p2022")];
    const { movable, skipped } = partitionForTransition("validate", lines, { lockedPeriodIds: new Set(["p2022"]) });
    expect(movable.map((l) => l.id)).toEqual(["a", "b"]);
    expect(skipped).toEqual([
      { id: "c", reason: "STATUS_CHANGED" },
      { id: "d", reason: "PERIOD_LOCKED" },
    ]);
  });
  it("skips someone else's draft when only one's own work may be submitted, before looking at its status", () => {
    const lines = [line("mine", "DRAFT"), line("theirs", "DRAFT"), line("sent", "SUBMITTED")];
    const { movable, skipped } = partitionForTransition("submit", lines, {
      lockedPeriodIds: new Set(),
      isOwn: (l) => l.id !== "theirs",
    });
    expect(movable.map((l) => l.id)).toEqual(["mine"]);
    expect(skipped).toEqual([
      { id: "theirs", reason: "FORBIDDEN" },
      { id: "sent", reason: "STATUS_CHANGED" },
    ]);
  });
});
