import { afterAll, describe, expect, it } from "vitest";
import { saveActivitiesBulk } from "@/lib/activity/bulk";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { loadShippedReleases } from "@/lib/factors/releases";
import spendRatios from "@/emission-factors/mappings/spend-ratios.json";
import { Decimal } from "@/lib/numbers/decimal";
import { FEC_COLUMNS } from "@/lib/imports/fec/parse";
import { analyseFec, parseFecForPeriod } from "@/lib/imports/fec/preview";
import { listFecMappings, resetFecMapping, saveFecMapping } from "@/lib/imports/fec/mappings";
import { ZFecMappingSave } from "@/lib/imports/fec/schemas";
import { generateFec } from "@/lib/imports/fec/testing/generate";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// kgCO2e per k€ of each ratio category in 2023, from the shipped ADEME release (not from the engine).
const records = new Map(
  loadShippedReleases()
    .flatMap((r) => r.factors)
    .filter((f) => f.source === "ademe")
    .map((f) => [f.sourceId, f.value]),
);
const ratio2023 = (category: string) => {
  const c = spendRatios.categories.find((x) => x.id === category);
  return new Decimal(records.get((c?.elements as Record<string, string>)["2023"] ?? "") ?? "NaN");
};
const GHG_CATEGORY: Record<string, number> = {
  purchased_goods: 1,
  purchased_services: 1,
  capital_goods: 2,
  business_travel: 6,
  freight_inbound: 4,
  freight_outbound: 4,
};

describe("an FEC imported through saveActivitiesBulk", () => {
  it("gives the expected spend per account to the cent and the expected emissions per category", async () => {
    const t = await tenantWithPeriods(db, [2023]);
    const periodId = t.periodOf(2023);
    const fixture = generateFec({ entries: 3000, separator: "|", seed: 5 });
    const { parsed, netting } = await parseFecForPeriod(db, t.organizationId, { periodId, bytes: fixture.bytes });
    expect(parsed.errors).toEqual([]);
    expect(new Map(netting.accounts.map((a) => [a.account, a.net]))).toEqual(fixture.expected);
    // 6061 excluded by default; payroll, taxes, depreciation, interest, income tax out of scope; 6097 netted into 607.
    const byAccount = new Map(parsed.rows.map((r) => [String(r.input.label).split(" ")[0], r.input]));
    expect([...byAccount.keys()].sort()).toEqual(
      [
        "205",
        "2154",
        "2183",
        "2184",
        "6063",
        "6064",
        "607",
        "611",
        "6132",
        "6135",
        "6155",
        "6161",
        "6226",
        "6231",
        "6241",
        "6242",
        "6251",
        "6256",
        "6257",
        "6262",
        "627",
      ].sort(),
    );
    const cents = (v: string | undefined) => new Decimal(v ?? "0");
    expect(byAccount.get("6064")?.quantity).toBe(fixture.expected.get("6064"));
    // Rebates on goods (6097) reduce the largest account of their group.
    const goods = ["6063", "607"].map((a) => cents(fixture.expected.get(a)));
    const largest = goods[0]!.gt(goods[1]!) ? "6063" : "607";
    expect(cents(String(byAccount.get(largest)?.quantity)).toFixed(2)).toBe(
      cents(fixture.expected.get(largest))
        .plus(cents(fixture.expected.get("6097")))
        .toFixed(2),
    );
    const out = ["6411", "6451", "63511", "6811", "661", "695"].reduce(
      (s, a) => s.plus(cents(fixture.expected.get(a))),
      new Decimal(0),
    );
    expect(parsed.totals?.spendOutOfScope).toBe(out.toFixed(2));
    expect(parsed.totals?.spendExcluded).toBe(fixture.expected.get("6061"));

    const saved = await saveActivitiesBulk(
      db,
      t.scope(),
      parsed.rows.map((r) => ({ ...r.input, sourceKind: "FEC_IMPORT", sourceRef: `fec-test:${r.row}` })),
    );
    expect(saved.created).toBe(parsed.rows.length);

    const expected = new Map<number, Decimal>();
    for (const r of parsed.rows) {
      const { ratioCategory, purpose } = r.input.options as { ratioCategory: string; purpose: string };
      const cat = GHG_CATEGORY[purpose] as number;
      const kg = new Decimal(String(r.input.quantity)).dividedBy(1000).times(ratio2023(ratioCategory));
      expected.set(cat, (expected.get(cat) ?? new Decimal(0)).plus(kg));
    }
    const lines = await db.emissionLine.groupBy({
      by: ["ghgCategory"],
      where: { organizationId: t.organizationId, periodId },
      _sum: { kgCO2e: true },
    });
    const actual = new Map(lines.map((l) => [l.ghgCategory, new Decimal(String(l._sum.kgCO2e))]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [cat, kg] of expected) {
      // Lines are stored in micro-kg: at most half a micro-kg of rounding per row.
      expect(
        actual.get(cat)!.minus(kg).abs().lte(new Decimal(parsed.rows.length).times("0.000001")),
        `category ${cat}`,
      ).toBe(true);
    }
  });

  it("previews the rows' kgCO2e through the engine and warns about double counting", async () => {
    const t = await tenantWithPeriods(db, [2023]);
    const periodId = t.periodOf(2023);
    await saveActivitiesBulk(db, t.scope(), [
      { periodId, activityTypeId: "travel.train.tgv", quantity: "1000", unit: "p.km" },
    ]);
    const preview = await analyseFec(db, t.organizationId, { periodId, bytes: generateFec({ entries: 800 }).bytes });
    expect(preview.errors).toEqual([]);
    expect(preview.totals.doubleCounting).toBe("6251");
    expect(preview.accounts.find((a) => a.account === "6251")?.doubleCounting).toBe(true);
    const row = preview.rows.find((r) => r.account === "6064");
    expect(row?.preview.ok).toBe(true);
    const kg = new Decimal(row!.quantity).dividedBy(1000).times(ratio2023("paper"));
    expect(row?.preview.ok && new Decimal(row.preview.kgCO2e).minus(kg).abs().lte("0.000001")).toBe(true);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(1); // nothing written
  });
});

describe("remembered account mappings", () => {
  it("are used by the next FEC of the same organisation, never by another one, and are audited", async () => {
    const a = await tenantWithPeriods(db, [2023, 2024]);
    const b = await tenantWithPeriods(db, [2023]);
    await saveFecMapping(
      db,
      a.scope(),
      ZFecMappingSave.parse({
        account: "6064",
        treatment: "mapped",
        ratioCategory: "printing",
        purpose: "purchased_services",
      }),
    );
    await saveFecMapping(
      db,
      a.scope(),
      ZFecMappingSave.parse({
        account: "6251",
        treatment: "excluded",
        ratioCategory: "air_transport",
        purpose: "business_travel",
      }),
    );
    expect(await listFecMappings(db, a.organizationId)).toEqual([
      { account: "6064", treatment: "mapped", ratioCategory: "printing", purpose: "purchased_services" },
      { account: "6251", treatment: "excluded", ratioCategory: null, purpose: null },
    ]);
    expect(await listFecMappings(db, b.organizationId)).toEqual([]);
    const bytes = generateFec({ entries: 600, year: 2024 }).bytes;
    const nextYear = await parseFecForPeriod(db, a.organizationId, { periodId: a.periodOf(2024), bytes });
    const row6064 = nextYear.parsed.rows.find((r) => String(r.input.label).startsWith("6064 "));
    expect(row6064?.input.options).toEqual({ ratioCategory: "printing", purpose: "purchased_services" });
    expect(nextYear.parsed.rows.some((r) => String(r.input.label).startsWith("6251 "))).toBe(false);
    const other = await parseFecForPeriod(db, b.organizationId, {
      periodId: b.periodOf(2023),
      bytes: generateFec({ entries: 600 }).bytes,
    });
    expect(other.parsed.rows.find((r) => String(r.input.label).startsWith("6064 "))?.input.options).toEqual({
      ratioCategory: "paper",
      purpose: "purchased_goods",
    });

    // Saving the same account in B leaves A's choice alone; B cannot reset A's.
    await saveFecMapping(db, b.scope(), ZFecMappingSave.parse({ account: "6064", treatment: "outOfScope" }));
    expect((await listFecMappings(db, a.organizationId))[0]?.ratioCategory).toBe("printing");
    await resetFecMapping(db, b.scope(), "6064");
    await expect(resetFecMapping(db, b.scope(), "6251")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listFecMappings(db, a.organizationId)).toHaveLength(2);

    const audit = await db.auditEvent.findMany({
      where: { organizationId: a.organizationId, action: { startsWith: "fecMapping." } },
    });
    expect(audit).toHaveLength(2);
    expect(
      await db.auditEvent.count({ where: { organizationId: b.organizationId, action: { startsWith: "fecMapping." } } }),
    ).toBe(2);
  });

  it("refuses an unknown ratio category or purpose", () => {
    expect(
      ZFecMappingSave.safeParse({
        account: "6064",
        treatment: "mapped",
        ratioCategory: "nope",
        purpose: "purchased_goods",
      }).success,
    ).toBe(false);
    expect(
      ZFecMappingSave.safeParse({ account: "6064", treatment: "mapped", ratioCategory: "paper", purpose: "gifts" })
        .success,
    ).toBe(false);
    expect(ZFecMappingSave.safeParse({ account: "abc", treatment: "excluded" }).success).toBe(false);
  });
});

describe("bad FEC files", () => {
  const header = FEC_COLUMNS.join("\t");
  const line = (n: string, account: string, debit: string, credit: string, date = "20230301") =>
    ["AC", "Achats", n, date, account, "x", "", "", "P", date, "x", debit, credit, "", "", date, "", ""].join("\t");

  it.each([
    ["unbalanced", [line("1", "6064", "10,00", ""), line("1", "401", "", "9,00")], "imports.errors.fecUnbalanced"],
    [
      "a wrong column count",
      [line("1", "6064", "10,00", "") + "\textra", line("1", "401", "", "10,00")],
      "imports.errors.fecColumnCount",
    ],
    [
      "a bad date",
      [line("1", "6064", "10,00", "", "2023-03-01"), line("1", "401", "", "10,00")],
      "imports.errors.fecDate",
    ],
    [
      "outside the period",
      [line("1", "6064", "10,00", "", "20240301"), line("1", "401", "", "10,00", "20240301")],
      "imports.errors.fecOutsidePeriod",
    ],
    ["empty", [], "imports.errors.fecEmpty"],
  ])("reports %s, gives no rows and writes nothing", async (_, lines, message) => {
    const t = await tenantWithPeriods(db, [2023]);
    const bytes = Buffer.from([header, ...lines].join("\n"));
    const { parsed } = await parseFecForPeriod(db, t.organizationId, { periodId: t.periodOf(2023), bytes });
    expect(parsed.errors.map((e) => e.message)).toContain(message);
    expect(parsed.rows).toEqual([]);
    expect(await db.activityData.count({ where: { organizationId: t.organizationId } })).toBe(0);
  });

  it("refuses another organisation's period", async () => {
    const a = await tenantWithPeriods(db, [2023]);
    const b = await tenantWithPeriods(db, [2023]);
    await expect(
      parseFecForPeriod(db, a.organizationId, {
        periodId: b.periodOf(2023),
        bytes: generateFec({ entries: 10 }).bytes,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
