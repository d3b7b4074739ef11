import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateOfIso,
  defaultPeriodDates,
  defaultPeriodLabel,
  findOverlappingPeriod,
  isEndAfterStart,
  isIsoDate,
  isoDateOf,
  rangesOverlap,
} from "@/lib/periods/dates";

const dayAfter = (iso: string) => isoDateOf(new Date(dateOfIso(iso).getTime() + 86_400_000));

describe("defaultPeriodDates", () => {
  it("uses the calendar year when the fiscal year starts in January", () => {
    expect(defaultPeriodDates(2024, 1)).toEqual({ startDate: "2024-01-01", endDate: "2024-12-31" });
  });

  it("straddles two calendar years otherwise", () => {
    expect(defaultPeriodDates(2024, 4)).toEqual({ startDate: "2024-04-01", endDate: "2025-03-31" });
    expect(defaultPeriodDates(2024, 12)).toEqual({ startDate: "2024-12-01", endDate: "2025-11-30" });
  });

  it("ends on the last day of February, leap year or not", () => {
    expect(defaultPeriodDates(2023, 3).endDate).toBe("2024-02-29");
    expect(defaultPeriodDates(2024, 3).endDate).toBe("2025-02-28");
  });

  it("makes consecutive years touch without overlapping, for every start month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const current = defaultPeriodDates(year, month);
        const next = defaultPeriodDates(year + 1, month);
        expect(dayAfter(current.endDate)).toBe(next.startDate);
        expect(rangesOverlap(current, next)).toBe(false);
        expect(isEndAfterStart(current)).toBe(true);
      }),
    );
  });
});

describe("defaultPeriodLabel", () => {
  it("names a calendar year by its number and a fiscal year by both years", () => {
    expect(defaultPeriodLabel(2024, 1)).toBe("2024");
    expect(defaultPeriodLabel(2024, 4)).toBe("FY 2024-25");
    expect(defaultPeriodLabel(2099, 7, "Exercice")).toBe("Exercice 2099-00");
  });
});

describe("isIsoDate", () => {
  it("accepts real days only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-4-1")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });

  it("round-trips through Date without shifting a day", () => {
    expect(isoDateOf(dateOfIso("2024-03-31"))).toBe("2024-03-31");
  });
});

describe("overlap", () => {
  const fy2024 = { id: "a", startDate: "2024-01-01", endDate: "2024-12-31" };

  it("treats both ends as inclusive days", () => {
    expect(rangesOverlap(fy2024, { startDate: "2024-12-31", endDate: "2025-06-30" })).toBe(true);
    expect(rangesOverlap(fy2024, { startDate: "2025-01-01", endDate: "2025-12-31" })).toBe(false);
    expect(rangesOverlap(fy2024, { startDate: "2024-03-01", endDate: "2024-03-31" })).toBe(true);
  });

  it("is symmetric", () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => isoDateOf(new Date(Date.UTC(2020, 0, 1) + n * 86_400_000)));
    const range = fc
      .tuple(day, day)
      .map(([x, y]) => (x <= y ? { startDate: x, endDate: y } : { startDate: y, endDate: x }));
    fc.assert(fc.property(range, range, (a, b) => rangesOverlap(a, b) === rangesOverlap(b, a)));
  });

  it("finds the clashing period but ignores the one being edited", () => {
    const fy2025 = { id: "b", startDate: "2025-01-01", endDate: "2025-12-31" };
    expect(findOverlappingPeriod({ startDate: "2024-06-01", endDate: "2025-05-31" }, [fy2024, fy2025])?.id).toBe("a");
    expect(
      findOverlappingPeriod({ startDate: "2024-02-01", endDate: "2024-12-31" }, [fy2024, fy2025], "a"),
    ).toBeUndefined();
  });
});
