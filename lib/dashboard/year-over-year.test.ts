import { describe, expect, it } from "vitest";
import { ZYoyAgainst, yoyFromPeriod } from "@/lib/dashboard/year-over-year";

const p2022 = { id: "p22", label: "2022", year: 2022 };
const p2024 = { id: "p24", label: "2024", year: 2024 };

describe("the waterfall's earlier period", () => {
  it("is the base year's or the previous period, as the address asks", () => {
    expect(yoyFromPeriod({ previous: p2024, base: p2022 }, "base")).toBe(p2022);
    expect(yoyFromPeriod({ previous: p2024, base: p2022 }, "previous")).toBe(p2024);
  });

  it("is none when not asked for, or when the organisation has no such period", () => {
    expect(yoyFromPeriod({ previous: p2024, base: p2022 }, undefined)).toBeNull();
    expect(yoyFromPeriod({ previous: p2024, base: null }, "base")).toBeNull();
    expect(yoyFromPeriod(null, "previous")).toBeNull();
  });

  it("reads `against` from the address, an unknown value as not asked for", () => {
    expect(ZYoyAgainst.parse("base")).toBe("base");
    expect(ZYoyAgainst.parse("2019")).toBeUndefined();
    expect(ZYoyAgainst.parse(undefined)).toBeUndefined();
  });
});
