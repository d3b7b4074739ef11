// Drill-down: from the overview's largest category to its emission lines (the same total), to a line and its
// factor, and back with the browser; editing links only for those who may edit; readable on a phone.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

let tenantDb: TenantDb;
test.beforeAll(async () => {
  tenantDb = await openTenantDb();
});
test.afterAll(async () => tenantDb.close());

const frTonnes = (t: number) => new Intl.NumberFormat("fr", { maximumFractionDigits: t < 10 ? 2 : 1 }).format(t);

/** Nuage's largest 2025 GHG Protocol category (validated, location-based), summed in SQL apart from the app. */
async function largestCategory(): Promise<{ scope: number; category: number | null; tonnes: number }> {
  const row = await tenantDb.value(
    `SELECT e."scope" || '/' || COALESCE(e."ghgCategory"::text, '') || '/' || SUM(e."kgCO2e")::text
     FROM "EmissionLine" e JOIN "ActivityData" a ON a.id = e."activityId"
     JOIN "ReportingPeriod" p ON p.id = e."periodId" JOIN "Organization" o ON o.id = e."organizationId"
     WHERE o.slug = $1 AND p.year = 2025 AND a.status = 'VALIDATED'
     GROUP BY e."scope", e."ghgCategory" ORDER BY SUM(e."kgCO2e") DESC LIMIT 1`,
    [NUAGE.slug],
  );
  const [scope, category, kg] = row.split("/");
  return { scope: Number(scope), category: category ? Number(category) : null, tonnes: Number(kg) / 1000 };
}

test("a manager drills from the largest category to its lines, a line and its factor, then goes back", async ({
  page,
}) => {
  await signIn(page, DEMO.nuage.manager);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  const largest = await largestCategory();
  // Bars are ranked: the chart's first category label is the largest, and a link to its lines.
  const chart = page.getByRole("img", { name: fr("dashboard.charts.ghg") });
  await chart.locator("a").first().click();
  await expect(page).toHaveURL(new RegExp(`/${NUAGE.slug}/lines\\?period=[^&]+&scope=${largest.scope}`));
  if (largest.category !== null) await expect(page).toHaveURL(new RegExp(`ghg=${largest.category}`));
  await expect(page.getByRole("heading", { name: fr("lines.title") })).toBeVisible();
  await expect(page.getByTestId("lines-total")).toContainText(frTonnes(largest.tonnes));
  await expect(page.getByTestId("lines-filters").getByRole("link")).not.toHaveCount(0);
  // Largest first.
  const kgs = await page
    .getByTestId("line-row")
    .locator("[data-kg]")
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-kg"))));
  expect(kgs.length).toBeGreaterThan(0);
  expect(kgs).toEqual([...kgs].sort((a, b) => b - a));
  // The manager may edit the demo's open 2025 lines.
  await expect(page.getByTestId("line-row").first().getByTestId("line-edit")).toBeVisible();

  // The largest line with a library factor (a product's modelled embodied share is booked as an assessed
  // figure, which has no factor page).
  await page.getByTestId("line-row").filter({ hasNotText: "assessed:" }).first().getByTestId("line-link").click();
  await expect(page.getByRole("heading", { name: fr("lines.detail.factorTitle") })).toBeVisible();
  const factorName = (await page.getByTestId("factor-name").textContent())?.trim() ?? "";
  expect(factorName.length).toBeGreaterThan(0);
  await expect(page.getByText(fr("lines.detail.licence"), { exact: true })).toBeVisible();
  await page.getByTestId("factor-link").click();
  await expect(page).toHaveURL(new RegExp(`/${NUAGE.slug}/factors/`));
  await expect(page.getByRole("heading", { level: 2, name: factorName, exact: true })).toBeVisible();

  // The browser's back button walks back: factor → line → lines → dashboard.
  await page.goBack();
  await expect(page.getByTestId("factor-name")).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("lines-total")).toContainText(frTonnes(largest.tonnes));
  await page.goBack();
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByTestId("overview-total")).toBeVisible();
});

test("removing a filter chip widens the list to the period's total, and the address keeps it", async ({ page }) => {
  await signIn(page, DEMO.nuage.manager);
  await page.getByTestId("drill-total").click();
  await expect(page.getByTestId("lines-total")).toBeVisible();
  const total = await page.getByTestId("lines-total").getAttribute("data-kg");
  await page.goto(`/${NUAGE.slug}/lines?scope=2`);
  const scope2 = await page.getByTestId("lines-total").getAttribute("data-kg");
  expect(Number(scope2)).toBeLessThan(Number(total));
  await page.getByTestId("lines-filters").getByRole("link").first().click();
  await expect(page).not.toHaveURL(/scope=2/);
  await expect(page.getByTestId("lines-total")).toHaveAttribute("data-kg", total ?? "");
  await page.goBack();
  await expect(page.getByTestId("lines-total")).toHaveAttribute("data-kg", scope2 ?? "");
});

test("a viewer reads the lines and their factors but sees no edit link", async ({ page }) => {
  await signIn(page, DEMO.nuage.viewer);
  await page.goto(`/${NUAGE.slug}/lines`);
  await expect(page.getByTestId("line-row").first()).toBeVisible();
  await expect(page.getByTestId("line-edit")).toHaveCount(0);
  await page.getByTestId("line-row").first().getByTestId("line-link").click();
  await expect(page.getByTestId("factor-name")).toBeVisible();
  await expect(page.getByTestId("line-edit")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the lines are cards, without sideways scrolling of the page", async ({ page }) => {
    await signIn(page, DEMO.nuage.manager);
    await page.goto(`/${NUAGE.slug}/lines?scope=3`);
    await expect(page.getByTestId("line-card").first()).toBeVisible();
    await expect(page.getByTestId("line-row").first()).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByTestId("line-card").first().getByTestId("line-link").click();
    await expect(page.getByTestId("factor-name")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
