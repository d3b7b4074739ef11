// Allocation of shared posts to products: a manager gives Nuage's waste post (no key in the demo) a
// headcount key for 2025, sees each product's allocated part and the unallocated rest vanish, is refused
// custom percentages that do not add up to 100, then finds the post in Nuage Insights' page with its key
// and input. Desktop and a 390 px phone, French and English, no sideways scroll. The key is removed after.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { en, fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

let tenantDb: TenantDb;
let organizationId = "";
let periodId = "";
const POST = "3.5";

test.beforeAll(async () => {
  tenantDb = await openTenantDb();
  organizationId = await tenantDb.value(`SELECT id FROM "Organization" WHERE slug = $1`, [NUAGE.slug]);
  periodId = await tenantDb.value(`SELECT id FROM "ReportingPeriod" WHERE "organizationId" = $1 AND year = 2025`, [
    organizationId,
  ]);
});
test.afterAll(async () => {
  // Other journeys see the seeded keys only.
  await tenantDb.value(
    `WITH k AS (DELETE FROM "AllocationKey" WHERE "organizationId" = $1 AND "periodId" = $2 AND post = $3 RETURNING 1)
     SELECT count(*) FROM k`,
    [organizationId, periodId, POST],
  );
  await tenantDb.close();
});

async function screens(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const keyCount = () =>
  tenantDb.value(`SELECT count(*) FROM "AllocationKey" WHERE "organizationId" = $1 AND "periodId" = $2 AND post = $3`, [
    organizationId,
    periodId,
    POST,
  ]);

test("a manager sets a headcount key on a shared post and sees the allocated part on the product page", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.nuage.manager);
  const insights = await tenantDb.value(`SELECT id FROM "Product" WHERE "organizationId" = $1 AND name = $2`, [
    organizationId,
    "Nuage Insights",
  ]);
  // From the product page, "Allocation keys" leads to the period's keys.
  await page.goto(`/${NUAGE.slug}/products/${insights}?period=${periodId}`);
  await expect(page.getByTestId("product-allocated-post").first()).toBeVisible(); // the seeded keys
  await expect(page.locator(`[data-testid="product-allocated-post"][data-post="${POST}"]`)).toHaveCount(0);
  await page.getByRole("link", { name: fr("allocation.product.manage") }).click();
  await expect(page.getByRole("heading", { level: 1, name: fr("allocation.title") })).toBeVisible();

  const waste = page.locator(`[data-testid="allocation-post"][data-post="${POST}"]`);
  await expect(waste.getByTestId("allocation-key")).toHaveText(fr("allocation.post.noKey"));
  await screens(page, testInfo, "allocation-before-fr");

  // Custom percentages adding up to 90 %: refused on the form, nothing saved.
  await waste.getByLabel(fr("allocation.form.kind"), { exact: true }).selectOption("CUSTOM");
  const input = (product: string, unit: string) =>
    waste.getByLabel(fr("allocation.form.input", { product, unit }), { exact: true });
  await input("Nuage Insights", "%").fill("60");
  await input("Nuage Reports", "%").fill("30");
  await waste.getByRole("button", { name: fr("allocation.form.save") }).click();
  await expect(waste.getByText(fr("allocation.validation.customSum", { sum: "90" }))).toBeVisible();
  expect(await keyCount()).toBe("0");

  // Headcount: 52 people on Insights, 21 on Reports → 71.2 % and 28.8 % of the post's untagged part.
  await waste.getByLabel(fr("allocation.form.kind"), { exact: true }).selectOption("HEADCOUNT");
  await input("Nuage Insights", fr("allocation.units.HEADCOUNT")).fill("52");
  await input("Nuage Reports", fr("allocation.units.HEADCOUNT")).fill("21");
  await waste.getByRole("button", { name: fr("allocation.form.save") }).click();
  await expect(waste.getByRole("status")).toHaveText(fr("allocation.form.saved"));
  await expect(waste.getByTestId("allocation-key")).toHaveText(fr("allocation.kinds.HEADCOUNT"));
  await expect(waste.getByTestId("allocation-row").filter({ hasText: "Nuage Insights" })).toContainText(/71,2\s%/);
  await expect(waste.getByTestId("allocation-row").filter({ hasText: "Nuage Reports" })).toContainText(/28,8\s%/);
  await expect(waste.getByTestId("unallocated")).toContainText(/:\s0,00\st/);
  expect(await keyCount()).toBe("1");
  await screens(page, testInfo, "allocation-fr");

  // The product page lists the post among the allocated ones, with its key and input.
  await page.getByTestId("allocation-summary").getByRole("link", { name: "Nuage Insights" }).click();
  const allocated = page.locator(`[data-testid="product-allocated-post"][data-post="${POST}"]`);
  await expect(allocated).toContainText(fr("allocation.kinds.HEADCOUNT"));
  await expect(allocated).toContainText("52 personnes");
  await expect(allocated).toContainText(/71,2\s%/);
  await expect(page.getByTestId("product-breakdown").locator('[data-part="allocated"]')).toBeVisible();
  await screens(page, testInfo, "product-fr");

  // The dashboard's per-product intensity says how much of the product's total is allocated.
  await page.goto(`/${NUAGE.slug}?period=${periodId}`);
  const insightsIntensity = page.getByTestId("intensity-product").filter({ hasText: "Nuage Insights" });
  await expect(insightsIntensity.getByTestId("intensity-product-split")).toContainText(/réparti/);
  await page.goto(`/${NUAGE.slug}/products/${insights}?period=${periodId}`);

  // In English.
  await page
    .getByRole("group", { name: fr("shell.language") })
    .getByRole("button", { name: "en", exact: true })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(allocated).toContainText("52 people");
  await expect(allocated).toContainText("71.2%");
  await screens(page, testInfo, "product-en");
  await page.getByRole("link", { name: en("allocation.product.manage") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("allocation.title") })).toBeVisible();
  await screens(page, testInfo, "allocation-en");
});
