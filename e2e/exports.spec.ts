// Exports from the overview dashboard: a table as XLSX or CSV holds the figures on the screen, for a
// manager and a viewer alike, and the auditors' evidence pack is built in the background and downloaded.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

let tenantDb: TenantDb;
test.beforeAll(async () => {
  tenantDb = await openTenantDb();
});
test.afterAll(async () => tenantDb.close());

const frTonnes = (t: number) => new Intl.NumberFormat("fr", { maximumFractionDigits: t < 10 ? 2 : 1 }).format(t);

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));

test("a manager exports the BEGES categories as XLSX: the file's total and categories are the screen's", async ({
  page,
}) => {
  await signIn(page, DEMO.nuage.manager);
  await page.getByTestId("overview-view-select").selectOption("beges");
  await expect(page).toHaveURL(/view=beges/);
  await expect(page.getByTestId("export-categories-xlsx")).toHaveAttribute("href", /view=beges/);
  const { name, bytes } = await download(page, "export-categories-xlsx");
  expect(name).toBe(`albedo_${NUAGE.slug}_2025_categories.xlsx`);
  const workbook = await workbookOf(bytes);
  const rows = rowsOf(workbook.worksheets[0]!);
  const total = rows.at(-1)!;
  expect(total[0]).toBe(fr("exports.rows.total"));
  const totalTonnes = total[3] as number;
  expect(totalTonnes).toBeGreaterThan(0);
  await expect(page.getByTestId("overview-total")).toContainText(frTonnes(totalTonnes));
  // The categories add up to the total (BEGES 1–6, each once), and the notes state the choices.
  const categories = rows.slice(1, -1);
  expect(categories.map((r) => r[0]).sort()).toEqual([...new Set(categories.map((r) => r[0]))].sort());
  expect(categories.reduce((sum, r) => sum + (r[2] as number), 0)).toBeCloseTo(total[2] as number, 3);
  const notes = rowsOf(workbook.getWorksheet(fr("exports.sheets.notes"))!);
  expect(notes).toContainEqual([fr("exports.notes.view"), fr("exports.notes.viewBeges")]);
  expect(notes).toContainEqual([fr("exports.notes.generatedBy"), DEMO.nuage.manager]);
});

test("a viewer exports the scopes as CSV (French: ';' and decimal comma) with the same total", async ({ page }) => {
  await signIn(page, DEMO.nuage.viewer);
  const { name, bytes } = await download(page, "export-scopes-csv");
  expect(name).toBe(`albedo_${NUAGE.slug}_2025_scopes.csv`);
  const text = bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text.slice(1), { delimiter: ";" }) as string[][];
  const total = rows.find((r) => r[0] === fr("exports.rows.total"))!;
  const tonnes = Number(total[2]!.replace(",", "."));
  await expect(page.getByTestId("overview-total")).toContainText(frTonnes(tonnes));
  // A viewer may not read the audit trail, so the evidence pack is not offered.
  await expect(page.getByTestId("evidence-pack-start")).toHaveCount(0);
});

test("a manager builds the evidence pack of 2025 and downloads it: one row per line", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.nuage.manager);
  await page.getByTestId("evidence-pack-start").click();
  await expect(page.getByTestId("evidence-pack-download")).toBeVisible({ timeout: 60_000 });
  // It survives a reload: the finished pack is still offered.
  await page.reload();
  await expect(page.getByTestId("evidence-pack-download")).toBeVisible();
  const { name, bytes } = await download(page, "evidence-pack-download");
  expect(name).toBe(`albedo_${NUAGE.slug}_2025_evidence-pack.xlsx`);
  const workbook = await workbookOf(bytes);
  const lines = rowsOf(workbook.getWorksheet(fr("exports.sheets.lines"))!);
  const stored = await tenantDb.value(
    `SELECT count(*)::text FROM "EmissionLine" e JOIN "ReportingPeriod" p ON p.id = e."periodId"
     JOIN "Organization" o ON o.id = e."organizationId" WHERE o.slug = $1 AND p.year = 2025`,
    [NUAGE.slug],
  );
  expect(lines.length - 1).toBe(Number(stored));
  expect(rowsOf(workbook.getWorksheet(fr("exports.sheets.factors"))!).length).toBeGreaterThan(1);
  const audit = rowsOf(workbook.getWorksheet(fr("exports.sheets.audit"))!);
  expect(audit.some((r) => r[2] === "export.evidencePack" && r[1] === DEMO.nuage.manager)).toBe(true);
});
