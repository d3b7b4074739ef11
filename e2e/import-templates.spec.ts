// Import templates: a manager downloads a template from its page (the XLSX with its lists and notes, the
// CSV in French conventions); a viewer, who cannot enter data, gets neither the page nor the files.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

test("a manager downloads the travel template as XLSX and the energy template as French CSV", async ({ page }) => {
  await signIn(page, DEMO.nuage.manager);
  await page.goto(`/${NUAGE.slug}/imports/templates`);
  await expect(page.getByRole("heading", { name: fr("imports.templates.title") }).first()).toBeVisible();

  const xlsx = await download(page, "template-travel-xlsx-fr");
  expect(xlsx.name).toBe("albedo-modele-travel-fr.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
    ["Données", "visible"],
    [fr("imports.templates.sheets.lists"), "hidden"],
    [fr("imports.templates.sheets.notes"), "visible"],
  ]);
  const data = workbook.getWorksheet("Données")!;
  expect(data.getRow(1).getCell(1).value).toBe("Type de déplacement");
  expect(data.getRow(2).getCell(1).value).toBe("Avion (passager.km)"); // the label the drop-down offers
  expect(data.getCell("D2").dataValidation).toMatchObject({ type: "list" }); // the departure airport

  const csv = await download(page, "template-energy-csv-fr");
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\ufeffType d'énergie;Quantité;Unité;")).toBe(true);
  expect(text).toContain("energy.electricity.grid;12500,5;kWh;");
});

test("a viewer gets neither the templates page nor a template", async ({ page }) => {
  await signIn(page, DEMO.nuage.viewer);
  const response = await page.request.get(`/${NUAGE.slug}/imports/templates/energy?format=csv&lang=fr`);
  expect(response.status()).toBe(404);
  const pageResponse = await page.goto(`/${NUAGE.slug}/imports/templates`);
  expect(pageResponse?.status()).toBe(403);
});
