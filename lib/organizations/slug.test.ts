import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/organizations/slug";

describe("slugify", () => {
  it("drops accents and punctuation", () => {
    expect(slugify("Épicerie Fine & Cie — Lyon")).toBe("epicerie-fine-cie-lyon");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("org");
  });
  it("caps the length", () => {
    expect(slugify("a".repeat(100)).length).toBe(48);
  });
});
