// A CSV template file's rows, streamed from its bytes: the encoding is detected (UTF-8, with or without
// BOM, else windows-1252; lib/files/encoding.ts), the delimiter from the header line (";", "," or tab,
// whichever it holds most of outside quotes). Row numbers are the file's line numbers, as a text editor
// or a spreadsheet shows them.
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { decodeChunks } from "@/lib/files/encoding";
import type { TCell } from "./cells";

export class CsvTemplateError extends Error {
  constructor(
    readonly key: string,
    readonly row: number | null,
  ) {
    super(key);
  }
}

const CHUNK = 64 * 1024;
const MAX_HEADER_CHARS = 64 * 1024;

async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export async function* readCsvTemplate(bytes: Buffer, name: string): AsyncGenerator<{ row: number; cells: TCell[] }> {
  const text = decodeChunks(chunksOf(bytes), name)[Symbol.asyncIterator]();
  const head: string[] = [];
  let headText = "";
  while (!/[\r\n]/.test(headText) && headText.length < MAX_HEADER_CHARS) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    headText += next.value;
  }
  const firstLine = headText.split(/\r?\n|\r/, 1)[0] ?? "";
  const source = Readable.from(
    (async function* () {
      yield* head;
      for (let next = await text.next(); !next.done; next = await text.next()) yield next.value;
    })(),
  );
  const parser = source.pipe(
    parse({
      delimiter: detectDelimiter(firstLine),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 1_000_000, // a record larger than this is not a template row (binary or broken quotes)
    }),
  );
  source.on("error", (err: Error) => parser.destroy(err));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { row: info.lines, cells: record };
  } catch (err) {
    if (err instanceof CsvError)
      throw new CsvTemplateError("imports.errors.malformedCsv", typeof err.lines === "number" ? err.lines : null);
    throw err;
  } finally {
    source.destroy();
  }
}
