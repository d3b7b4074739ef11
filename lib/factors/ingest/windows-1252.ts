// windows-1252 by hand: Node 20's TextDecoder("windows-1252") decodes bytes 0x80-0x9F as latin-1 C1
// controls (0x92 → U+0092 instead of "’"), which would corrupt ADEME's apostrophes and dashes silently.
// Table: the WHATWG Encoding Standard's index for windows-1252, bytes 0x80-0x9F (others equal latin-1).
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const TO_BYTE = new Map(HIGH.map((code, i) => [code, 0x80 + i]));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b);
  return out;
}

export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0)!;
      const byte = TO_BYTE.get(code) ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
      if (byte === undefined) throw new Error(`"${ch}" cannot be written in windows-1252`);
      return byte;
    }),
  );
}
