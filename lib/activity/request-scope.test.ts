import { describe, expect, it } from "vitest";
import { lineFitsRequest } from "@/lib/activity/request-scope";

const request = { category: "energy", periodId: "p2025", siteId: "lyon" };
const line = { activityTypeId: "energy.electricity.grid", periodId: "p2025", siteId: "lyon" };

describe("a line fits a request", () => {
  it("with the request's category (by activity-type prefix), period and site", () => {
    expect(lineFitsRequest(line, request)).toBe(true);
    expect(lineFitsRequest({ ...line, activityTypeId: "fuel.diesel" }, request)).toBe(true); // fuel is energy
    expect(lineFitsRequest({ ...line, activityTypeId: "travel.train" }, request)).toBe(false);
    expect(lineFitsRequest({ ...line, periodId: "p2024" }, request)).toBe(false);
    expect(lineFitsRequest({ ...line, siteId: "paris" }, request)).toBe(false);
    expect(lineFitsRequest({ ...line, siteId: null }, request)).toBe(false);
  });

  it("on any site, or none, when the request names no site", () => {
    const everySite = { ...request, siteId: null };
    expect(lineFitsRequest({ ...line, siteId: "paris" }, everySite)).toBe(true);
    expect(lineFitsRequest({ ...line, siteId: null }, everySite)).toBe(true);
  });
});
