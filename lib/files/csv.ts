import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { decodeChunks, type TextEncoding } from "./encoding";
import { FileReadError, unreadable } from "./errors";

// Streaming CSV reader (csv-parse): rows come out one at a time, so a large file is never held in memory.
// Row numbers count records from 1 (the header), as a spreadsheet shows them; blank lines are skipped.

export type CsvRow = { row: number; cells: string[] };
export type CsvOptions = {
  delimiter: string;
  /** Accept a quote inside an unquoted field (some publishers' exports have them). */
  relaxQuotes?: boolean;
  onEncoding?: (encoding: TextEncoding) => void;
};

export async function* readCsvRows(file: string, options: CsvOptions): AsyncGenerator<CsvRow> {
  const bytes = createReadStream(file);
  const text = Readable.from(decodeChunks(bytes, file, options.onEncoding));
  const parser = text.pipe(
    parse({ delimiter: options.delimiter, relax_quotes: options.relaxQuotes ?? false, skip_empty_lines: true }),
  );
  // Errors of the upstream streams do not travel through pipe(): forward them to the parser being read.
  for (const s of [bytes, text]) s.on("error", (err: Error) => parser.destroy(err));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    if (err instanceof CsvError) {
      // The parser reads ahead of the rows handed out: its own record count says where it stopped.
      const at = typeof err.records === "number" ? err.records + 1 : row + 1;
      throw new FileReadError("malformed_csv", file, `malformed CSV: ${err.message}`, at);
    }
    throw unreadable(file, err) ?? err;
  } finally {
    bytes.destroy(); // the caller may stop early: release the file
    text.destroy();
  }
}
