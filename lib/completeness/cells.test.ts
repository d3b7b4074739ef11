import { describe, expect, it } from "vitest";
import { completenessRows, stateOf, type TLineGroup } from "@/lib/completeness/cells";

const none = { DRAFT: 0, SUBMITTED: 0, VALIDATED: 0, REJECTED: 0 };

describe("completeness state of a category", () => {
  it("is not started without lines, or the notation key when one is set", () => {
    expect(stateOf(none, null)).toBe("notStarted");
    expect(stateOf(none, { id: "k", kind: "NOT_OCCURRING", explanation: null })).toBe("notationKey");
  });

  it("is in progress while a line is a draft or rejected, submitted while one awaits review, validated when all are", () => {
    expect(stateOf({ ...none, VALIDATED: 11, REJECTED: 1 }, null)).toBe("inProgress");
    expect(stateOf({ ...none, VALIDATED: 11, DRAFT: 1 }, null)).toBe("inProgress");
    expect(stateOf({ ...none, VALIDATED: 11, SUBMITTED: 1 }, null)).toBe("submitted");
    expect(stateOf({ ...none, VALIDATED: 12 }, null)).toBe("validated");
  });
});

describe("completeness rows", () => {
  const groups: TLineGroup[] = [
    // 12 monthly electricity bills at Paris (11 validated, 1 submitted), gas validated at Lyon
    { category: "energy", siteId: "paris", status: "VALIDATED", lines: 11, kgCO2e: "571.9" },
    { category: "energy", siteId: "paris", status: "SUBMITTED", lines: 1, kgCO2e: "51.9" },
    { category: "energy", siteId: "lyon", status: "VALIDATED", lines: 4, kgCO2e: "2270.123456" },
    { category: "travel", siteId: null, status: "DRAFT", lines: 2, kgCO2e: "0.000001" },
  ];
  const keys = [
    { id: "k1", category: "freight" as const, siteId: null, kind: "NOT_OCCURRING" as const, explanation: null },
    {
      id: "k2",
      category: "waste" as const,
      siteId: "lyon",
      kind: "INCLUDED_ELSEWHERE" as const,
      explanation: "charges",
    },
  ];
  const requests = [
    { category: "waste", siteId: "paris", assigneeName: "Sofia Benali", dueDate: "2026-11-15", overdue: true },
    { category: "travel", siteId: null, assigneeName: "Sofia Benali", dueDate: "2027-01-31", overdue: false },
  ];
  const rows = completenessRows(groups, keys, ["paris", "lyon"], requests);
  const row = (category: string) => rows.find((r) => r.category === category)!;

  it("lists every category, in the collection order", () => {
    expect(rows.map((r) => r.category)).toEqual([
      "energy",
      "travel",
      "commuting",
      "purchases",
      "equipment",
      "freight",
      "waste",
      "digital",
    ]);
  });

  it("adds kgCO2e exactly across types and sites: 571.9 + 51.9 + 2270.123456 = 2893.923456", () => {
    expect(row("energy")).toMatchObject({ state: "submitted", lines: 16, kgCO2e: "2893.923456" });
    expect(row("energy").byStatus).toEqual({ DRAFT: 0, SUBMITTED: 1, VALIDATED: 15, REJECTED: 0 });
    expect(row("energy").sites.map((s) => [s.siteId, s.state, s.lines, s.kgCO2e])).toEqual([
      ["paris", "submitted", 12, "623.800000"],
      ["lyon", "validated", 4, "2270.123456"],
    ]);
  });

  it("shows notation keys organisation-wide and per site, and untouched categories as not started", () => {
    expect(row("freight")).toMatchObject({ state: "notationKey", notationKey: { kind: "NOT_OCCURRING" }, sites: [] });
    expect(row("waste")).toMatchObject({ state: "notStarted", lines: 0 });
    expect(row("waste").sites.find((s) => s.siteId === "lyon")).toMatchObject({
      state: "notationKey",
      notationKey: { id: "k2" },
    });
    expect(row("travel")).toMatchObject({ state: "inProgress", lines: 2, kgCO2e: "0.000001", sites: [] });
    expect(row("digital")).toMatchObject({ state: "notStarted", lines: 0, kgCO2e: "0.000000" });
  });

  it("names who is asked and by when, on the organisation row or the requested site's row", () => {
    expect(row("travel").requests).toEqual([{ assigneeName: "Sofia Benali", dueDate: "2027-01-31", overdue: false }]);
    // A site asked for but with nothing yet still gets its row, in the sites' order.
    expect(row("waste").sites.map((s) => [s.siteId, s.state, s.requests.length])).toEqual([
      ["paris", "notStarted", 1],
      ["lyon", "notationKey", 0],
    ]);
    expect(row("waste").requests).toEqual([]);
  });
});
