// Issue 16's acceptance journey in one go, as a manager lives it: the dashboard, GHG Protocol ↔ BEGES, a
// drill from the largest category down to a line and its factor, the base-year comparison, and the XLSX
// exports of what the screen shows, parsed and compared with it.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";

const frTonnes = (t: number, digits = Math.abs(t) < 10 ? 2 : 1) =>
  new Intl.NumberFormat("fr", { maximumFractionDigits: digits }).format(t);

async function xlsxRows(page: Page, testId: string): Promise<unknown[][]> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path()) as string)) as unknown as ArrayBuffer);
  return (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
}

test("a manager switches GHG ↔ BEGES, drills to a line and its factor, compares with the base year and exports what the screen shows", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.nuage.manager);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  const total = (await page.getByTestId("overview-total").textContent()) ?? "";

  // GHG Protocol → BEGES → back: the total stays, the classification changes.
  await page.getByTestId("overview-view-select").selectOption("beges");
  await expect(page).toHaveURL(/view=beges/);
  await expect(page.getByRole("img", { name: fr("dashboard.charts.beges") })).toBeVisible();
  await expect(page.getByTestId("overview-total")).toHaveText(total);
  await page.getByTestId("overview-view-select").selectOption("ghg");
  await expect(page).toHaveURL(/view=ghg/);
  const ghgChart = page.getByRole("img", { name: fr("dashboard.charts.ghg") });
  await expect(ghgChart).toBeVisible();

  // The largest category (the chart's first bar label) → its lines → the largest line → its factor.
  await ghgChart.locator("a").first().click();
  await expect(page.getByRole("heading", { name: fr("lines.title") })).toBeVisible();
  await expect(page.getByTestId("lines-total")).toBeVisible();
  // The largest line with a library factor (a product's modelled embodied share is booked as an assessed
  // figure, which has no factor page).
  await page.getByTestId("line-row").filter({ hasNotText: "assessed:" }).first().getByTestId("line-link").click();
  await expect(page.getByRole("heading", { name: fr("lines.detail.factorTitle") })).toBeVisible();
  const factorName = (await page.getByTestId("factor-name").textContent())?.trim() ?? "";
  await page.getByTestId("factor-link").click();
  await expect(page.getByRole("heading", { level: 2, name: factorName, exact: true })).toBeVisible();

  // Back on the dashboard: the base-year comparison, then the exports of both tables.
  await page.goto(`/${NUAGE.slug}`);
  await page
    .getByTestId("yoy-against")
    .getByRole("radio", { name: fr("dashboard.yoy.base", { period: "2022" }) })
    .click();
  await expect(page).toHaveURL(/against=base/);
  await expect(page.getByTestId("yoy-waterfall")).toBeVisible();
  await expect(page.getByTestId("export-yoy-xlsx")).toHaveAttribute("href", /against=base/);

  const categories = await xlsxRows(page, "export-categories-xlsx");
  const categoriesTotal = categories.at(-1)!;
  expect(categoriesTotal[0]).toBe(fr("exports.rows.total"));
  await expect(page.getByTestId("overview-total")).toContainText(frTonnes(categoriesTotal[3] as number));

  // The year-over-year file's total row: 2022, 2025, Δ and the three effects, as the screen's total row.
  const yoy = await xlsxRows(page, "export-yoy-xlsx");
  const yoyTotal = yoy.at(-1)!;
  expect(yoyTotal[0]).toBe(fr("exports.rows.total"));
  const [e0, e1, delta, , activity, factor, perimeter] = yoyTotal.slice(1) as number[];
  expect(e1).toBeCloseTo(categoriesTotal[2] as number, 3);
  expect((activity as number) + (factor as number) + (perimeter as number)).toBeCloseTo(delta as number, 3);
  const tonnes = (kg: number) => frTonnes(kg / 1000);
  const signed = (kg: number) => (/^-?0$/.test(tonnes(kg)) ? "0" : `${kg > 0 ? "+" : ""}${tonnes(kg)}`);
  const cells = page.getByTestId("yoy-total-row").locator("td");
  await expect(cells.nth(0)).toHaveText(tonnes(e0 as number));
  await expect(cells.nth(1)).toHaveText(tonnes(e1 as number));
  await expect(cells.nth(2)).toHaveText(signed(delta as number));
  await expect(cells.nth(4)).toHaveText(signed(activity as number));
  await expect(cells.nth(5)).toHaveText(signed(factor as number));
  await expect(cells.nth(6)).toHaveText(signed(perimeter as number));
});
