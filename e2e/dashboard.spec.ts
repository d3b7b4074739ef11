// The overview dashboard: the figures the home page shows are the stored lines' sums, its choices change
// them, and it reads on a phone.
import Decimal from "decimal.js";
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

/**
 * The year-over-year split of Nuage's total, 2022 → 2025, computed here from the raw validated lines by the
 * methodology's rule (groups of activity type, site and factor variant; A once per activity; activity effect
 * (A₁ − A₀) × E₀ / A₀ rounded to the micro-kg, factor effect the rest; one-period groups are perimeter).
 */
async function yoySplit(): Promise<{
  e0: number;
  e1: number;
  delta: number;
  activity: number;
  factor: number;
  perimeter: number;
}> {
  const json = await tenantDb.value(
    `SELECT COALESCE(json_agg(json_build_object('year', p.year, 'activity', e."activityId", 'position', e."position",
       'group', e."activityTypeId" || '|' || COALESCE(e."siteId", '') || '|' || COALESCE(e."variantKey", 'unit=' || e."factorUnit"),
       'cell', CASE WHEN e."scope" = 3 THEN '3.' || e."ghgCategory" ELSE 'scope' || e."scope" END,
       'quantity', e."quantity"::text, 'kg', e."kgCO2e"::text) ORDER BY e."activityId", e."position"), '[]')::text
     FROM "EmissionLine" e JOIN "ActivityData" a ON a.id = e."activityId"
     JOIN "ReportingPeriod" p ON p.id = e."periodId" JOIN "Organization" o ON o.id = e."organizationId"
     WHERE o.slug = $1 AND p.year IN (2022, 2025) AND a.status = 'VALIDATED'`,
    [NUAGE.slug],
  );
  const lines = JSON.parse(json) as {
    year: number;
    activity: string;
    group: string;
    cell: string;
    quantity: string;
    kg: string;
  }[];
  const zero = () => new Decimal(0);
  const quantity = new Map<string, [Decimal | null, Decimal | null]>();
  const seen = new Set<string>();
  const cells = new Map<string, { group: string; e: [Decimal, Decimal] }>();
  for (const l of lines) {
    const i = l.year === 2025 ? 1 : 0;
    const q = quantity.get(l.group) ?? [null, null];
    if (!seen.has(`${l.group}|${l.activity}`)) {
      seen.add(`${l.group}|${l.activity}`);
      q[i] = (q[i] ?? zero()).plus(l.quantity);
    }
    quantity.set(l.group, q);
    const cell = cells.get(`${l.group}|${l.cell}`) ?? { group: l.group, e: [zero(), zero()] };
    cell.e[i] = cell.e[i].plus(l.kg);
    cells.set(`${l.group}|${l.cell}`, cell);
  }
  let [e0, e1, activity, perimeter] = [zero(), zero(), zero(), zero()];
  for (const { group, e } of cells.values()) {
    const [a0, a1] = quantity.get(group) as [Decimal | null, Decimal | null];
    const delta = e[1].minus(e[0]);
    const both = a0 !== null && a1 !== null;
    e0 = e0.plus(e[0]);
    e1 = e1.plus(e[1]);
    activity = activity.plus(both && !a0.isZero() ? a1.minus(a0).times(e[0]).div(a0).toDecimalPlaces(6) : delta);
    if (!both) perimeter = perimeter.plus(delta);
  }
  const delta = e1.minus(e0);
  return {
    e0: e0.toNumber(),
    e1: e1.toNumber(),
    delta: delta.toNumber(),
    activity: activity.toNumber(),
    factor: delta.minus(activity).toNumber(),
    perimeter: perimeter.toNumber(),
  };
}

test("a manager turns on the base-year comparison and reads the waterfall and its split per category", async ({
  page,
}) => {
  await signIn(page, DEMO.nuage.manager);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByText(fr("dashboard.yoy.choose"))).toBeVisible();
  await page
    .getByTestId("yoy-against")
    .getByRole("radio", { name: fr("dashboard.yoy.base", { period: "2022" }) })
    .click();
  await expect(page).toHaveURL(/against=base/);
  await expect(
    page.getByRole("img", { name: fr("dashboard.yoy.chartLabel", { from: "2022", to: "2025" }) }),
  ).toBeVisible();

  const split = await yoySplit();
  expect(split.e0).toBeGreaterThan(0);
  // Every year's change has an activity and a factor part in the demo (quantities fall, ratios and grid factors move).
  expect(split.activity - split.perimeter).not.toBe(0);
  expect(split.factor).not.toBe(0);
  // As the table formats tonnes: two decimals under 10 t (either sign), one above.
  const tonnes = (kg: number) =>
    new Intl.NumberFormat("fr", { maximumFractionDigits: Math.abs(kg / 1000) < 10 ? 2 : 1 }).format(kg / 1000);
  const signed = (kg: number) => (/^-?0$/.test(tonnes(kg)) ? "0" : `${kg > 0 ? "+" : ""}${tonnes(kg)}`);
  const total = page.getByTestId("yoy-total-row");
  const cells = total.locator("td");
  await expect(cells).toHaveText([
    tonnes(split.e0),
    tonnes(split.e1),
    signed(split.delta),
    new Intl.NumberFormat("fr", { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(
      split.delta / split.e0,
    ),
    signed(split.activity - split.perimeter),
    signed(split.factor),
    signed(split.perimeter),
  ]);
  const rows = page.getByRole("table", { name: fr("dashboard.yoy.tableLabel", { from: "2022" }) }).getByRole("row");
  expect(await rows.count()).toBeGreaterThan(3); // the header, categories, the total

  // The choice is in the address: a reload keeps it.
  await page.reload();
  await expect(page.getByTestId("yoy-waterfall")).toBeVisible();
});
