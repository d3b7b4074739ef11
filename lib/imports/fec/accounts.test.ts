import { describe, expect, it } from "vitest";
import { FEC_COLUMNS } from "@/lib/imports/fec/parse";
import { netFecAccounts } from "@/lib/imports/fec/accounts";
import { generateFec } from "@/lib/imports/fec/testing/generate";

const YEAR = { startDate: "2023-01-01", endDate: "2023-12-31" };
const line = (j: string, n: string, account: string, debit: string, credit: string) =>
  [
    j,
    "J",
    n,
    "20230601",
    account,
    `Compte ${account}`,
    "",
    "",
    "P",
    "20230601",
    "x",
    debit,
    credit,
    "",
    "",
    "20230601",
    "",
    "",
  ].join("|");

describe("netFecAccounts", () => {
  it("nets debits and credits per account: credit notes and rebates reduce the spend, to the cent", async () => {
    const text = [
      FEC_COLUMNS.join("|"),
      line("AC", "1", "6064", "1000,10", ""),
      line("AC", "1", "401", "", "1000,10"),
      line("AC", "2", "6064", "", "200,05"), // a credit note
      line("AC", "2", "401", "200,05", ""),
      line("AC", "3", "6097", "", "0,03"), // a rebate booked apart
      line("AC", "3", "401", "0,03", ""),
      line("AC", "4", "2183", "1500,00", ""),
      line("AC", "4", "404", "", "1500,00"),
      line("AN", "1", "2184", "9999,99", ""), // opening balance: not an acquisition
      line("AN", "1", "101", "", "9999,99"),
      line("OD", "1", "6811", "300,00", ""),
      line("OD", "1", "28183", "", "300,00"),
    ].join("\n");
    const r = await netFecAccounts(Buffer.from(text), { fiscalYear: YEAR });
    expect(r.errors).toEqual([]);
    expect(r.accounts.map((a) => [a.account, a.kind, a.debit, a.credit, a.net, a.lines, a.firstLine])).toEqual([
      ["2183", "capital", "1500.00", "0.00", "1500.00", 1, 8],
      ["6064", "expense", "1000.10", "200.05", "800.05", 2, 2],
      ["6097", "expense", "0.00", "0.03", "-0.03", 1, 6],
      ["6811", "expense", "300.00", "0.00", "300.00", 1, 12],
    ]);
  });

  it.each([
    ["tab, UTF-8", { separator: "\t" as const }],
    ["pipe, windows-1252", { separator: "|" as const, encoding: "windows-1252" as const }],
    ["tab, UTF-8 with BOM", { separator: "\t" as const, bom: true }],
  ])("gives the generated ledger's spend per account to the cent (%s)", async (_, options) => {
    const fixture = generateFec({ entries: 4000, ...options });
    const r = await netFecAccounts(fixture.bytes, { fiscalYear: YEAR });
    expect(r.errors).toEqual([]);
    expect(r.lines).toBe(fixture.lines);
    expect(r.lines).toBeGreaterThan(10_000);
    expect(new Map(r.accounts.map((a) => [a.account, a.net]))).toEqual(fixture.expected);
    expect(r.accounts.find((a) => a.account === "6061")?.label).toBe("Électricité et gaz");
    // The fixture has credit notes on purchase accounts and a credit-balance rebate account.
    expect(r.accounts.some((a) => a.account === "6097" && a.net.startsWith("-"))).toBe(true);
    expect(r.accounts.some((a) => a.credit !== "0.00" && a.account.startsWith("60"))).toBe(true);
  });
});
