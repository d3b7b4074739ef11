import { describe, expect, it } from "vitest";
import { encodeText } from "@/lib/files/encoding";
import { FEC_COLUMNS, readFec, type TFecLine } from "@/lib/imports/fec/parse";

const HEADER = FEC_COLUMNS.join("\t");
// JournalCode, EcritureNum, date, account, label, debit, credit → one 18-column line.
const line = (j: string, n: string, date: string, account: string, label: string, debit: string, credit: string) =>
  [
    j,
    "Achats",
    n,
    date,
    account,
    label,
    "",
    "",
    "F1",
    "20240110",
    "Facture",
    debit,
    credit,
    "",
    "",
    "20240110",
    "",
    "",
  ].join("\t");
const file = (...lines: string[]) => Buffer.from([HEADER, ...lines].join("\n"), "utf8");

async function read(bytes: Uint8Array, fiscalYear = { startDate: "2024-01-01", endDate: "2024-12-31" }) {
  const lines: TFecLine[] = [];
  const result = await readFec(bytes, { fiscalYear, onLine: (l) => lines.push(l) });
  return { ...result, lines, count: result.lines };
}

describe("readFec", () => {
  it("reads a tab-separated FEC with decimal commas, exactly", async () => {
    const r = await read(
      file(
        line("AC", "1", "20240115", "6064", "Fournitures", "1234,56", ""),
        line("AC", "1", "20240115", "44566", "TVA", "246,91", ""),
        line("AC", "1", "20240115", "401", "Fournisseurs", "", "1481,47"),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.separator).toBe("\t");
    expect(r.count).toBe(3);
    expect(r.lines.map((l) => [l.line, l.account, l.date, l.debit.toFixed(2), l.credit.toFixed(2)])).toEqual([
      [2, "6064", "2024-01-15", "1234.56", "0.00"],
      [3, "44566", "2024-01-15", "246.91", "0.00"],
      [4, "401", "2024-01-15", "0.00", "1481.47"],
    ]);
    expect([r.firstDate, r.lastDate]).toEqual(["2024-01-15", "2024-01-15"]);
  });

  it("detects the pipe separator and reads windows-1252 with a point or comma", async () => {
    const text = [
      FEC_COLUMNS.join("|"),
      line("AC", "7", "20241231", "6061", "Électricité", "0.10", "").replaceAll("\t", "|"),
      line("AC", "7", "20241231", "401", "Fournisseurs", "", "0,1").replaceAll("\t", "|"),
    ].join("\r\n");
    const r = await read(encodeText(text, "windows-1252"));
    expect(r.errors).toEqual([]);
    expect(r.separator).toBe("|");
    expect(r.encoding).toBe("windows-1252");
    expect(r.lines[0]?.accountLabel).toBe("Électricité");
  });

  it("reads UTF-8 with a BOM", async () => {
    const bytes = encodeText(
      `${HEADER}\n${line("BQ", "2", "20240301", "627", "Frais", "12,00", "")}\n${line("BQ", "2", "20240301", "512", "Banque", "", "12,00")}`,
      "utf-8",
      { bom: true },
    );
    const r = await read(bytes);
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe("utf-8");
    expect(r.lines).toHaveLength(2);
  });

  it("reports an entry whose debits and credits differ, on its first line", async () => {
    const r = await read(
      file(
        line("AC", "1", "20240115", "6064", "Fournitures", "100,00", ""),
        line("AC", "1", "20240115", "401", "Fournisseurs", "", "99,99"),
        line("AC", "2", "20240116", "6064", "Fournitures", "50,00", ""),
        line("AC", "2", "20240116", "401", "Fournisseurs", "", "50,00"),
      ),
    );
    expect(r.errors).toEqual([
      {
        row: 2,
        column: null,
        message: "imports.errors.fecUnbalanced",
        values: { journal: "AC", entry: "1", difference: "0.01" },
      },
    ]);
  });

  it("balances an entry whose lines are not contiguous", async () => {
    const r = await read(
      file(
        line("AC", "1", "20240115", "6064", "Fournitures", "100,00", ""),
        line("AC", "2", "20240116", "6064", "Fournitures", "50,00", ""),
        line("AC", "1", "20240115", "401", "Fournisseurs", "", "100,00"),
        line("AC", "2", "20240116", "401", "Fournisseurs", "", "50,00"),
      ),
    );
    expect(r.errors).toEqual([]);
  });

  it("reports wrong column counts, bad dates and amounts, and entries outside the fiscal year, with their lines", async () => {
    const r = await read(
      file(
        line("AC", "1", "20240115", "6064", "Fournitures", "10,00", "").split("\t").slice(0, 17).join("\t"),
        line("AC", "2", "2024-01-16", "6064", "Fournitures", "10,00", ""),
        line("AC", "3", "20240230", "6064", "Fournitures", "10,00", ""),
        line("AC", "4", "20240116", "6064", "Fournitures", "1 000,00", ""),
        line("AC", "5", "20250102", "6064", "Fournitures", "10,00", ""),
        line("AC", "5", "20250102", "401", "Fournisseurs", "", "10,00"),
      ),
    );
    expect(r.errors.map((e) => [e.row, e.column, e.message, e.values])).toEqual([
      [2, null, "imports.errors.fecColumnCount", { expected: 18, found: 17 }],
      [3, "EcritureDate", "imports.errors.fecDate", { value: "2024-01-16" }],
      [4, "EcritureDate", "imports.errors.fecDate", { value: "20240230" }],
      [5, "Debit", "imports.errors.fecAmount", { value: "1 000,00" }],
      [
        6,
        "EcritureDate",
        "imports.errors.fecOutsidePeriod",
        { date: "2025-01-02", start: "2024-01-01", end: "2024-12-31" },
      ],
      [
        7,
        "EcritureDate",
        "imports.errors.fecOutsidePeriod",
        { date: "2025-01-02", start: "2024-01-01", end: "2024-12-31" },
      ],
    ]);
    expect(r.lines).toEqual([]);
  });

  it("refuses a wrong header, an empty file, a header alone and random bytes", async () => {
    const renamed = [...FEC_COLUMNS] as string[];
    renamed[11] = "Débit";
    expect((await read(Buffer.from(renamed.join("\t")))).errors).toEqual([
      {
        row: 1,
        column: "Débit",
        message: "imports.errors.fecHeader",
        values: { position: 12, expected: "Debit", found: "Débit" },
      },
    ]);
    expect((await read(Buffer.from(FEC_COLUMNS.slice(0, 10).join("\t")))).errors[0]).toMatchObject({
      row: 1,
      message: "imports.errors.fecColumnCount",
      values: { expected: 18, found: 10 },
    });
    expect((await read(new Uint8Array(0))).errors).toEqual([
      { row: null, column: null, message: "imports.errors.fecEmpty" },
    ]);
    expect((await read(Buffer.from(`${HEADER}\n`))).errors).toEqual([
      { row: null, column: null, message: "imports.errors.fecEmpty" },
    ]);
    const noise = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const r = await read(noise);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.lines).toEqual([]);
  });

  it("keeps the first errors and counts the rest", async () => {
    const bad = Array.from({ length: 250 }, (_, i) => line("AC", String(i), "bad", "6064", "x", "1,00", ""));
    const r = await read(file(...bad));
    expect(r.errors).toHaveLength(201);
    expect(r.errors[200]).toEqual({
      row: null,
      column: null,
      message: "imports.errors.fecMoreErrors",
      values: { count: 50 },
    });
  });
});
