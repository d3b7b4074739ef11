import { describe, expect, it } from "vitest";
import { listHref, parseListParams } from "@/lib/activity/list-params";

describe("category list parameters", () => {
  it("keeps known values and drops the rest", () => {
    expect(
      parseListParams({ period: "cabc123", site: "x y", type: "travel.plane", status: "VALIDATED", sort: "emissions" }),
    ).toEqual({ period: "cabc123", type: "travel.plane", status: "VALIDATED", sort: "emissions" });
    expect(parseListParams({ status: "DELETED", sort: "price", type: "DROP TABLE", cursor: ["a", "b"] })).toEqual({
      sort: "recent",
    });
  });

  it("builds the next page's address, resetting the cursor on any other change", () => {
    const params = { period: "p1", sort: "recent" as const, cursor: "c1" };
    expect(listHref("/o/collection/energy", params, { cursor: "c2" })).toBe("/o/collection/energy?period=p1&cursor=c2");
    expect(listHref("/o/collection/energy", params, { sort: "date" })).toBe("/o/collection/energy?period=p1&sort=date");
  });
});
