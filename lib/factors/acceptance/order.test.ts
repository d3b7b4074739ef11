import { describe, expect, it } from "vitest";
import { compareReleases, latestBySource } from "@/lib/factors/acceptance/order";

const release = (source: string, version: string, publishedOn: string, installedAt = "2026-01-01") => ({
  source,
  version,
  publishedOn: new Date(publishedOn),
  installedAt: new Date(installedAt),
});

describe("release order", () => {
  it("puts the later publication first, then the natural version order, then the later installation", () => {
    expect(compareReleases(release("ademe", "23.6", "2025-07-03"), release("ademe", "23.5", "2024-12-01"))).toBe(1);
    expect(compareReleases(release("ademe", "23.10", "2025-07-03"), release("ademe", "23.6", "2025-07-03"))).toBe(1);
    expect(
      compareReleases(release("ademe", "23.6", "2025-07-03", "2026-02-01"), release("ademe", "23.6", "2025-07-03")),
    ).toBe(1);
    // A version string that sorts high but was published earlier is not newer (e.g. a test fixture "t9f…").
    expect(compareReleases(release("ademe", "t9f3a", "2024-06-30"), release("ademe", "23.6", "2025-07-03"))).toBe(-1);
  });

  it("picks the newest release of each source", () => {
    const latest = latestBySource([
      release("desnz", "2025", "2025-06-10"),
      release("ademe", "23.6", "2025-07-03"),
      release("ademe", "t0", "2024-06-30"),
      release("ademe", "23.7", "2026-01-15"),
      release("desnz", "2024", "2024-06-05"),
    ]);
    expect(latest.map((r) => `${r.source} ${r.version}`)).toEqual(["ademe 23.7", "desnz 2025"]);
  });
});
