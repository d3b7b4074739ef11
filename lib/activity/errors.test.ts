import { describe, expect, it } from "vitest";
import { CalcError } from "@/lib/calc";
import { calcFieldError } from "@/lib/activity/errors";

describe("engine refusals become field errors", () => {
  it("a hotel country without a published factor points at options.country, another NO_FACTOR at the type", () => {
    const country = new CalcError("NO_FACTOR", "no travel.hotel factor for country AT", {
      typeId: "travel.hotel",
      option: "country",
      country: "AT",
    });
    expect(calcFieldError(country)).toEqual({
      field: "options.country",
      message: "activity.validation.noFactor",
      code: "NO_FACTOR",
    });
    expect(calcFieldError(new CalcError("NO_FACTOR", "no factor", { typeId: "travel.train" })).field).toBe(
      "activityTypeId",
    );
  });
});
