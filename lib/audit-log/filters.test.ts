import { describe, expect, it } from "vitest";
import { auditSearchQuery, createdAtRange, nextDay, parseAuditSearch, startOfDayIn } from "@/lib/audit-log/filters";

describe("parseAuditSearch", () => {
  it("keeps well-formed parameters", () => {
    expect(
      parseAuditSearch({ actor: "cku1", entity: "Product", from: "2024-01-01", to: "2024-01-31", before: "ev_9" }),
    ).toEqual({
      filter: { actor: "cku1", entity: "Product", from: "2024-01-01", to: "2024-01-31" },
      cursor: "ev_9",
    });
  });

  it("drops malformed or empty parameters instead of failing", () => {
    expect(
      parseAuditSearch({ actor: "", entity: "Pro duct", from: "2024-02-30", to: "yesterday", before: "x'; drop" }),
    ).toEqual({ filter: {} });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseAuditSearch({ entity: ["Site", "Product"] }).filter).toEqual({ entity: "Site" });
  });
});

describe("auditSearchQuery", () => {
  it("round-trips through parseAuditSearch", () => {
    const search = { filter: { actor: "u1", from: "2024-05-01" }, cursor: "e1" };
    const query = auditSearchQuery(search);
    expect(query).toBe("?actor=u1&from=2024-05-01&before=e1");
    expect(parseAuditSearch(Object.fromEntries(new URLSearchParams(query)))).toEqual(search);
  });

  it("is empty without filters", () => {
    expect(auditSearchQuery({ filter: {} })).toBe("");
  });
});

describe("date range", () => {
  it("starts days at local midnight, in winter and in summer time", () => {
    expect(startOfDayIn("2024-01-15", "Europe/Paris").toISOString()).toBe("2024-01-14T23:00:00.000Z");
    expect(startOfDayIn("2024-07-15", "Europe/Paris").toISOString()).toBe("2024-07-14T22:00:00.000Z");
    expect(startOfDayIn("2024-03-31", "Europe/Paris").toISOString()).toBe("2024-03-30T23:00:00.000Z");
    expect(startOfDayIn("2024-07-15", "UTC").toISOString()).toBe("2024-07-15T00:00:00.000Z");
  });

  it("includes the whole 'to' day", () => {
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2024-12-31")).toBe("2025-01-01");
    const range = createdAtRange({ from: "2024-01-01", to: "2024-01-31" }, "UTC");
    expect(range).toEqual({ gte: new Date("2024-01-01T00:00:00Z"), lt: new Date("2024-02-01T00:00:00Z") });
    expect(createdAtRange({})).toEqual({});
  });
});
