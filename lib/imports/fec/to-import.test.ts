import { describe, expect, it } from "vitest";
import type { TFecAccount, TFecNetting } from "@/lib/imports/fec/accounts";
import { fecAccountChoices, fecToParsedImport, type TFecImportContext } from "@/lib/imports/fec/to-import";

const account = (account: string, net: string, firstLine: number, label = `Compte ${account}`): TFecAccount => ({
  account,
  label,
  kind: account.startsWith("2") ? "capital" : "expense",
  debit: net.startsWith("-") ? "0.00" : net,
  credit: net.startsWith("-") ? net.slice(1) : "0.00",
  net,
  lines: 1,
  firstLine,
});
const netting = (accounts: TFecAccount[]): TFecNetting => ({
  separator: "\t",
  encoding: "utf-8",
  lines: 40,
  errors: [],
  firstDate: "2023-01-02",
  lastDate: "2023-12-30",
  accounts,
});
const ctx = (overrides: Partial<TFecImportContext> = {}): TFecImportContext => ({
  periodId: "period-1",
  spendYear: 2023,
  remembered: [],
  physicalActivityTypes: [],
  ...overrides,
});

const LEDGER = [
  account("2183", "2400.00", 30, "Matériel informatique"),
  account("6061", "5000.00", 2, "Électricité"),
  account("6064", "1000.10", 4, "Fournitures administratives"),
  account("607", "800.00", 6),
  account("6097", "-100.05", 8, "RRR obtenus"),
  account("6251", "1200.00", 10, "Voyages"),
  account("6411", "30000.00", 12, "Salaires"),
  account("6811", "1500.00", 14),
];

describe("fecToParsedImport", () => {
  it("makes one spend row per mapped account, and counts excluded and out-of-scope spend apart", () => {
    const parsed = fecToParsedImport(netting(LEDGER), ctx());
    expect(parsed.format).toBe("fec");
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.input.quantity, r.input.options, r.input.label])).toEqual([
      [4, "1000.10", { ratioCategory: "paper", purpose: "purchased_goods" }, "6064 Fournitures administratives"],
      // 6097's rebate reduces the largest account of its group (other manufactured goods, purchased goods)
      [
        6,
        "699.95",
        { ratioCategory: "other_manufactured_goods", purpose: "purchased_goods" },
        "607 Compte 607 (− 6097)",
      ],
      [10, "1200.00", { ratioCategory: "land_transport", purpose: "business_travel" }, "6251 Voyages"],
      [30, "2400.00", { ratioCategory: "it_hardware", purpose: "capital_goods" }, "2183 Matériel informatique"],
    ]);
    expect(parsed.rows[0]?.input).toMatchObject({
      periodId: "period-1",
      activityTypeId: "spend.ratio",
      unit: "EUR",
      activityYear: 2023,
    });
    // 2400 + 1000.10 + 800 − 100.05 + 1200 = 5300.05 mapped; 5000 excluded; 31500 out of scope; 41800.05 in all
    expect(parsed.totals).toMatchObject({
      spendTotal: "41800.05",
      spendMapped: "5300.05",
      spendExcluded: "5000.00",
      spendOutOfScope: "31500.00",
      shareMapped: "0.126795",
      shareExcluded: "0.119617",
      shareOutOfScope: "0.753588",
      accountsMapped: "5",
      accountsExcluded: "1",
      accountsOutOfScope: "2",
      doubleCounting: "",
    });
  });

  it("uses the organisation's remembered choice over the default, and warns when a covered account is mapped", () => {
    const remembered = [
      {
        account: "6061",
        treatment: "mapped" as const,
        ratioCategory: "other_manufactured_goods",
        purpose: "purchased_goods",
      },
      { account: "6251", treatment: "excluded" as const, ratioCategory: null, purpose: null },
      { account: "6064", treatment: "mapped" as const, ratioCategory: "printing", purpose: "purchased_services" },
    ];
    const physicalActivityTypes = ["energy.electricity.grid", "travel.plane"];
    const choices = fecAccountChoices(LEDGER, ctx({ remembered, physicalActivityTypes }));
    const byAccount = new Map(choices.map((c) => [c.account, c]));
    expect(byAccount.get("6061")).toMatchObject({ treatment: "mapped", source: "organization", doubleCounting: true });
    expect(byAccount.get("6251")).toMatchObject({
      treatment: "excluded",
      source: "organization",
      doubleCounting: false,
    });
    expect(byAccount.get("6064")).toMatchObject({ ratioCategory: "printing", purpose: "purchased_services" });
    expect(byAccount.get("607")).toMatchObject({ source: "default", defaultPrefix: "607" });
    const parsed = fecToParsedImport(netting(LEDGER), ctx({ remembered, physicalActivityTypes }));
    expect(parsed.totals?.doubleCounting).toBe("6061");
    expect(parsed.totals?.spendExcluded).toBe("1200.00");
    // With the default (6061 excluded, 6251 mapped) and flights in the period, 6251 is the warning.
    expect(fecToParsedImport(netting(LEDGER), ctx({ physicalActivityTypes })).totals?.doubleCounting).toBe("6251");
  });

  it("refuses a group whose credits exceed its debits, and makes no rows from a file with errors", () => {
    const parsed = fecToParsedImport(netting([account("6097", "-50.00", 3), account("6064", "10.00", 5)]), ctx());
    expect(parsed.errors).toEqual([
      {
        row: 3,
        column: "CompteNum",
        message: "imports.errors.fecNegativeSpend",
        values: { account: "6097", amount: "-50.00" },
      },
    ]);
    expect(parsed.rows.map((r) => r.input.label)).toEqual(["6064 Compte 6064"]);
    const broken = { ...netting(LEDGER), errors: [{ row: 7, column: null, message: "imports.errors.fecUnbalanced" }] };
    expect(fecToParsedImport(broken, ctx()).rows).toEqual([]);
  });
});
