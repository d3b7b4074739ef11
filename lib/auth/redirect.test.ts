import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/redirect";

describe("safeRedirectPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeRedirectPath("/nuage-analytics/settings/members?tab=1")).toBe("/nuage-analytics/settings/members?tab=1");
  });
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\\/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "",
    null,
    undefined,
    "/\n/evil.example",
  ])("refuses %j", (next) => expect(safeRedirectPath(next)).toBe("/"));
});
