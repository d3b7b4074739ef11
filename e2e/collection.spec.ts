// Data entry: a manager enters lines through the category forms, sees the engine's figure in the live
// preview before saving, and finds the line in the category's list. Bad input is a field message in the
// user's language, and nothing is saved. The form fits a phone without sideways scrolling.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";
import { formatEmission, unitFor } from "../lib/numbers/format";

let db: TenantDb;
let periodId: string;

test.beforeAll(async () => {
  db = await openTenantDb();
  const org = await db.value(`SELECT id FROM "Organization" WHERE slug = $1`, [NUAGE.slug]);
  periodId = await db.value(
    `SELECT id FROM "ReportingPeriod" WHERE "organizationId" = $1 AND status = 'OPEN' ORDER BY year DESC LIMIT 1`,
    [org],
  );
});
test.afterAll(async () => db?.close());

/** The engine's kgCO2e for this input in Nuage's organisation (lib/activity previewActivity). */
function engineKg(input: Record<string, unknown>): string {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "e2e/support/collection-expected.ts", NUAGE.slug, JSON.stringify({ periodId, ...input })],
    { encoding: "utf8" },
  );
  return (JSON.parse(out.trim().split("\n").pop() as string) as { kgCO2e: string }).kgCO2e;
}

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;
const linesNamed = (label: string) => db.value(`SELECT count(*) FROM "ActivityData" WHERE label = $1`, [label]);

async function expectPreview(page: Page, kgCO2e: string) {
  const shown = page.getByTestId("preview-kgco2e");
  await expect(shown).toHaveAttribute("data-kgco2e", kgCO2e);
  await expect(shown).toHaveText(formatEmission(kgCO2e, unitFor([kgCO2e]), "fr"));
}

async function pickAirport(page: Page, field: string, typed: string, code: string) {
  await page.getByRole("combobox", { name: field, exact: true }).fill(typed);
  const option = page.getByRole("listbox", { name: field }).getByRole("option", { name: `(${code})` });
  await option.first().click();
  await expect(page.getByRole("combobox", { name: field, exact: true })).toHaveValue(new RegExp(`\\(${code}\\)`));
}

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO.nuage.manager);
});

test("a return flight Lyon → Lisbon for two travellers: preview = engine, saved, listed", async ({ page }) => {
  const label = unique("Mission Lisbonne");
  await page.goto(`/${NUAGE.slug}/collection`);
  await page.getByRole("link", { name: fr("collection.categories.travel.title") }).click();
  await page.getByRole("link", { name: fr("collection.add") }).click();
  await expect(page).toHaveURL(/\/collection\/travel\/new/);
  await expect(page.getByLabel(fr("activity.fields.activityType"), { exact: true })).toHaveValue("travel.plane");
  await pickAirport(page, fr("activity.fields.from"), "LYS", "LYS");
  // By keyboard: the French city name, ↓ to the first hit, Enter to pick it.
  const to = page.getByRole("combobox", { name: fr("activity.fields.to"), exact: true });
  await to.fill("Lisbonne");
  await expect(
    page
      .getByRole("listbox", { name: fr("activity.fields.to") })
      .getByRole("option")
      .first(),
  ).toContainText("(LIS)");
  await to.press("Enter");
  await expect(to).toHaveValue(/\(LIS\)/);
  await page.getByLabel(fr("activity.fields.passengers"), { exact: true }).fill("2");
  await page.getByLabel(fr("activity.fields.returnTrip"), { exact: true }).check();
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);

  const expected = engineKg({
    activityTypeId: "travel.plane",
    options: { airports: { from: "LYS", to: "LIS", returnTrip: true, passengers: 2 } },
  });
  await expectPreview(page, expected);
  await expect(page.getByTestId("preview-rule")).toBeVisible();

  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/${NUAGE.slug}/collection/travel\\?period=`));
  const table = page.getByRole("table", { name: fr("collection.categories.travel.title") });
  const row = table.getByRole("row", { name: label });
  // The list shows kg or t for all its rows, as its header says.
  const unit = (await table.getByRole("columnheader", { name: /CO2e/ }).textContent())?.startsWith("t") ? "t" : "kg";
  await expect(row).toContainText(formatEmission(expected, unit, "fr"));
  await expect(row).toContainText(fr("activity.status.DRAFT"));
  expect(await db.value(`SELECT "kgCO2e"::text FROM "ActivityData" WHERE label = $1`, [label])).toBe(expected);

  // Its page shows the stored lines and the factor they used; the form comes back with the airports.
  await row.getByRole("link", { name: label }).click();
  await expect(page.getByTestId("stored-kgco2e")).toHaveAttribute("data-kgco2e", String(Number(expected)));
  await expect(page.getByRole("combobox", { name: fr("activity.fields.to"), exact: true })).toHaveValue(/\(LIS\)/);
  await expect(page.getByLabel(fr("activity.fields.passengers"), { exact: true })).toHaveValue("2");
});

test("hotel nights abroad, chosen by country", async ({ page }) => {
  const label = unique("Hôtel Lisbonne");
  await page.goto(`/${NUAGE.slug}/collection/travel/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("travel.hotel");
  await page.getByLabel(fr("activity.fields.country"), { exact: true }).selectOption("PT");
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("3");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  const unit = await page.getByLabel(fr("activity.fields.unit"), { exact: true }).inputValue();
  await expectPreview(
    page,
    engineKg({ activityTypeId: "travel.hotel", quantity: "3", unit, options: { country: "PT" } }),
  );
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/travel\\?period=`));
  await expect(page.getByRole("row", { name: label })).toBeVisible();
});

test("a spend line with its ratio category and purpose", async ({ page }) => {
  const label = unique("Conseil juridique");
  await page.goto(`/${NUAGE.slug}/collection/purchases/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("spend.ratio");
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("12 500,5");
  const ratio = page.getByLabel(fr("activity.fields.ratioCategory"), { exact: true });
  await page.getByLabel(fr("activity.fields.ratioFilter"), { exact: true }).fill("juridique");
  const category = await ratio.locator("option:not([value=''])").first().getAttribute("value");
  await ratio.selectOption(category as string);
  await page.getByLabel(fr("activity.fields.purpose"), { exact: true }).selectOption("purchased_services");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  const unit = await page.getByLabel(fr("activity.fields.unit"), { exact: true }).inputValue();
  await expectPreview(
    page,
    engineKg({
      activityTypeId: "spend.ratio",
      quantity: "12500.5",
      unit,
      options: { ratioCategory: category, purpose: "purchased_services" },
    }),
  );
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/purchases\\?period=`));
  await expect(page.getByRole("row", { name: label })).toBeVisible();
});

test("freight to customers paid by us: the direction is sent, preview = engine, stored", async ({ page }) => {
  const label = unique("Livraisons clients");
  await page.goto(`/${NUAGE.slug}/collection/freight/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("freight.road.van");
  await page.getByLabel(fr("activity.fields.direction"), { exact: true }).selectOption("outbound");
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("1 250,5");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  const unit = await page.getByLabel(fr("activity.fields.unit"), { exact: true }).inputValue();
  const expected = engineKg({
    activityTypeId: "freight.road.van",
    quantity: "1250.5",
    unit,
    options: { direction: "outbound" },
  });
  await expectPreview(page, expected);
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/freight\\?period=`));
  await expect(page.getByRole("row", { name: label })).toBeVisible();
  expect(await db.value(`SELECT options->>'direction' FROM "ActivityData" WHERE label = $1`, [label])).toBe("outbound");
  expect(await db.value(`SELECT "kgCO2e"::text FROM "ActivityData" WHERE label = $1`, [label])).toBe(expected);
});

test("recycled cardboard with an estimated quantity: treatment and data quality saved and shown again", async ({
  page,
}) => {
  const label = unique("Cartons recyclés");
  await page.goto(`/${NUAGE.slug}/collection/waste/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("waste.paper_cardboard");
  const treatment = page.getByLabel(fr("activity.fields.treatment"), { exact: true });
  // Only the treatments ADEME publishes for cardboard (no composting).
  await expect(treatment.locator("option[value='composting']")).toHaveCount(0);
  await treatment.selectOption("recycling");
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("2,5");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  await page.getByLabel(fr("dataQuality.label"), { exact: true }).selectOption("estimated");
  const unit = await page.getByLabel(fr("activity.fields.unit"), { exact: true }).inputValue();
  const expected = engineKg({
    activityTypeId: "waste.paper_cardboard",
    quantity: "2.5",
    unit,
    dataQuality: "estimated",
    options: { treatment: "recycling" },
  });
  await expectPreview(page, expected);
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/waste\\?period=`));
  const row = page.getByRole("row", { name: label });
  expect(await db.value(`SELECT "dataQuality" FROM "ActivityData" WHERE label = $1`, [label])).toBe("estimated");
  await row.getByRole("link", { name: label }).click();
  await expect(page.getByLabel(fr("activity.fields.treatment"), { exact: true })).toHaveValue("recycling");
  await expect(page.getByLabel(fr("dataQuality.label"), { exact: true })).toHaveValue("estimated");
});

test("video calls on a laptop: only network and data centre counted, the device parts shown as excluded, saved", async ({
  page,
}) => {
  const label = unique("Visioconférences");
  await page.goto(`/${NUAGE.slug}/collection/digital/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("digital.video_call.laptop");
  await expect(page.getByLabel(fr("activity.fields.unit"), { exact: true })).toHaveValue("hour");
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("1 250,5");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  const expected = engineKg({ activityTypeId: "digital.video_call.laptop", quantity: "1250.5", unit: "hour" });
  await expectPreview(page, expected);
  const excluded = page.getByTestId("preview-excluded");
  await expect(excluded).toContainText(fr("activity.preview.excluded.stages.manufacturing"));
  await expect(excluded).toContainText(fr("activity.preview.excluded.reasons.counted_in_equipment_and_electricity"));
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/digital\\?period=`));
  await expect(page.getByRole("row", { name: label })).toBeVisible();
  expect(await db.value(`SELECT "kgCO2e"::text FROM "ActivityData" WHERE label = $1`, [label])).toBe(expected);
});

test("district heating from a network found by its town", async ({ page }) => {
  const label = unique("Chauffage urbain");
  await page.goto(`/${NUAGE.slug}/collection/energy/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("energy.district_heating");
  const network = page.getByRole("combobox", { name: fr("activity.fields.network"), exact: true });
  await network.fill("Bourg-en-Bresse");
  await page
    .getByRole("option", { name: /Reyssouze/ })
    .first()
    .click();
  await expect(network).toHaveValue(/Reyssouze/);
  await page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("10 000");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  await expect(page.getByTestId("preview-kgco2e")).toBeVisible();
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page).toHaveURL(new RegExp(`/collection/energy\\?period=`));
  const key = await db.value(`SELECT options->>'network' FROM "ActivityData" WHERE label = $1`, [label]);
  const unit = await db.value(`SELECT unit FROM "ActivityData" WHERE label = $1`, [label]);
  expect(await db.value(`SELECT "kgCO2e"::text FROM "ActivityData" WHERE label = $1`, [label])).toBe(
    engineKg({ activityTypeId: "energy.district_heating", quantity: "10000", unit, options: { network: key } }),
  );
});

test("a negative quantity or an unknown unit is a field message, and nothing is saved", async ({ page }) => {
  const label = unique("Compteur faux");
  await page.goto(`/${NUAGE.slug}/collection/energy/new`);
  await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("energy.electricity.grid");
  await page.getByLabel(fr("activity.fields.label"), { exact: true }).fill(label);
  const quantity = page.getByLabel(fr("activity.fields.quantity"), { exact: true });
  await quantity.fill("-5");
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page.getByText(fr("activity.validation.decimal"))).toBeVisible();
  await expect(quantity).toHaveAttribute("aria-invalid", "true");

  // A unit the form never offers (a crafted request): the server refuses it on the unit field.
  await quantity.fill("10");
  await page
    .getByLabel(fr("activity.fields.unit"), { exact: true })
    .evaluate((select: HTMLSelectElement) => select.add(new Option("furlong", "furlong")));
  await page.getByLabel(fr("activity.fields.unit"), { exact: true }).selectOption("furlong");
  await page.getByRole("button", { name: fr("common.save") }).click();
  await expect(page.getByText(fr("activity.validation.unknownUnit")).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/collection/energy/new`));
  expect(await linesNamed(label)).toBe("0");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the flight form, its preview and the list fit without sideways scrolling", async ({ page }) => {
    await page.goto(`/${NUAGE.slug}/collection/travel/new`);
    await pickAirport(page, fr("activity.fields.from"), "Lyon", "LYS");
    await pickAirport(page, fr("activity.fields.to"), "LIS", "LIS");
    await expect(page.getByTestId("preview-kgco2e")).toBeVisible();
    for (const path of ["", `/collection`, `/collection/travel`]) {
      if (path) await page.goto(`/${NUAGE.slug}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path || "the form"}`).toBeLessThanOrEqual(0);
    }
  });
});
