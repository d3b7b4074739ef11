// Streaming reader of the FEC (Fichier des Écritures Comptables, article A47 A-1 of the French tax code):
// 18 columns with their legal names, tab- or pipe-separated (detected on the header), dates YYYYMMDD,
// amounts with a decimal comma (a point is read too), UTF-8 (± BOM) or windows-1252. Lines are handed to
// `onLine` one at a time, so memory stays bounded whatever the file's size; only entries not yet balanced
// are kept. Every problem is a TImportRowError with the file's 1-based line number.
import { decodeChunks, type TextEncoding } from "@/lib/files/encoding";
import { FileReadError } from "@/lib/files/errors";
import type { Decimal } from "@/lib/numbers/decimal";
import type { TImportRowError } from "@/lib/imports/types";
import { EntryBalances, fecDate, fecAmount, fecRecords } from "@/lib/imports/fec/fields";

export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

const COL = Object.fromEntries(FEC_COLUMNS.map((name, i) => [name, i])) as Record<(typeof FEC_COLUMNS)[number], number>;
const REQUIRED = ["JournalCode", "EcritureNum", "CompteNum"] as const;
const OPTIONAL_DATES = ["PieceDate", "DateLet", "ValidDate"] as const;

export type TFecSeparator = "\t" | "|";
export type TFecLine = {
  line: number;
  journalCode: string;
  entryNumber: string;
  date: string; // ISO
  account: string;
  accountLabel: string;
  debit: Decimal;
  credit: Decimal;
};
export type TFecReadOptions = {
  /** Entries dated outside it are errors (the period being imported). */
  fiscalYear?: { startDate: string; endDate: string } | null;
  /** Errors kept in full; the rest are counted in one closing "fecMoreErrors". */
  maxErrors?: number;
  onLine: (line: TFecLine) => void;
};
export type TFecReadResult = {
  separator: TFecSeparator | null;
  encoding: TextEncoding | null;
  lines: number; // entry lines read (the header excluded)
  errors: TImportRowError[];
  firstDate: string | null;
  lastDate: string | null;
};

const HEADER_SEARCH_CHARS = 64 * 1024;
const CHUNK = 256 * 1024;

async function* chunksOf(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (!(source instanceof Uint8Array)) return yield* source;
  for (let at = 0; at < source.byteLength; at += CHUNK) yield source.subarray(at, at + CHUNK);
}

// The header decides the separator: the one that splits it into 18 columns (tab first, the common one).
function separatorOf(header: string): TFecSeparator | null {
  for (const sep of ["\t", "|"] as const) if (header.split(sep).length === FEC_COLUMNS.length) return sep;
  const tabs = header.split("\t").length;
  const pipes = header.split("|").length;
  if (tabs === 1 && pipes === 1) return null;
  return tabs >= pipes ? "\t" : "|";
}

class ErrorList {
  readonly kept: TImportRowError[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(error: TImportRowError) {
    this.count += 1;
    if (this.kept.length < this.max) this.kept.push(error);
  }
  result(): TImportRowError[] {
    const rest = this.count - this.kept.length;
    return rest > 0
      ? [...this.kept, { row: null, column: null, message: "imports.errors.fecMoreErrors", values: { count: rest } }]
      : this.kept;
  }
}

function headerErrors(cells: string[]): TImportRowError[] {
  if (cells.length !== FEC_COLUMNS.length)
    return [
      {
        row: 1,
        column: null,
        message: "imports.errors.fecColumnCount",
        values: { expected: FEC_COLUMNS.length, found: cells.length },
      },
    ];
  return FEC_COLUMNS.flatMap((name, i) =>
    (cells[i] ?? "").trim().toLowerCase() === name.toLowerCase()
      ? []
      : [
          {
            row: 1,
            column: (cells[i] ?? "").trim(),
            message: "imports.errors.fecHeader",
            values: { position: i + 1, expected: name, found: (cells[i] ?? "").trim() },
          },
        ],
  );
}

/**
 * Whether a file is an FEC, from its content (never its name): its first line starts with the legal first
 * column's name, JournalCode, followed by a tab or a pipe (after a UTF-8 BOM, if any).
 */
export function looksLikeFec(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString("latin1")
    .replace(/^\u00ef\u00bb\u00bf/, "");
  return /^journalcode[\t|]/i.test(head);
}

/** Reads an FEC, checking every line, and hands each good line to `onLine`. */
export async function readFec(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: TFecReadOptions,
): Promise<TFecReadResult> {
  const errors = new ErrorList(options.maxErrors ?? 200);
  const result: TFecReadResult = {
    separator: null,
    encoding: null,
    lines: 0,
    errors: [],
    firstDate: null,
    lastDate: null,
  };
  const text = decodeChunks(chunksOf(source), "FEC", (e) => (result.encoding = e));
  // Read up to the end of the header to decide the separator, then stream the rest through csv-parse.
  let head = "";
  let next = await text.next();
  while (!next.done && !head.includes("\n") && head.length < HEADER_SEARCH_CHARS) {
    head += next.value;
    if (!head.includes("\n")) next = await text.next();
  }
  const firstLine = head.split("\n", 1)[0]?.replace(/\r$/, "") ?? "";
  const done = (list: TImportRowError[]) => {
    void text.return(undefined);
    return { ...result, errors: list };
  };
  if (firstLine.trim() === "") return done([{ row: null, column: null, message: "imports.errors.fecEmpty" }]);
  const separator = separatorOf(firstLine);
  const bad = separator ? headerErrors(firstLine.split(separator)) : [];
  if (!separator || bad.length > 0)
    return done(bad.length > 0 ? bad : [{ row: 1, column: null, message: "imports.errors.fecSeparator" }]);
  result.separator = separator;

  async function* rest(): AsyncGenerator<string> {
    yield head;
    if (next.done) return;
    for (;;) {
      next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const balances = new EntryBalances();
  const range = options.fiscalYear ?? null;
  try {
    for await (const batch of fecRecords(rest(), separator))
      for (const { line, cells: record } of batch) {
        if (line === 1) continue;
        result.lines += 1;
        const cells = record.map((c) => c.trim());
        if (cells.length !== FEC_COLUMNS.length) {
          errors.add({
            row: line,
            column: null,
            message: "imports.errors.fecColumnCount",
            values: { expected: FEC_COLUMNS.length, found: cells.length },
          });
          continue;
        }
        const cell = (name: (typeof FEC_COLUMNS)[number]) => cells[COL[name]] as string;
        const lineErrors: TImportRowError[] = [];
        for (const name of REQUIRED)
          if (cell(name) === "") lineErrors.push({ row: line, column: name, message: "imports.errors.fecRequired" });
        const date = fecDate(cell("EcritureDate"));
        if (date === null)
          lineErrors.push({
            row: line,
            column: "EcritureDate",
            message: "imports.errors.fecDate",
            values: { value: cell("EcritureDate") },
          });
        else if (range && (date < range.startDate || date > range.endDate))
          lineErrors.push({
            row: line,
            column: "EcritureDate",
            message: "imports.errors.fecOutsidePeriod",
            values: { date, start: range.startDate, end: range.endDate },
          });
        for (const name of OPTIONAL_DATES)
          if (cell(name) !== "" && fecDate(cell(name)) === null)
            lineErrors.push({
              row: line,
              column: name,
              message: "imports.errors.fecDate",
              values: { value: cell(name) },
            });
        const debit = fecAmount(cell("Debit"));
        const credit = fecAmount(cell("Credit"));
        for (const [name, value] of [
          ["Debit", debit],
          ["Credit", credit],
        ] as const)
          if (value === null)
            lineErrors.push({
              row: line,
              column: name,
              message: "imports.errors.fecAmount",
              values: { value: cell(name) },
            });
        const key = balances.keyOf(cell("JournalCode"), cell("EcritureNum"));
        if (lineErrors.length > 0 || date === null || debit === null || credit === null) {
          for (const e of lineErrors) errors.add(e);
          balances.taint(key, line); // its balance would only repeat the line's own error
          continue;
        }
        balances.add(key, line, debit.minus(credit));
        if (result.firstDate === null || date < result.firstDate) result.firstDate = date;
        if (result.lastDate === null || date > result.lastDate) result.lastDate = date;
        options.onLine({
          line,
          journalCode: cell("JournalCode"),
          entryNumber: cell("EcritureNum"),
          date,
          account: cell("CompteNum"),
          accountLabel: cell("CompteLib"),
          debit,
          credit,
        });
      }
  } catch (err) {
    if (err instanceof FileReadError) {
      errors.add({ row: null, column: null, message: "imports.errors.fecEncoding" });
      return { ...result, errors: errors.result() };
    }
    throw err;
  }
  for (const u of balances.unbalanced())
    errors.add({
      row: u.line,
      column: null,
      message: "imports.errors.fecUnbalanced",
      values: { journal: u.journal, entry: u.entry, difference: u.difference },
    });
  if (result.lines === 0 && errors.count === 0)
    errors.add({ row: null, column: null, message: "imports.errors.fecEmpty" });
  return { ...result, errors: errors.result() };
}
