import { describe, expect, it } from "vitest";
import { tsQueryText } from "@/lib/factors/search/ranking";
import { synonymAlternatives } from "@/lib/factors/search/synonyms";

describe("synonym alternatives", () => {
  it("replaces a phrase people type with the publishers' wording", () => {
    const alternatives = synonymAlternatives("Avion long-courrier");
    expect(alternatives).toContainEqual(["avion", "long", "haul"]);
    expect(alternatives).toContainEqual(["avion", "5000", "kms"]);
    // Another group matched in the same query is expanded too, one group at a time.
    expect(alternatives).toContainEqual(["flight", "long", "courrier"]);
  });

  it("matches whole words only, accents and case ignored", () => {
    expect(synonymAlternatives("Conseil INFORMATIQUE")).toContainEqual(["conseil", "it"]);
    expect(synonymAlternatives("essences")).toEqual([]); // "essences" is not the word "essence"
    expect(synonymAlternatives("avionique")).toEqual([]);
  });

  it("never repeats the query itself and stays bounded", () => {
    const alternatives = synonymAlternatives("train hotel voiture gazole essence papier");
    expect(alternatives.length).toBeLessThanOrEqual(8);
    expect(alternatives.map((a) => a.join(" "))).not.toContain("train hotel voiture gazole essence papier");
  });
});

describe("tsquery text", () => {
  it("matches long words as prefixes and short ones whole", () => {
    expect(tsQueryText(["gazole", "b7", "tgv"], "|")).toBe("gazole:* | b7 | tgv");
    expect(tsQueryText(["avion", "5000"], "&")).toBe("avion:* & 5000:*");
  });
});
