import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeChunks, detectEncoding, encodeText, type TextEncoding } from "./encoding";
import { FileReadError } from "./errors";

async function decode(chunks: Uint8Array[]): Promise<{ text: string; encoding: TextEncoding | null }> {
  let encoding: TextEncoding | null = null;
  let text = "";
  for await (const s of decodeChunks(Readable.from(chunks), "in.csv", (e) => (encoding = e))) text += s;
  return { text, encoding };
}

describe("text encodings", () => {
  it("decodes windows-1252's 0x80-0x9F range as windows-1252, not latin-1 controls", async () => {
    const bytes = Uint8Array.of(0x4c, 0x92, 0x61, 0x6d, 0x6f, 0x6e, 0x74, 0x20, 0x96, 0x20, 0x80, 0xe9);
    expect(detectEncoding(bytes)).toBe("windows-1252");
    expect(await decode([bytes])).toEqual({ text: "L’amont – €é", encoding: "windows-1252" });
  });

  it("reads UTF-8 with and without BOM, the BOM stripped, a character split across chunks kept", async () => {
    const bytes = encodeText("Élément;kgCO2e/k€", "utf-8", { bom: true });
    expect(detectEncoding(bytes)).toBe("utf-8");
    expect(await decode([bytes.subarray(0, 5), bytes.subarray(5)])).toEqual({
      text: "Élément;kgCO2e/k€",
      encoding: "utf-8",
    });
    const noBom = encodeText("Électricité", "utf-8");
    expect(await decode([noBom.subarray(0, 1), noBom.subarray(1)])).toEqual({ text: "Électricité", encoding: "utf-8" });
  });

  it("decides on the first non-ASCII chunk, so a long ASCII start does not pass windows-1252 off as UTF-8", async () => {
    const ascii = new TextEncoder().encode("id;name\r\n".repeat(1000));
    const latin = encodeText("1;Fioul domestique – chaudière\r\n", "windows-1252");
    expect(await decode([ascii, latin])).toEqual({
      text: `${"id;name\r\n".repeat(1000)}1;Fioul domestique – chaudière\r\n`,
      encoding: "windows-1252",
    });
    expect((await decode([ascii])).encoding).toBe("utf-8");
  });

  it("reports bytes that are not UTF-8 after the file was seen to be UTF-8", async () => {
    const err = await decode([encodeText("é;", "utf-8"), Uint8Array.of(0x41, 0xe9, 0x41)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileReadError);
    expect(err).toMatchObject({
      code: "invalid_encoding",
      message: "in.csv: not valid UTF-8 (save the file as UTF-8 or windows-1252)",
    });
  });

  it("round-trips windows-1252 and refuses characters it cannot hold", () => {
    const text = "Identifiant de l'élément; œuvre “€” — ²³";
    expect(encodeText(text, "windows-1252")).toHaveLength(Array.from(text).length);
    expect(detectEncoding(encodeText(text, "windows-1252"))).toBe("windows-1252");
    expect(() => encodeText("CO₂", "windows-1252")).toThrow('"₂" cannot be written in windows-1252');
  });
});
