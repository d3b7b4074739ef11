// A manager downloads the French energy template from the imports page and fills it in: the first upload
// has a bad row (a negative quantity), so the preview shows the row's error, nothing is written and the
// error report downloads as CSV; the fixed file previews with the engine's kgCO2e, is committed by the
// background job (progress bar, then "committed"), its kgCO2e shows in the completeness page and, once
// the lines are reviewed, on the dashboard; the import is rolled back as a whole and both figures go back.
// On a phone-sized screen the imports page does not scroll sideways.
import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Locator } from "@playwright/test";
import { signIn, submitAndValidateAllOnPage } from "./support/app";
import { importsData, type TImportsSetup, type TImportsState } from "./support/imports-script";
import { fr } from "./support/messages";

const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

const data = importsData;
type TSetup = TImportsSetup;
type TState = TImportsState;

// Figures as the screens print them (lib/numbers/format.ts, lib/dashboard/labels.ts), compared with
// Intl's no-break spaces made plain.
const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");
const fixed = (n: number, digits: number) =>
  plain(new Intl.NumberFormat("fr", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n));
/** The completeness page's figure: kilograms with one decimal, or tonnes with two from a tonne. */
const completenessFigure = (kg: number) =>
  kg >= 1000 ? `${fixed(kg / 1000, 2)} ${fr("completeness.unit.t")}` : `${fixed(kg, 1)} ${fr("completeness.unit.kg")}`;
/** The dashboard's total, in tonnes: two decimals under 10 t, one above. */
const dashboardTonnes = (kg: number) =>
  plain(new Intl.NumberFormat("fr", { maximumFractionDigits: kg / 1000 < 10 ? 2 : 1 }).format(kg / 1000));
const textOf = async (locator: Locator) => plain(await locator.textContent());

/** The template's header and example row, with a second row of `quantity` kWh. */
function fileWith(template: string, quantity: string): Buffer {
  const [header = "", example = ""] = template.replace(/^\uFEFF/, "").split("\r\n");
  const cells = example.split(";");
  cells[1] = quantity;
  cells[8] = "Import e2e — atelier";
  return Buffer.from(`\uFEFF${header}\r\n${example}\r\n${cells.join(";")}\r\n`, "utf8");
}

test("a manager downloads a template, fills it, fixes a row error, commits it, sees it in completeness and on the dashboard, and rolls it back", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const org = data<TSetup>("setup");
  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}`);
  await page
    .getByRole("navigation", { name: fr("nav.label") })
    .getByRole("link", { name: fr("nav.imports") })
    .click();
  await expect(page.getByRole("heading", { name: fr("imports.page.title"), level: 1 })).toBeVisible();

  // 0. The French energy template, downloaded from the templates page the imports page links to.
  await page.getByRole("link", { name: fr("imports.page.templatesLink") }).click();
  await expect(page.getByRole("heading", { name: fr("imports.templates.title"), level: 1 })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("template-energy-csv-fr").click(),
  ]);
  const template = (await readFile((await download.path()) as string)).toString("utf8");
  expect(template).toMatch(/^\uFEFFType d'énergie;Quantité;Unité;/);
  await page.goBack();

  // 1. A negative quantity on row 3: failed at preview, the error named by row and column.
  const form = page.getByRole("form", { name: fr("imports.upload.title") });
  await form
    .getByLabel(fr("imports.upload.fileAll"))
    .setInputFiles({ name: "energie.csv", mimeType: "text/csv", buffer: fileWith(template, "-40") });
  await form.getByRole("button", { name: fr("imports.upload.submit") }).click();
  await page.waitForURL(new RegExp(`/${org.slug}/imports/[0-9a-f-]{36}$`));
  await expect(page.getByText(fr("imports.status.FAILED"), { exact: true })).toBeVisible();
  const errors = page.getByRole("table", { name: fr("imports.detail.errorsTitle") });
  await expect(errors.getByRole("row").nth(1)).toContainText("3");
  await expect(errors.getByRole("row").nth(1)).toContainText("Quantité");
  const report = await page.request.get(`${page.url()}/errors`);
  expect(report.status()).toBe(200);
  expect(await report.text()).toMatch(/^\uFEFFLigne;Colonne;Message\r\n3;Quantité;/);
  expect(data<TState>("state", org.organizationId)).toMatchObject({ activities: 0 });

  // 2. Fixed: the preview shows the rows with their kgCO2e, then the job commits them.
  await page.getByRole("link", { name: fr("imports.detail.back") }).click();
  await form
    .getByLabel(fr("imports.upload.fileAll"))
    .setInputFiles({ name: "energie.csv", mimeType: "text/csv", buffer: fileWith(template, "40") });
  await form.getByRole("button", { name: fr("imports.upload.submit") }).click();
  await expect(page.getByText(fr("imports.status.PREVIEWED"), { exact: true })).toBeVisible();
  const preview = page.getByRole("table", { name: fr("imports.detail.previewTitle") });
  await expect(preview.getByRole("row")).toHaveCount(3);
  await expect(preview.getByRole("row").nth(2)).toContainText("Import e2e — atelier");
  await page.getByTestId("confirm-import").click(); // "Importer 2 lignes" (an ICU plural the helper does not format)
  const job = page.getByRole("region", { name: fr("imports.detail.jobTitle") });
  await expect(job.getByRole("progressbar")).toBeVisible();
  await page.reload(); // the bar or the outcome survives a reload: it is read from the database
  await expect(page.getByText(fr("imports.status.COMMITTED"), { exact: true })).toBeVisible({ timeout: 90_000 });
  const committed = data<TState>("state", org.organizationId);
  expect(committed).toMatchObject({ activities: 2, imported: 2 });
  expect(Number(committed.kgCO2e)).toBeGreaterThan(0);

  const kg = Number(committed.kgCO2e);
  const importPage = page.url();

  // 3. The import leads to data collection (imported lines are drafts): the completeness page shows energy
  // in progress, with the import's two lines and their kgCO2e.
  await page.getByRole("link", { name: fr("imports.detail.viewInCollection") }).click();
  await page.waitForURL(new RegExp(`/${org.slug}/collection/completeness\\?period=`));
  const energy = page
    .getByRole("list", { name: fr("completeness.listLabel") })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: fr("collection.categories.energy.title"), exact: true }) });
  await expect(energy.getByText(fr("completeness.states.inProgress")).first()).toBeVisible();
  await expect
    .poll(() => textOf(energy))
    .toContain(`${fr("completeness.lines", { count: 2 })} · ${completenessFigure(kg)}`);

  // 4. The dashboard counts validated data: the manager submits and validates the lines, and it counts them.
  const total = page.getByTestId("overview-total");
  const noFigures = page.getByText(fr("dashboard.empty"), { exact: true });
  await page.goto(`/${org.slug}`);
  await expect(noFigures).toBeVisible(); // the dashboard counts validated data by default
  await expect(total).toBeHidden();
  await page.goto(`/${org.slug}/collection/completeness`);
  await energy.getByRole("link", { name: fr("collection.categories.energy.title"), exact: true }).click();
  await expect(page.getByText("Import e2e — atelier").filter({ visible: true }).first()).toBeVisible();
  await submitAndValidateAllOnPage(page, 2);
  await page.goto(`/${org.slug}`);
  await expect.poll(() => textOf(total)).toBe(`${dashboardTonnes(kg)} tCO2e`);

  // 5. Rolled back as a whole.
  await page.goto(importPage);
  // A click before the page is interactive is lost: click until the confirmation shows.
  await expect(async () => {
    await page.getByRole("button", { name: fr("imports.rollback.button") }).click();
    await expect(page.getByRole("button", { name: fr("imports.rollback.yes") })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("button", { name: fr("imports.rollback.yes") }).click();
  await expect(page.getByText(fr("imports.status.ROLLED_BACK"), { exact: true })).toBeVisible();
  expect(data<TState>("state", org.organizationId)).toEqual({ activities: 0, imported: 0, kgCO2e: "0.000000" });

  // 6. Both figures go back: the dashboard has nothing to count, energy is not started.
  await page.goto(`/${org.slug}`);
  await expect(noFigures).toBeVisible();
  await expect(total).toBeHidden();
  await page.goto(`/${org.slug}/collection/completeness`);
  await expect(energy.getByText(fr("completeness.states.notStarted")).first()).toBeVisible();
  expect(await textOf(energy)).not.toContain(fr("completeness.lines", { count: 2 }));

  // 7. The list keeps both imports, the failed one with its errors; no sideways scroll on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${org.slug}/imports`);
  const list = page.getByRole("list", { name: fr("imports.page.listTitle") });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText(fr("imports.status.FAILED"), { exact: true })).toBeVisible();
  await expect(list.getByText(fr("imports.status.ROLLED_BACK"), { exact: true })).toBeVisible();
  await expect(list.getByText(/· \d+[\s\u00a0\u202f]octets$/)).toHaveCount(2); // a few hundred bytes, not "0 KB"
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
