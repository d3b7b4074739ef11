import { describe, expect, it } from "vitest";
import { changeTone, parseReleaseRef, relativeChange } from "./format";

describe("release preview helpers", () => {
  it("gives no percentage for a change from zero", () => {
    expect(relativeChange("0", "12")).toBeNull();
    expect(relativeChange("1267.8", "1365")).toBeCloseTo(0.07667, 4);
  });

  it("tones a change by its exact sign", () => {
    expect(changeTone("1267.800000", "1365")).toBe("up");
    expect(changeTone("0.000002", "0.000001")).toBe("down");
    expect(changeTone("420", "420.000000")).toBe("same");
  });

  it("reads a source@version parameter", () => {
    expect(parseReleaseRef("ademe@23.7")).toEqual({ source: "ademe", version: "23.7" });
    expect(parseReleaseRef("ember@2024-co2js-0.19.0")).toEqual({ source: "ember", version: "2024-co2js-0.19.0" });
    for (const bad of [undefined, ["a@1"], "ademe", "@23.7", "ademe@"]) expect(parseReleaseRef(bad)).toBeNull();
  });
});
