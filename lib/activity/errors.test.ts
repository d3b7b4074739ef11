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

  it("a spend line's unknown or missing ratio category or purpose points at that option", () => {
    const unknown = (option: string) =>
      calcFieldError(new CalcError("UNKNOWN_OPTION", "unknown", { typeId: "spend.ratio", option, value: "x" }));
    expect(unknown("ratioCategory")).toEqual({
      field: "options.ratioCategory",
      message: "activity.validation.unknownRatioCategory",
      code: "UNKNOWN_OPTION",
    });
    expect(unknown("purpose")).toMatchObject({
      field: "options.purpose",
      message: "activity.validation.unknownPurpose",
    });
    const missing = new CalcError("MISSING_OPTION", "needs purpose", { typeId: "spend.ratio", option: "purpose" });
    expect(calcFieldError(missing).field).toBe("options.purpose");
    expect(calcFieldError(new CalcError("MISSING_OPTION", "needs legKm", { typeId: "travel.plane" })).field).toBe(
      "options",
    );
  });
});
