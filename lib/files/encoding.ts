import iconv from "iconv-lite";
import { FileReadError } from "./errors";

// Text encodings of the files people export from spreadsheets and accounting tools: UTF-8 (with or
// without BOM) and windows-1252 (Excel's "CSV" on Western-European Windows). Node's own TextDecoder
// decodes "windows-1252" bytes 0x80-0x9F as C1 controls (0x92 → U+0092, not "’"), so windows-1252 goes
// through iconv-lite; UTF-8 goes through a fatal TextDecoder so that an invalid byte is reported, never
// replaced silently.

export type TextEncoding = "utf-8" | "windows-1252";

const BOM = [0xef, 0xbb, 0xbf] as const;
const hasBom = (b: Uint8Array) => b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
const isAscii = (b: Uint8Array) => b.every((byte) => byte < 0x80);

/** UTF-8 if the bytes start with a BOM or are valid UTF-8 (a character cut at the end is tolerated). */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (hasBom(bytes)) return "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

type Decoder = { write(chunk: Uint8Array): string; end(): string };

function decoderFor(encoding: TextEncoding, file: string): Decoder {
  if (encoding === "windows-1252") {
    const d = iconv.getDecoder("windows-1252");
    return { write: (c) => d.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength)), end: () => d.end() ?? "" };
  }
  const d = new TextDecoder("utf-8", { fatal: true }); // strips a leading BOM
  const fail = (): never => {
    throw new FileReadError("invalid_encoding", file, "not valid UTF-8 (save the file as UTF-8 or windows-1252)");
  };
  return {
    write: (c) => {
      try {
        return d.decode(c, { stream: true });
      } catch {
        return fail();
      }
    },
    end: () => {
      try {
        return d.decode();
      } catch {
        return fail();
      }
    },
  };
}

/**
 * Decodes a byte stream to text. The encoding is decided on the first chunk holding a BOM or a non-ASCII
 * byte (ASCII reads the same in both), so a long ASCII start cannot mislead the detection.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  onEncoding: (encoding: TextEncoding) => void = () => {},
): AsyncGenerator<string> {
  let decoder: Decoder | null = null;
  let pending: Uint8Array[] = [];
  for await (const chunk of chunks) {
    if (!decoder) {
      if (!hasBom(chunk) && isAscii(chunk)) {
        pending.push(chunk);
        continue;
      }
      const encoding = detectEncoding(chunk);
      onEncoding(encoding);
      decoder = decoderFor(encoding, file);
      for (const p of pending) yield decoder.write(p);
      pending = [];
    }
    yield decoder.write(chunk);
  }
  if (!decoder) {
    onEncoding("utf-8"); // pure ASCII (or empty) is valid UTF-8
    decoder = decoderFor("utf-8", file);
    for (const p of pending) yield decoder.write(p);
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Text → bytes in the given encoding; refuses characters the encoding cannot hold instead of writing "?". */
export function encodeText(text: string, encoding: TextEncoding, options: { bom?: boolean } = {}): Buffer {
  if (encoding === "utf-8") return Buffer.from(options.bom ? `\ufeff${text}` : text, "utf8");
  const bytes = iconv.encode(text, "windows-1252");
  const back = iconv.decode(bytes, "windows-1252");
  if (back !== text) {
    const at = Array.from(text).findIndex((ch, i) => Array.from(back)[i] !== ch);
    throw new Error(`"${Array.from(text)[at]}" cannot be written in windows-1252`);
  }
  return bytes;
}
