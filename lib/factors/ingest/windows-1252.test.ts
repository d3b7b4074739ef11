import { describe, expect, it } from "vitest";
import { decodeWindows1252, encodeWindows1252 } from "./windows-1252";

describe("windows-1252", () => {
  it("decodes the 0x80-0x9F range as windows-1252, not latin-1", () => {
    expect(
      decodeWindows1252(Uint8Array.of(0x4c, 0x92, 0x61, 0x6d, 0x6f, 0x6e, 0x74, 0x20, 0x96, 0x20, 0x80, 0xe9)),
    ).toBe("L’amont – €é");
  });
  it("round-trips", () => {
    const text = "Identifiant de l'élément; œuvre “€” — ²³";
    expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
    expect(() => encodeWindows1252("CO₂")).toThrow(/windows-1252/);
  });
});
