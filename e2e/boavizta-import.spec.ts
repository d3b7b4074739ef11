// A manager imports a cloud-scanner inventory (the real sample of ../shared/data/boavizta): answers the
// accounting questions (cloud bought as a service, a PUE of 1.2 on use), sees what was detected from the
// content and the resources — the unknown instance type listed as not assessed —, commits it, finds the
// figures in the inventory (the instance's manufacturing 0.0041 kg and use 0.00226 × 1.2 kg), then rolls
// it back. On the way, the servers and cloud view lists both resources with the inventory's figure, and once
// validated the lines are in the dashboard's scope 3, category 1. Screens in French and English, desktop and a 390 px phone, without sideways scrolling.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn, submitAndValidateAllOnPage } from "./support/app";
import { importsData, type TImportsSetup, type TImportsState } from "./support/imports-script";
import { en, fr } from "./support/messages";

const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

const data = importsData;
type TSetup = TImportsSetup;
type TState = TImportsState;

// The shared samples beside the repository (one level further up from a worktree).
const samples = ["../shared/data/boavizta", "../../shared/data/boavizta"]
  .map((d) => path.resolve(import.meta.dirname, "..", d))
  .find((d) => existsSync(d)) as string;
const inventory = readFileSync(path.join(samples, "cloud-scanner-3.x_estimated-inventory_2resources.json"));

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function screens(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await noSidewaysScroll(page);
    await page.screenshot({ path: `test-results/boavizta/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a manager imports a cloud-scanner inventory, answers the questions, previews, commits and rolls back", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  const org = data<TSetup>("setup");
  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}/imports`);
  await expect(page.getByRole("heading", { name: fr("imports.page.title"), level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: fr("imports.upload.title") });
  await form.getByText(fr("imports.boavizta.answers.title")).click();
  await form.getByLabel(fr("imports.boavizta.answers.usage")).selectOption("cloud");
  await form.getByLabel(fr("imports.boavizta.answers.pue")).fill("1,2");
  await screens(page, "upload-fr");
  await form
    .getByLabel(fr("imports.upload.fileAll"))
    .setInputFiles({ name: "inventaire.json", mimeType: "application/json", buffer: inventory });
  await form.getByRole("button", { name: fr("imports.upload.submit") }).click();
  await page.waitForURL(new RegExp(`/${org.slug}/imports/[0-9a-f-]{36}$`));
  await expect(page.getByText(fr("imports.status.PREVIEWED"), { exact: true })).toBeVisible();

  // Detected from the content, with the counts and the not-assessed instance listed, never as zero.
  const results = page.getByRole("region", { name: fr("imports.boavizta.title") });
  await expect(results.getByTestId("boavizta-detected")).toHaveText("cloud-scanner · 3.0-3.1");
  await expect(results.getByTestId("boavizta-resources")).toContainText("2 ressources");
  await expect(results.getByText("instance-F")).toBeVisible();
  await expect(results.getByText(fr("imports.boavizta.notes.notAssessed"))).toBeVisible();
  // Primary energy kept beside GWP: 0.057 MJ to manufacture, 0.063 MJ of use.
  const pe = results
    .getByRole("table", { name: fr("imports.boavizta.criteriaTitle") })
    .getByRole("row")
    .filter({ hasText: fr("imports.boavizta.criteria.pe") });
  await expect(pe).toContainText("0,057 MJ");
  await expect(pe).toContainText("0,063 MJ");
  expect(data<TState>("state", org.organizationId)).toMatchObject({ activities: 0 });
  await screens(page, "preview-fr");

  await page.getByTestId("confirm-import").click();
  await expect(page.getByText(fr("imports.status.COMMITTED"), { exact: true })).toBeVisible({ timeout: 90_000 });
  // 0.0041 (manufacturing) + 0.00226 × 1.2 (use with the PUE) = 0.006812 kgCO2e.
  expect(data<TState>("state", org.organizationId)).toEqual({ activities: 2, imported: 2, kgCO2e: "0.006812" });

  const importUrl = page.url();

  // The servers and cloud view: the inventory's figure (the dashboards'), the instance's GWP as printed, and
  // the unknown instance type listed as not assessed, not as zero; ADP and PE beside it, never added.
  await page.goto(`/${org.slug}/imports`);
  await page.getByRole("link", { name: fr("imports.page.hostingLink") }).click();
  await expect(page.getByRole("heading", { name: fr("imports.hosting.title"), level: 1 })).toBeVisible();
  await expect(page.getByTestId("hosting-inventory-kg")).toHaveText("0,006812 kgCO2e");
  await expect(page.getByTestId("hosting-counts")).toContainText("2 ressources, 1 non évaluée");
  const rows = page.getByTestId("hosting-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("0,0041"); // largest in the inventory first
  await expect(rows.filter({ hasText: "instance-F" })).toContainText(fr("imports.hosting.table.notAssessed"));
  await expect(page.getByRole("table", { name: fr("imports.hosting.indicators.title") })).toContainText("0,063");
  await screens(page, "hosting-fr");
  // Filtered to the resources not assessed: only the unknown instance type, and nothing in the inventory.
  await page.getByLabel(fr("imports.hosting.filters.assessed")).selectOption("no");
  await page.getByRole("button", { name: fr("imports.hosting.filters.apply") }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("hosting-inventory-kg")).toHaveText("0 kgCO2e");
  // An estimate for it, started from the assessed a1.medium: booked like the tool's figures (the PUE of 1.2
  // on use): 0.0041 + 0.00226 × 1.2 = 0.006812 kgCO2e, with the reason kept.
  await rows.first().getByText(fr("imports.hosting.estimate.open")).click();
  const estimate = rows.first().getByRole("form", { name: fr("imports.hosting.estimate.title") });
  await estimate.getByLabel(fr("imports.hosting.estimate.copyFrom")).selectOption("a1.medium");
  await expect(estimate.getByLabel(fr("imports.hosting.estimate.embeddedKg"))).toHaveValue("0,0041");
  await estimate.getByRole("button", { name: fr("imports.hosting.estimate.save") }).click();
  await expect(estimate.getByText(fr("imports.hosting.estimate.saved"))).toBeVisible();
  await page.reload();
  await expect(rows.first().getByTestId("hosting-estimate")).toHaveText(
    fr("imports.hosting.estimate.current", { kg: "0,006812" }),
  );
  await expect(page.getByTestId("hosting-inventory-kg")).toHaveText("0,006812 kgCO2e");
  await screens(page, "hosting-estimate-fr");

  // The dashboard counts validated data: the manager submits and validates the four lines (the tool's two and
  // the estimate's two) from the digital category, then finds them in scope 3, GHG category 1 (cloud bought
  // as a service), and the period's other indicators offered as an export.
  await page.goto(`/${org.slug}/collection/digital`);
  await submitAndValidateAllOnPage(page, 4);
  await page.goto(`/${org.slug}`);
  await expect(page.getByTestId("export-indicators-csv")).toBeVisible();
  await page.getByTestId("overview-scope3").getByRole("link").click();
  await expect(page.getByTestId("lines-total")).toHaveAttribute("data-kg", /^0\.013624/);
  await expect(page.getByTestId("line-row")).toHaveCount(4);
  await page.goto(`/${org.slug}/lines?scope=3&ghg=1`);
  await expect(page.getByTestId("lines-total")).toHaveAttribute("data-kg", /^0\.013624/);
  await screens(page, "dashboard-lines-fr");

  // The same pages in English.
  await context.addCookies([{ name: "albedo-locale", value: "en", url: page.url() }]);
  await page.goto(`/${org.slug}/imports/hosting`);
  await expect(page.getByTestId("hosting-counts")).toContainText("2 resources, 1 not assessed");
  await expect(page.getByTestId("hosting-inventory-kg")).toHaveText("0.013624 kgCO2e"); // with the estimate
  await screens(page, "hosting-en");
  await page.goto(importUrl);
  await expect(page.getByRole("region", { name: en("imports.boavizta.title") })).toBeVisible();
  await screens(page, "committed-en");

  await expect(async () => {
    await page.getByRole("button", { name: en("imports.rollback.button") }).click();
    await expect(page.getByRole("button", { name: en("imports.rollback.yes") })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("button", { name: en("imports.rollback.yes") }).click();
  await expect(page.getByText(en("imports.status.ROLLED_BACK"), { exact: true })).toBeVisible();
  expect(data<TState>("state", org.organizationId)).toEqual({ activities: 0, imported: 0, kgCO2e: "0.000000" });
  await page.goto(`/${org.slug}/imports`);
  await screens(page, "imports-en");
});
