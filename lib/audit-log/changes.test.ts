import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/audit-log/changes";

describe("changedFields", () => {
  it("lists the fields whose values differ, ignoring bookkeeping columns", () => {
    const before = { id: "p1", name: "A", unit: "booking", description: null, updatedAt: "2024-01-01" };
    const after = { id: "p1", name: "B", unit: "booking", description: "new", updatedAt: "2024-02-01" };
    expect(changedFields(before, after)).toEqual(["name", "description"]);
  });

  it("lists every meaningful field of a creation or a deletion", () => {
    expect(changedFields(null, { id: "x", organizationId: "o", name: "A", kind: "OFFICE" })).toEqual(["name", "kind"]);
    expect(changedFields({ name: "A" }, undefined)).toEqual(["name"]);
  });

  it("compares nested values and treats a missing key as null", () => {
    expect(changedFields({ tags: ["a"], note: null }, { tags: ["a"] })).toEqual([]);
    expect(changedFields({ tags: ["a"] }, { tags: ["a", "b"] })).toEqual(["tags"]);
  });

  it("ignores snapshots that are not objects", () => {
    expect(changedFields("x", 3)).toEqual([]);
  });
});
