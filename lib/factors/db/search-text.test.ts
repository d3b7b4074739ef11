import { describe, expect, it } from "vitest";
import { NAME_SECTION_END, buildSearchText, normalizeForSearch, searchTokens } from "@/lib/factors/db/search-text";

describe("search normalisation", () => {
  it("drops accents, case, ligatures and punctuation", () => {
    expect(normalizeForSearch("Électricité - France continentale")).toBe("electricite france continentale");
    expect(normalizeForSearch("Bœuf haché, cru")).toBe("boeuf hache cru");
    expect(normalizeForSearch("kgCO₂e/m²")).toBe("kgco2e m2");
    expect(normalizeForSearch("ademe:43642@23.6")).toBe("ademe 43642 23 6");
  });

  it("turns a query into distinct words, loosening plurals", () => {
    expect(searchTokens("  Trains  À grande vitesse TRAINS ")).toEqual(["train", "grande", "vitesse"]);
    expect(searchTokens("bus gaz")).toEqual(["bus", "gaz"]);
    expect(searchTokens("")).toEqual([]);
    expect(searchTokens("aa bb cc dd ee ff gg hh ii jj")).toHaveLength(8);
  });

  it("keeps names apart from the other searchable text, with a separator no content can contain", () => {
    const text = buildSearchText(["Gazole routier", null, "Diesel"], ["Combustibles", "ademe:14015@23.6"]);
    expect(text).toBe(`gazole routier diesel${NAME_SECTION_END}combustibles ademe 14015 23 6`);
    expect(normalizeForSearch("a | b")).not.toContain("|");
  });
});
