// Product footprint: a manager configures a product's digital-use model (2 M requests a month, 1.2 MB per
// request, 40 % mobile, users in France, Germany and the US), sees the breakdown and the gCO2e per request,
// then switches from SWD v4 (CO2.js) to ADEME-Arcep and sees both results side by side, the lines of the
// first method replaced, never added. Desktop and a 390 px phone, French and English, no sideways scroll.
import { randomBytes } from "node:crypto";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { en, fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

let tenantDb: TenantDb;
let productId = "";
test.beforeAll(async () => {
  tenantDb = await openTenantDb();
});
test.afterAll(async () => {
  // The model's lines are drafts in the demo organisation: removed so other journeys see the seeded data.
  if (productId) {
    await tenantDb.value(
      `WITH a AS (DELETE FROM "ActivityData" WHERE "productId" = $1 AND "sourceKind" = 'PRODUCT_MODEL' RETURNING 1)
       SELECT count(*) FROM a`,
      [productId],
    );
    await tenantDb.value(`WITH p AS (DELETE FROM "Product" WHERE id = $1 RETURNING 1) SELECT count(*) FROM p`, [
      productId,
    ]);
  }
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

test("a manager models a product's use, sees its breakdown and gCO2e per request, and compares SWD with ADEME-Arcep", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const organizationId = await tenantDb.value(`SELECT id FROM "Organization" WHERE slug = $1`, [NUAGE.slug]);
  const name = `Widget ${randomBytes(3).toString("hex")}`;
  productId = await tenantDb.value(
    `INSERT INTO "Product" (id, "organizationId", name, "functionalUnit", "updatedAt")
     VALUES ('e2e' || md5(random()::text), $1, $2, 'requête', now()) RETURNING id`,
    [organizationId, name],
  );
  await signIn(page, DEMO.nuage.manager);
  // From the products settings, the product's name leads to its page.
  await page.goto(`/${NUAGE.slug}/settings/products`);
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(fr("productPage.noModel", { period: "2025" }))).toBeVisible();

  const form = page.getByRole("form", { name: fr("products.digital.title") });
  await form.getByLabel(fr("products.digital.monthlyRequests")).fill("2 000 000");
  await form.getByLabel(fr("products.digital.mbDownPerRequest")).fill("1,2");
  await form.getByLabel(fr("products.digital.mobileSharePct")).fill("40");
  const countries = [
    ["FR", "50"],
    ["DE", "30"],
    ["US", "20"],
  ] as const;
  for (const [i, [country, share]] of countries.entries()) {
    await form.getByLabel(fr("products.digital.country", { n: i + 1 }), { exact: true }).selectOption(country);
    await form.getByLabel(fr("products.digital.countryShare", { n: i + 1 })).fill(share);
  }
  // A wrong total is refused on the field, and nothing is written.
  await form.getByLabel(fr("products.digital.countryShare", { n: 3 })).fill("10");
  await form.getByRole("button", { name: fr("products.digital.save") }).click();
  await expect(form.getByText(fr("products.digital.validation.countriesSum"))).toBeVisible();
  const count = () =>
    tenantDb.value(`SELECT count(*) FROM "ActivityData" WHERE "productId" = $1 AND "sourceKind" = 'PRODUCT_MODEL'`, [
      productId,
    ]);
  expect(await count()).toBe("0");
  await form.getByLabel(fr("products.digital.countryShare", { n: 3 })).fill("20");
  await form.getByRole("button", { name: fr("products.digital.save") }).click();
  await expect(form.getByText(fr("products.digital.saved"))).toBeVisible({ timeout: 30_000 });

  // SWD v4 booked: 28,800 GB a year → 2.14 t (network 0.53 t, devices 1.62 t), 0.089 g per request; the
  // same inputs under ADEME-Arcep give 0.6 g (lib/products/digital/model.test.ts reproduces both paths).
  await expect(page.getByTestId("product-total")).toContainText("2,14 tCO2e");
  const breakdown = page.getByTestId("product-breakdown");
  await expect(breakdown.locator('[data-part="network"]')).toContainText("0,53 t");
  await expect(breakdown.locator('[data-part="devices"]')).toContainText("1,62 t");
  const swd = page.getByTestId("method-SWD_V4");
  const ademe = page.getByTestId("method-ADEME_ARCEP");
  await expect(swd.getByTestId("g-per-request")).toHaveText("0,089");
  await expect(swd.getByText(fr("productPage.booked"))).toBeVisible();
  await expect(ademe.getByTestId("g-per-request")).toHaveText("0,6");
  expect(await count()).toBe("8");
  await screens(page, testInfo, "swd-fr");

  // Switching the method replaces the model's lines (9 for ADEME-Arcep, none of SWD's left).
  await form.getByLabel(fr("products.digital.method")).selectOption("ADEME_ARCEP");
  await form.getByRole("button", { name: fr("products.digital.save") }).click();
  await expect(ademe.getByText(fr("productPage.booked"))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("product-total")).toContainText("14,41 tCO2e");
  await expect(swd.getByTestId("g-per-request")).toHaveText("0,089");
  expect(await count()).toBe("9");
  expect(
    await tenantDb.value(
      `SELECT count(*) FROM "ActivityData" WHERE "productId" = $1 AND "activityTypeId" LIKE '%swd%'`,
      [productId],
    ),
  ).toBe("0");
  await screens(page, testInfo, "ademe-fr");

  // In English: the same figures, formatted the English way.
  await page
    .getByRole("group", { name: fr("shell.language") })
    .getByRole("button", { name: "en", exact: true })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("product-total")).toContainText("14.41 tCO2e");
  await expect(page.getByRole("heading", { name: en("productPage.model") })).toBeVisible();
  await expect(page.getByTestId("method-ADEME_ARCEP").getByTestId("g-per-request")).toHaveText("0.6");
  await screens(page, testInfo, "ademe-en");
});
