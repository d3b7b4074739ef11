import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { dashboardExport } from "@/lib/exports/dashboard-export";
import { DASHBOARD_TABLES, type TDashboardTable } from "@/lib/exports/dashboard-tables";
import { aggregateEmissions } from "@/lib/reporting/aggregate";
import { yearOverYear } from "@/lib/reporting/year-over-year";
import { storeHandActivity } from "@/lib/reporting/testing";
import { testDb } from "@/tests/fixtures/tenants";

const db = testDb();
afterAll(() => db.$disconnect());

// 2023: 300 kg. 2024: scope 2 100 kg (market 80) + cat. 3 20 kg on "=HYPERLINK(…)" (a hostile site name),
// cat. 6 200 kg (DESNZ factor), cat. 1 80 kg on no site; submitted scope 1 50 kg. Another organisation 9 999 kg.
let t: Awaited<ReturnType<typeof tenantWithPeriods>>;
const HOSTILE = '=HYPERLINK("http://evil.example","x")';

beforeAll(async () => {
  t = await tenantWithPeriods(db, [2023, 2024]);
  const org = t.organizationId;
  const p24 = t.periodOf(2024);
  await db.site.updateMany({ where: { id: t.siteId, organizationId: org }, data: { name: HOSTILE } });
  await db.organization.updateMany({ where: { id: org }, data: { baseYear: 2023 } });
  await storeHandActivity(db, org, {
    periodId: t.periodOf(2023),
    activityTypeId: "travel.plane",
    lines: [{ kg: "300", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.electricity.grid",
    siteId: t.siteId,
    lines: [
      { kg: "100", market: "80", scope: 2, begesPoste: "2.1", pct: "10" },
      { kg: "20", scope: 3, ghgCategory: 3, begesPoste: "4.1", pct: "10" },
    ],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "travel.plane",
    lines: [{ kg: "200", scope: 3, ghgCategory: 6, begesPoste: "3.5", pct: "20", factorId: "desnz:9@2025" }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "spend.it_services",
    lines: [{ kg: "80", scope: 3, ghgCategory: 1, begesPoste: "4.5", pct: null, known: false }],
  });
  await storeHandActivity(db, org, {
    periodId: p24,
    activityTypeId: "energy.gas",
    status: "SUBMITTED",
    lines: [{ kg: "50", scope: 1, begesPoste: "1.1", pct: "5" }],
  });
  const other = await tenantWithPeriods(db);
  await storeHandActivity(db, other.organizationId, {
    periodId: other.periodOf(2024),
    activityTypeId: "travel.plane",
    lines: [{ kg: "9999", scope: 3, ghgCategory: 6, begesPoste: "3.5" }],
  });
});

const scope = () => ({ organization: t.organization, userEmail: "auditor@example.com" });

async function xlsx(table: TDashboardTable, searchParams: Record<string, string | undefined> = {}, locale = "fr") {
  const file = await dashboardExport(db, scope(), {
    table,
    format: "xlsx",
    searchParams: { period: t.periodOf(2024), ...searchParams },
    locale: locale as "fr",
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file!.body.buffer as ArrayBuffer);
  const values = (i: number) =>
    (workbook.worksheets[i]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  return { file: file!, rows: values(0), notes: values(1) };
}

const reportTotal = async (statuses: "validated" | "submitted", scope2: "location" | "market" = "location") =>
  Number(
    (
      await aggregateEmissions(db, t.organizationId, {
        periodIds: [t.periodOf(2024)],
        statuses,
        scope2,
        groupBy: [],
      })
    ).groups[0]!.kgCO2e,
  );

describe("dashboard table exports", () => {
  it("every table's total row equals lib/reporting's total (validated, location: 400 kg)", async () => {
    expect(await reportTotal("validated")).toBe(400);
    for (const table of ["categories", "postes", "sites", "products", "sources"] as const) {
      const { rows } = await xlsx(table);
      const last = rows.at(-1)!;
      expect(last.includes("Total"), table).toBe(true);
      expect(last.filter((v) => typeof v === "number")[0], table).toBe(400);
    }
    const scopes = (await xlsx("scopes")).rows;
    expect(scopes.find((r) => r[0] === "Total")?.[1]).toBe(400);
    expect(scopes.slice(1, 4).map((r) => r[1])).toEqual([0, 100, 300]);
    expect(scopes.slice(5).map((r) => r[1])).toEqual([100, 80]); // scope 2 both ways
  });

  it("follows the dashboard's state: submitted basis + market scope 2 + BEGES view", async () => {
    const expected = await reportTotal("submitted", "market");
    expect(expected).toBe(430); // 50 + 80 + 20 + 200 + 80
    const { rows, notes, file } = await xlsx("categories", { basis: "submitted", scope2: "market", view: "beges" });
    expect(rows.at(-1)![2]).toBe(expected);
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(["3", "4", "2", "1"]); // BEGES categories, largest first
    expect(notes).toContainEqual(["Données comptées", "Données validées et soumises (pas encore validées)"]);
    expect(notes).toContainEqual(["Méthode du scope 2", "Marché (market-based)"]);
    expect(notes).toContainEqual(["Généré par", "auditor@example.com"]);
    expect(file.fileName).toBe(`albedo_${t.organization.slug}_2024_categories.xlsx`);
  });

  it("the notes sheet names the factor releases behind the figures with their licences", async () => {
    const { notes } = await xlsx("scopes", {}, "en");
    const ademe = notes.find((r) => r[0] === "ademe");
    const release = await db.factorRelease.findFirst({ where: { source: "ademe", version: "23.6" } });
    expect(ademe).toEqual([
      "ademe",
      "23.6",
      release?.publisher,
      release?.title,
      release?.licence,
      release?.attribution,
      3,
    ]);
    expect(notes.find((r) => r[0] === "desnz")?.slice(0, 2)).toEqual(["desnz", "2025"]);
  });

  it("the comparison table has 2023 (the base and previous year) beside 2024", async () => {
    const { rows } = await xlsx("comparison");
    expect(rows[0]).toEqual([
      "Catégorie",
      "Période 2024 (kgCO2e)",
      "Période 2023 (kgCO2e)",
      "Écart vs 2023 (kgCO2e)",
      "Écart vs 2023 (%)",
    ]);
    expect(rows.at(-1)).toEqual(["Total", 400, 300, 100, 100 / 300]);
  });

  it("the year-over-year table has lib/reporting's split against the base year, effects apart, adding up to Δ", async () => {
    const split = await yearOverYear(db, t.organizationId, {
      fromPeriodId: t.periodOf(2023),
      toPeriodId: t.periodOf(2024),
      statuses: "validated",
      scope2: "location",
    });
    const { rows } = await xlsx("yoy", { against: "base" });
    expect(rows[0]).toEqual([
      "Catégorie",
      "Période 2023 (kgCO2e)",
      "Période 2024 (kgCO2e)",
      "Écart vs 2023 (kgCO2e)",
      "Écart vs 2023 (%)",
      "Effet activité (kgCO2e)",
      "Effet facteurs (kgCO2e)",
      "Périmètre (kgCO2e)",
    ]);
    const total = split.total;
    const activityOnly = Number(total.activityKg) - Number(total.perimeterKg);
    expect(rows.at(-1)).toEqual([
      "Total",
      300,
      400,
      100,
      100 / 300,
      activityOnly,
      Number(total.factorKg),
      Number(total.perimeterKg),
    ]);
    for (const row of rows.slice(1)) {
      const [, , , delta, , activity, factor, perimeter] = row as number[];
      expect(activity! + factor! + perimeter!).toBeCloseTo(delta!, 6);
    }
    expect(rows.slice(1, -1).length).toBe(split.ghg.length); // one row per category of the GHG view
    expect((await xlsx("yoy")).rows).toHaveLength(1); // no comparison asked for: the header alone
  });

  it("a hostile site name is neutralised in XLSX and CSV; the other organisation never appears", async () => {
    const { rows } = await xlsx("sites");
    expect(rows.map((r) => r[0])).toContain(`'${HOSTILE}`);
    for (const table of DASHBOARD_TABLES) {
      const file = await dashboardExport(db, scope(), {
        table,
        format: "csv",
        searchParams: { period: t.periodOf(2024) },
        locale: "fr",
      });
      const text = new TextDecoder().decode(file!.body);
      expect(text).not.toContain("9999");
      const cells = (parse(text.slice(1), { delimiter: ";" }) as string[][]).flat();
      expect(
        cells.every((c) => !/^[=+@\t\r]/.test(c)),
        table,
      ).toBe(true);
      if (table === "sites") expect(cells).toContain(`'${HOSTILE}`);
    }
  });

  it("a period id of another organisation falls back to this organisation's latest period", async () => {
    const other = await tenantWithPeriods(db);
    const { rows } = await xlsx("scopes", { period: other.periodOf(2024) });
    expect(rows.find((r) => r[0] === "Total")?.[1]).toBe(400);
  });
});
