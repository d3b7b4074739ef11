// The overview dashboard: the figures the home page shows are the stored lines' sums, its choices change
// them, and it reads on a phone.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { en, fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

let tenantDb: TenantDb;
test.beforeAll(async () => {
  tenantDb = await openTenantDb();
});
test.afterAll(async () => tenantDb.close());

/** tCO2e of Nuage's 2025 lines as SQL sums them (independently of the app), for the given statuses and scope-2 method. */
async function storedTonnes(statuses: string[], market: boolean): Promise<number> {
  const kg = await tenantDb.value(
    `SELECT COALESCE(SUM(CASE WHEN $3 AND e."scope" = 2 THEN COALESCE(e."marketKgCO2e", e."kgCO2e") ELSE e."kgCO2e" END), 0)::text
     FROM "EmissionLine" e JOIN "ActivityData" a ON a.id = e."activityId"
     JOIN "ReportingPeriod" p ON p.id = e."periodId" JOIN "Organization" o ON o.id = e."organizationId"
     WHERE o.slug = $1 AND p.year = 2025 AND a.status::text = ANY($2::text[])`,
    [NUAGE.slug, statuses, market],
  );
  return Number(kg) / 1000;
}

const frTonnes = (t: number) => new Intl.NumberFormat("fr", { maximumFractionDigits: t < 10 ? 2 : 1 }).format(t);

test("a manager reads the 2025 footprint, the sum of its validated lines, and switches what it counts", async ({
  page,
}) => {
  await signIn(page, DEMO.nuage.manager);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByRole("heading", { name: fr("dashboard.title", { period: "2025" }) })).toBeVisible();
  await expect(page.getByTestId("overview-basis")).toContainText(fr("dashboard.basisValidated"));
  const validated = await storedTonnes(["VALIDATED"], false);
  expect(validated).toBeGreaterThan(0);
  await expect(page.getByTestId("overview-total")).toContainText(frTonnes(validated));

  // Including submitted data is labelled as such and changes the total to the stored sum of both.
  await page.getByTestId("overview-basis-select").selectOption("submitted");
  await expect(page).toHaveURL(/basis=submitted/);
  await expect(page.getByTestId("overview-basis")).toContainText(fr("dashboard.basisSubmitted"));
  const submitted = await storedTonnes(["VALIDATED", "SUBMITTED"], false);
  await expect(page.getByTestId("overview-total")).toContainText(frTonnes(submitted));

  // Market-based scope 2; the location-based figure stays beside it, outside the total.
  await page.getByTestId("overview-scope2-select").selectOption("market");
  await expect(page.getByTestId("overview-basis")).toContainText(fr("dashboard.basisMarket"));
  await expect(page.getByTestId("overview-total")).toContainText(
    frTonnes(await storedTonnes(["VALIDATED", "SUBMITTED"], true)),
  );

  // BEGES categories instead of the GHG Protocol's.
  await page.getByTestId("overview-view-select").selectOption("beges");
  await expect(page.getByRole("heading", { name: fr("dashboard.charts.beges") })).toBeVisible();
  await expect(page.getByRole("img", { name: fr("dashboard.charts.beges") })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a viewer sees the overview in English, without sideways scrolling", async ({ page }) => {
    await signIn(page, DEMO.nuage.viewer);
    await page.getByRole("button", { name: fr("shell.menu") }).click();
    await page
      .getByRole("group", { name: fr("shell.language") })
      .getByRole("button", { name: "en", exact: true })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: en("dashboard.title", { period: "2025" }) })).toBeVisible();
    await expect(page.getByRole("img", { name: en("dashboard.charts.scopes") })).toBeVisible();
    await expect(page.getByText(en("dashboard.quality.title"))).toBeVisible();
    await expect(page.getByTestId("overview-completeness")).toContainText(en("completeness.states.validated"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test("a contributor's home has no figures", async ({ page }) => {
  await signIn(page, DEMO.nuage.contributor);
  await expect(page.getByTestId("contributor-tasks")).toBeVisible();
  await expect(page.getByTestId("overview-total")).toHaveCount(0);
});
