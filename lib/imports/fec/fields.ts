// The FEC's field rules (dates, amounts) and the per-entry balance check, apart from the streaming reader.
import { Decimal } from "@/lib/numbers/decimal";
import { isIsoDate } from "@/lib/periods/dates";

const FEC_DATE = /^(\d{4})(\d{2})(\d{2})$/;
// The law asks for a decimal comma; some software writes a point. No thousands separator, no exponent.
const FEC_AMOUNT = /^([+-]?)(\d{1,15})(?:[.,](\d{1,6}))?$/;

// A year of entries has a few hundred distinct dates: each is checked once.
const DATE_CACHE_LIMIT = 10_000;
const dates = new Map<string, string | null>();

/** "20240131" → "2024-01-31"; anything else, or a day that does not exist, → null. */
export function fecDate(text: string): string | null {
  const cached = dates.get(text);
  if (cached !== undefined) return cached;
  const m = FEC_DATE.exec(text);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  const value = iso !== null && isIsoDate(iso) ? iso : null;
  if (dates.size < DATE_CACHE_LIMIT) dates.set(text, value);
  return value;
}

/**
 * The FEC's records, in batches (one per decoded chunk): one per line, fields split on the separator. The format has no quoting (a label may
 * hold a quote character as it is), so a line is a record; blank lines are skipped but keep their number.
 */
export async function* fecRecords(
  text: AsyncIterable<string>,
  separator: string,
): AsyncGenerator<Array<{ line: number; cells: string[] }>> {
  let rest = "";
  let line = 0;
  const record = (raw: string) => {
    line += 1;
    const clean = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    return clean.trim() === "" ? null : { line, cells: clean.split(separator) };
  };
  for await (const chunk of text) {
    const data = rest + chunk;
    const batch = [];
    let start = 0;
    for (let end = data.indexOf("\n"); end !== -1; end = data.indexOf("\n", start)) {
      const r = record(data.slice(start, end));
      if (r) batch.push(r);
      start = end + 1;
    }
    rest = data.slice(start);
    if (batch.length > 0) yield batch; // one await per chunk, not per line
  }
  const last = rest === "" ? null : record(rest);
  if (last) yield [last];
}

const ZERO = new Decimal(0);

/** "1234,56" → 1234.56 exactly; empty → 0; anything else → null. */
export function fecAmount(text: string): Decimal | null {
  if (text === "") return ZERO;
  const m = FEC_AMOUNT.exec(text);
  if (!m) return null;
  return new Decimal(`${m[1]}${m[2]}.${m[3] ?? "0"}`);
}

type TOpen = { journal: string; entry: string; line: number; balance: Decimal; tainted: boolean };
export type TUnbalanced = { journal: string; entry: string; line: number; difference: string };

/**
 * Σ debit − Σ credit per entry (JournalCode + EcritureNum). FEC lines of one entry are usually contiguous:
 * an entry left with a zero balance is forgotten, which keeps memory bounded and stays exact (if it comes
 * back later, its remaining lines must balance on their own, since the forgotten part summed to zero).
 */
export class EntryBalances {
  private readonly open = new Map<string, TOpen>();
  private current: string | null = null;

  keyOf(journal: string, entry: string): string {
    return `${journal}\u0000${entry}`;
  }

  private enter(key: string, line: number): TOpen {
    if (this.current !== null && this.current !== key) {
      const previous = this.open.get(this.current);
      if (previous && (previous.tainted || previous.balance.isZero())) this.open.delete(this.current);
    }
    this.current = key;
    let entry = this.open.get(key);
    if (!entry) {
      const [journal = "", number = ""] = key.split("\u0000");
      entry = { journal, entry: number, line, balance: new Decimal(0), tainted: false };
      this.open.set(key, entry);
    }
    return entry;
  }

  add(key: string, line: number, amount: Decimal): void {
    const entry = this.enter(key, line);
    entry.balance = entry.balance.plus(amount);
  }

  /** A line of this entry had an error: its balance is not checked (the line's own error says why). */
  taint(key: string, line: number): void {
    this.enter(key, line).tainted = true;
  }

  unbalanced(): TUnbalanced[] {
    return [...this.open.values()]
      .filter((e) => !e.tainted && !e.balance.isZero())
      .map((e) => ({
        journal: e.journal,
        entry: e.entry,
        line: e.line,
        difference: e.balance.toFixed(Math.max(2, e.balance.decimalPlaces())),
      }))
      .sort((a, b) => a.line - b.line);
  }
}
