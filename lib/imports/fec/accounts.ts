// Net spend per account from an FEC (docs/methodology.md, "Spend-based (monetary) data and the FEC"):
// Σ(debit − credit) per account, so credit notes, rebates and reversals reduce the spend, exact to the
// cent (decimal.js). Kept: class-6 expense accounts and class-2 acquisitions (20 intangible, 21 tangible
// fixed assets). Not kept: balance-sheet accounts, depreciation of assets (28, 29), and opening entries
// ("à nouveaux"), which only bring forward earlier years' fixed-asset balances.
import { Decimal } from "@/lib/numbers/decimal";
import { readFec, type TFecReadOptions, type TFecReadResult } from "@/lib/imports/fec/parse";

export type TFecAccountKind = "expense" | "capital";

export type TFecAccount = {
  account: string; // CompteNum as written
  label: string; // the first CompteLib seen
  kind: TFecAccountKind;
  debit: string; // Σ debit, two decimals at least
  credit: string;
  net: string; // debit − credit: the spend (negative when credits exceed debits)
  lines: number;
  firstLine: number; // the file line of its first entry
};

export type TFecNetting = Omit<TFecReadResult, "lines"> & { lines: number; accounts: TFecAccount[] };

// Journal codes accounting software gives opening entries (case-insensitive).
const OPENING_JOURNALS = new Set(["AN", "RAN", "ANO", "ANOU", "ANV", "OUV", "NOUV"]);

export function accountKind(account: string): TFecAccountKind | null {
  if (account.startsWith("6")) return "expense";
  if (account.startsWith("20") || account.startsWith("21")) return "capital";
  return null;
}

const money = (d: Decimal) => d.toFixed(Math.max(2, d.decimalPlaces()));

type TSum = { label: string; kind: TFecAccountKind; debit: Decimal; credit: Decimal; lines: number; firstLine: number };

/** Reads an FEC and nets the spend of each class-6 and class-2 account. */
export async function netFecAccounts(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  options: Omit<TFecReadOptions, "onLine"> = {},
): Promise<TFecNetting> {
  const sums = new Map<string, TSum>();
  const read = await readFec(source, {
    ...options,
    onLine: (line) => {
      const kind = accountKind(line.account);
      if (kind === null || OPENING_JOURNALS.has(line.journalCode.toUpperCase())) return;
      let sum = sums.get(line.account);
      if (!sum) {
        sum = {
          label: line.accountLabel,
          kind,
          debit: new Decimal(0),
          credit: new Decimal(0),
          lines: 0,
          firstLine: line.line,
        };
        sums.set(line.account, sum);
      }
      if (sum.label === "") sum.label = line.accountLabel;
      sum.debit = sum.debit.plus(line.debit);
      sum.credit = sum.credit.plus(line.credit);
      sum.lines += 1;
    },
  });
  const accounts = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([account, s]) => ({
      account,
      label: s.label,
      kind: s.kind,
      debit: money(s.debit),
      credit: money(s.credit),
      net: money(s.debit.minus(s.credit)),
      lines: s.lines,
      firstLine: s.firstLine,
    }));
  return { ...read, accounts };
}
