// A generated FEC for tests and the bench: a year of a small company's ledger with real PCG accounts
// (purchases with VAT, credit notes, supplier rebates, payroll, taxes, depreciation, bank fees, fixed-asset
// acquisitions, an opening entry), every entry balanced. The expected net spend per account is counted
// here in integer cents, independently of the reader under test.
import { encodeText, type TextEncoding } from "@/lib/files/encoding";
import { FEC_COLUMNS } from "@/lib/imports/fec/parse";

export type TFecFixtureOptions = {
  year?: number;
  entries?: number; // accounting entries (each 2–3 lines)
  separator?: "\t" | "|";
  encoding?: TextEncoding;
  bom?: boolean;
  seed?: number;
};

export type TFecFixture = {
  text: string;
  bytes: Buffer;
  lines: number; // entry lines, header excluded
  expected: Map<string, string>; // class-6 and class-2 account → net spend "1234.56"
  labels: Map<string, string>;
};

// Purchase accounts with a typical invoice range in cents, and their labels.
const PURCHASES: ReadonlyArray<readonly [string, string, number, number]> = [
  ["6061", "Électricité et gaz", 80_000, 900_000],
  ["6063", "Petit équipement", 5_000, 150_000],
  ["6064", "Fournitures administratives", 2_000, 60_000],
  ["607", "Achats de marchandises", 50_000, 2_500_000],
  ["611", "Sous-traitance générale", 100_000, 3_000_000],
  ["6132", "Locations immobilières", 300_000, 800_000],
  ["6135", "Locations mobilières", 10_000, 200_000],
  ["6155", "Entretien matériel", 10_000, 300_000],
  ["6161", "Assurance multirisque", 50_000, 400_000],
  ["6226", "Honoraires", 50_000, 1_500_000],
  ["6231", "Annonces et insertions", 20_000, 600_000],
  ["6241", "Transports sur achats", 10_000, 250_000],
  ["6242", "Transports sur ventes", 10_000, 400_000],
  ["6251", "Voyages et déplacements", 5_000, 300_000],
  ["6256", "Missions", 2_000, 80_000],
  ["6257", "Réceptions", 5_000, 200_000],
  ["6262", "Télécommunications", 5_000, 120_000],
  ["627", "Services bancaires", 500, 15_000],
];
const ASSETS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["2183", "Matériel informatique", 80_000, 600_000],
  ["2184", "Mobilier", 30_000, 400_000],
  ["2154", "Matériel industriel", 200_000, 3_000_000],
  ["205", "Logiciels", 50_000, 900_000],
];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const euros = (cents: bigint) => {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};
const fecAmount = (cents: bigint) => (cents === 0n ? "0,00" : euros(cents).replace(".", ","));

export function generateFec(options: TFecFixtureOptions = {}): TFecFixture {
  const { year = 2023, entries = 5000, separator = "\t", encoding = "utf-8", bom = false, seed = 17 } = options;
  const rand = random(seed);
  const between = (lo: number, hi: number) => BigInt(Math.floor(lo + rand() * (hi - lo)));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const expected = new Map<string, bigint>();
  const labels = new Map<string, string>();
  const out: string[] = [FEC_COLUMNS.join(separator)];
  const numbers = new Map<string, number>();
  let lines = 0;

  const entry = (journal: string, day: number, text: string, rows: Array<[string, string, bigint, bigint]>) => {
    const n = (numbers.get(journal) ?? 0) + 1;
    numbers.set(journal, n);
    const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10).replaceAll("-", "");
    const journalLib = { AC: "Achats", BQ: "Banque", OD: "Opérations diverses", AN: "À nouveaux", SA: "Salaires" }[
      journal
    ];
    for (const [account, label, debit, credit] of rows) {
      if (journal !== "AN" && /^(6|20|21)/.test(account)) {
        expected.set(account, (expected.get(account) ?? 0n) + debit - credit);
        labels.set(account, label);
      }
      out.push(
        [
          journal,
          journalLib,
          `${journal}${String(n).padStart(6, "0")}`,
          date,
          account,
          label,
          "",
          "",
          `F${n}`,
          date,
          text,
          fecAmount(debit),
          fecAmount(credit),
          "",
          "",
          date,
          "",
          "",
        ].join(separator),
      );
      lines += 1;
    }
  };

  // The opening entry brings forward last year's fixed assets: never an acquisition of this year.
  entry("AN", 0, "Reprise des soldes", [
    ["2183", "Matériel informatique", 1_234_500n, 0n],
    ["101", "Capital", 0n, 1_234_500n],
  ]);
  for (let i = 1; i < entries; i++) {
    const day = Math.floor(rand() * 365);
    const kind = rand();
    if (kind < 0.7) {
      const [account, label, lo, hi] = pick(PURCHASES);
      const ht = between(lo, hi);
      const vat = (ht * 20n) / 100n;
      const creditNote = rand() < 0.08; // a credit note (avoir) reduces the spend
      const [d, c] = creditNote ? [0n, ht] : [ht, 0n];
      entry("AC", day, creditNote ? `Avoir ${label}` : `Facture ${label}`, [
        [account, label, d, c],
        ["44566", "TVA déductible sur ABS", creditNote ? 0n : vat, creditNote ? vat : 0n],
        ["401", "Fournisseurs", creditNote ? ht + vat : 0n, creditNote ? 0n : ht + vat],
      ]);
    } else if (kind < 0.76) {
      const rebate = between(1_000, 200_000); // supplier year-end rebate on goods
      entry("AC", day, "Ristourne fournisseur", [
        ["401", "Fournisseurs", rebate, 0n],
        ["6097", "RRR obtenus sur marchandises", 0n, rebate],
      ]);
    } else if (kind < 0.86) {
      const gross = between(200_000, 600_000);
      const social = (gross * 42n) / 100n;
      entry("SA", day, "Paie", [
        ["6411", "Salaires, appointements", gross, 0n],
        ["6451", "Cotisations à l'URSSAF", social, 0n],
        ["421", "Personnel - rémunérations dues", 0n, gross + social],
      ]);
    } else if (kind < 0.9) {
      const tax = between(10_000, 300_000);
      entry("OD", day, "CFE", [
        ["63511", "Contribution économique territoriale", tax, 0n],
        ["447", "Autres impôts", 0n, tax],
      ]);
    } else if (kind < 0.93) {
      const dep = between(50_000, 500_000);
      entry("OD", day, "Dotation aux amortissements", [
        ["6811", "Dotations aux amortissements", dep, 0n],
        ["28183", "Amortissement matériel informatique", 0n, dep],
      ]);
    } else if (kind < 0.95) {
      const interest = between(1_000, 90_000);
      entry("BQ", day, "Intérêts d'emprunt", [
        ["661", "Charges d'intérêts", interest, 0n],
        ["512", "Banque", 0n, interest],
      ]);
    } else {
      const [account, label, lo, hi] = pick(ASSETS);
      const ht = between(lo, hi);
      const vat = (ht * 20n) / 100n;
      entry("AC", day, `Acquisition ${label}`, [
        [account, label, ht, 0n],
        ["44562", "TVA sur immobilisations", vat, 0n],
        ["404", "Fournisseurs d'immobilisations", 0n, ht + vat],
      ]);
    }
  }
  const income = between(100_000, 900_000);
  entry("OD", 364, "Impôt sur les sociétés", [
    ["695", "Impôts sur les bénéfices", income, 0n],
    ["444", "État - impôts sur les bénéfices", 0n, income],
  ]);
  const text = `${out.join("\r\n")}\r\n`;
  return {
    text,
    bytes: encodeText(text, encoding, { bom }),
    lines,
    expected: new Map([...expected].map(([a, c]) => [a, euros(c)])),
    labels,
  };
}
