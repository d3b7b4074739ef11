import { describe, expect, it } from "vitest";
import { ActivityRowsError } from "@/lib/activity/errors";
import { AppError } from "@/lib/errors";
import { jobErrorsOf } from "@/lib/jobs/worker";

describe("what a failed run keeps of its error", () => {
  it("keeps every failing activity's count, with its code, translation key and id", () => {
    const error = new ActivityRowsError([
      { row: 0, field: "activityTypeId", message: "activity.validation.noFactor", code: "NO_FACTOR", activityId: "a1" },
      { row: 4, field: "unit", message: "activity.validation.unknownUnit", activityId: "a5" },
    ]);
    expect(jobErrorsOf(error)).toEqual({
      count: 2,
      list: [
        { code: "NO_FACTOR", message: "activity.validation.noFactor", activityId: "a1" },
        { code: "VALIDATION", message: "activity.validation.unknownUnit", activityId: "a5" },
      ],
    });
  });

  it("keeps a known reason's translation key with the code, so the progress bar can say it", () => {
    const changed = new AppError("CONFLICT", { file: "imports.errors.inventoryChanged" });
    expect(jobErrorsOf(changed)).toEqual({
      count: 1,
      list: [{ code: "CONFLICT", message: "imports.errors.inventoryChanged" }],
    });
    expect(jobErrorsOf(new AppError("CONFLICT", { file: "imports.errors.duplicate" })).list[0]?.message).toBe(
      "imports.errors.duplicate",
    );
  });

  it("keeps an expected error's code, and never an unexpected error's message", () => {
    expect(jobErrorsOf(new AppError("PERIOD_LOCKED"))).toEqual({ count: 1, list: [{ code: "PERIOD_LOCKED" }] });
    expect(jobErrorsOf(new Error("connection to 10.0.0.3 refused, password=…"))).toEqual({
      count: 1,
      list: [{ code: "INTERNAL" }],
    });
  });
});
