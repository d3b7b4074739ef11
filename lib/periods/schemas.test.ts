import { describe, expect, it } from "vitest";
import { resolveNewPeriod } from "@/lib/periods/defaults";
import { ZPeriodCreate, ZPeriodUpdate } from "@/lib/periods/schemas";

describe("ZPeriodCreate", () => {
  it("leaves empty label and dates to the defaults", () => {
    const input = ZPeriodCreate.parse({ year: "2024", label: "", startDate: "", endDate: "" });
    expect(input).toEqual({ year: 2024, label: null, startDate: null, endDate: null });
    expect(resolveNewPeriod(input, 4)).toEqual({
      year: 2024,
      label: "FY 2024-25",
      startDate: "2024-04-01",
      endDate: "2025-03-31",
    });
  });

  it("keeps what the user typed", () => {
    const input = ZPeriodCreate.parse({
      year: 2023,
      label: "Bilan 2023",
      startDate: "2023-01-01",
      endDate: "2023-12-31",
    });
    expect(resolveNewPeriod(input, 4)).toEqual({
      year: 2023,
      label: "Bilan 2023",
      startDate: "2023-01-01",
      endDate: "2023-12-31",
    });
  });

  it("rejects years out of range with the year message", () => {
    const result = ZPeriodCreate.safeParse({ year: "1989" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["year"], message: "validation.year" });
    expect(ZPeriodCreate.safeParse({ year: "abc" }).error?.issues[0]?.message).toBe("validation.year");
  });

  it("rejects an end that is not after the start, on the end field", () => {
    const result = ZPeriodCreate.safeParse({ year: 2024, startDate: "2024-12-31", endDate: "2024-12-31" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["endDate"], message: "validation.dateOrder" });
  });

  it("rejects impossible dates", () => {
    const result = ZPeriodCreate.safeParse({ year: 2023, startDate: "2023-02-30", endDate: "2023-12-31" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["startDate"], message: "validation.date" });
  });
});

describe("ZPeriodUpdate", () => {
  it("requires label and both dates, and drops the year", () => {
    expect(ZPeriodUpdate.safeParse({ label: "", startDate: "2024-01-01", endDate: "2024-12-31" }).success).toBe(false);
    expect(ZPeriodUpdate.parse({ year: 1999, label: "2024", startDate: "2024-01-01", endDate: "2024-12-31" })).toEqual({
      label: "2024",
      startDate: "2024-01-01",
      endDate: "2024-12-31",
    });
  });
});
