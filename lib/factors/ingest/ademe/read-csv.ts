import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse";
import { IngestError } from "../ingest-error";
import { decodeWindows1252 } from "../windows-1252";
import type { SheetRow } from "../xlsx";

// ADEME publishes Base_Carbone_V<version>.csv `;`-separated with decimal commas. Its encoding has varied
// (windows-1252 in older exports; UTF-8, with or without BOM, elsewhere), so it is detected: a BOM or
// valid UTF-8 in the first chunk means UTF-8, anything else is read as windows-1252. A wrong guess
// cannot slip through: the header check would then fail on "Identifiant de l'élément".

export type CsvEncoding = "utf-8" | "windows-1252";

export function detectEncoding(firstChunk: Uint8Array): CsvEncoding {
  if (firstChunk[0] === 0xef && firstChunk[1] === 0xbb && firstChunk[2] === 0xbf) return "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(firstChunk, { stream: true }); // tolerates a cut last character
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

async function* decode(chunks: AsyncIterable<Buffer>, onEncoding: (e: CsvEncoding) => void): AsyncGenerator<string> {
  let utf8: TextDecoder | null | undefined; // undefined until the first chunk decides; null = windows-1252
  for await (const chunk of chunks) {
    if (utf8 === undefined) {
      const encoding = detectEncoding(chunk);
      onEncoding(encoding);
      utf8 = encoding === "utf-8" ? new TextDecoder("utf-8") : null; // the UTF-8 decoder strips a BOM
    }
    yield utf8 ? utf8.decode(chunk, { stream: true }) : decodeWindows1252(chunk); // single-byte: chunk-safe
  }
  if (utf8) yield utf8.decode();
}

/** Streams the CSV as text rows (row 1 = header), never loading the whole file. */
export async function* readAdemeCsv(
  file: string,
  onEncoding: (e: CsvEncoding) => void = () => {},
): AsyncGenerator<SheetRow> {
  const parser = Readable.from(decode(createReadStream(file), onEncoding)).pipe(
    parse({ delimiter: ";", relax_quotes: true, skip_empty_lines: true }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record.map((c) => (c === "" ? null : c)) };
    }
  } catch (err) {
    if (err instanceof CsvError) throw new IngestError(file, `malformed CSV (${err.code}): ${err.message}`, row + 1);
    throw err;
  }
}
