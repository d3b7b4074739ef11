import { describe, expect, it } from "vitest";
import { hostingFilterOf, hostingHref } from "@/lib/imports/boavizta/hosting-schemas";

describe("the hosting view's address", () => {
  it("reads filters, falling back to no filter on anything malformed", () => {
    expect(hostingFilterOf({ provider: "AWS", sort: "gwpUse", dir: "asc", page: "2", assessed: "maybe" })).toEqual({
      provider: "AWS",
      sort: "gwpUse",
      dir: "asc",
      page: 2,
      assessed: undefined,
      periodId: undefined,
      region: undefined,
      type: undefined,
      productId: undefined,
      tagKey: undefined,
      tagValue: undefined,
    });
    expect(hostingFilterOf({ sort: "drop table", page: "0" })).toMatchObject({ sort: "inventory", page: 1 });
    // A tag value without its key is no filter; a key without a value matches an empty value.
    expect(hostingFilterOf({ tagValue: "booking" }).tagValue).toBeUndefined();
    expect(hostingFilterOf({ tagKey: "app" }).tagValue).toBe("");
  });

  it("writes an address without the defaults, which reads back as the same filter", () => {
    const filter = hostingFilterOf({ region: "eu-west-3", tagKey: "app", tagValue: "booking & co", page: "3" });
    const href = hostingHref("nuage", filter);
    expect(href).toBe("/nuage/imports/hosting?region=eu-west-3&tagKey=app&tagValue=booking+%26+co&page=3");
    const back = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(hostingFilterOf(back)).toEqual(filter);
    expect(hostingHref("nuage", hostingFilterOf({}))).toBe("/nuage/imports/hosting");
  });
});
