import { describe, expect, it } from "vitest";
import { ZActivityBulkRow } from "@/lib/activity/schemas";
import { demoActivityRows, loadDemoActivity, splitQuantity, type TDemoRefs } from "./activity";

describe("demo activity data", () => {
  it("splits an annual quantity into parts that add up to it exactly", () => {
    expect(splitQuantity(100, [1, 1, 1], 0)).toEqual([33, 33, 34]);
    expect(splitQuantity(38.4, [1, 1, 1, 1], 2)).toEqual([9.6, 9.6, 9.6, 9.6]);
    const heating = splitQuantity(118_000, [17, 15, 12, 7, 3, 1, 0, 0, 2, 7, 13, 17], 0);
    expect(heating.reduce((a, b) => a + b, 0)).toBe(118_000);
    expect(heating[6]).toBe(0);
  });

  it("expands into valid, uniquely referenced rows for every demo organisation", () => {
    for (const org of loadDemoActivity().organizations) {
      const names = (list: { site?: string | null; product?: string | null }[], key: "site" | "product") =>
        new Map(list.flatMap((s) => (s[key] ? [[s[key] as string, `${key}:${s[key]}`] as const] : [])));
      const refs: TDemoRefs = {
        periods: new Map([2022, 2023, 2024, 2025].map((y) => [y, `period:${y}`])),
        sites: names(org.series, "site"),
        products: names(org.series, "product"),
      };
      const rows = demoActivityRows(org, refs);
      expect(rows.length).toBeGreaterThan(200);
      expect(new Set(rows.map((r) => r.sourceRef)).size).toBe(rows.length);
      expect(rows.every((r) => String(r.sourceRef).startsWith(`demo:${org.slug}:`))).toBe(true);
      for (const row of rows) expect(ZActivityBulkRow.safeParse(row).success, String(row.sourceRef)).toBe(true);
      expect(demoActivityRows(org, refs)).toEqual(rows); // deterministic
    }
  });

  it("fails loudly on a reference the database does not have", () => {
    const [org] = loadDemoActivity().organizations;
    expect(() => demoActivityRows(org!, { periods: new Map(), sites: new Map(), products: new Map() })).toThrow(
      /unknown period/,
    );
  });
});
