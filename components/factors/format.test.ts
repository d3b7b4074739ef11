import { describe, expect, it } from "vitest";
import { formatShare, localName, otherName, regionName, stageShares } from "@/components/factors/format";

describe("factor display helpers", () => {
  it("picks the interface language's name and offers the other one", () => {
    const both = { nameFr: "Électricité", nameEn: "Electricity" };
    const frOnly = { nameFr: "Gazole", nameEn: null };
    expect(localName(both, "en")).toBe("Electricity");
    expect(localName(frOnly, "en")).toBe("Gazole");
    expect(otherName(both, "fr")).toBe("Electricity");
    expect(otherName(frOnly, "en")).toBeNull();
    expect(otherName(frOnly, "fr")).toBeNull();
  });

  it("splits stages pro rata of their sum, not of the rounded total", () => {
    const shares = stageShares([0.181, 0.0344]);
    expect(shares[0]).toBeCloseTo(0.8403, 4);
    expect((shares[0] ?? 0) + (shares[1] ?? 0)).toBeCloseTo(1, 10);
    expect(stageShares([0.156, -0.156])).toEqual([null, null]);
    expect(formatShare(0.8403, "en")).toBe("84.0%");
    expect(formatShare(null, "fr")).toBe("—");
  });

  it("names regions in the interface language", () => {
    expect(regionName("FR", "fr")).toBe("France");
    expect(regionName("WORLD", "en")).toBe("World");
    expect(regionName("GB", "en")).toBe("United Kingdom");
    expect(regionName("not a code", "en")).toBe("not a code");
  });
});
