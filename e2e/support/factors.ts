// Steps of the factor library journeys: the explorer's search form and results, and the custom factor
// form. Custom factors are created with a unique marker word in their name, so each test finds exactly
// its own whatever else the shared demo organisations hold.
import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { fr } from "./messages";

/** A word no other test (or run) uses, made only of [a-z0-9] so the search finds it as one token. */
export function uniqueMarker(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export function searchForm(page: Page, t = fr): Locator {
  return page.getByRole("search", { name: t("factors.search.label") });
}

export function resultsTable(page: Page, t = fr): Locator {
  return page.getByRole("table", { name: t("factors.title") });
}

/** The results row whose factor link reads exactly `name`. */
export function resultRow(page: Page, name: string, t = fr): Locator {
  return resultsTable(page, t)
    .locator("tbody tr")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Cells of one column of the results table (1-based: 1 factor, 2 value, 3 region, 4 year, 5 source, 6 uncertainty). */
export function resultColumn(page: Page, column: number, t = fr): Locator {
  return resultsTable(page, t).locator(`tbody tr > td:nth-child(${column})`);
}

/**
 * The result count announced above the table ("631 facteurs", "Aucun facteur", "1 factor"), as a number.
 * (factors.resultCount is an ICU plural, which the spec's message helper does not expand.)
 */
export async function resultTotal(page: Page): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /fact(eu)?r/i });
  await expect(status).toHaveCount(1);
  const digits = (await status.innerText()).replace(/\D/g, "");
  return digits === "" ? 0 : Number(digits);
}

/** Types `query` in the search box and submits the form like a person would; waits for the new URL. */
export async function searchFactors(page: Page, query: string, t = fr): Promise<void> {
  const form = searchForm(page, t);
  await form.getByRole("searchbox", { name: t("factors.search.label"), exact: true }).fill(query);
  await form.getByRole("button", { name: t("factors.search.submit"), exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith("/factors") && url.searchParams.get("q") === query);
}

export type CustomFactorValues = {
  nameFr: string;
  nameEn?: string;
  unit?: string;
  value: string;
  uncertaintyPct?: string;
  source: string;
  justification: string;
  region?: string;
  referenceYear?: string;
};

/** The custom factor form's controls, by their visible labels. */
export function customFactorFields(form: Locator) {
  const field = (name: string) => form.getByLabel(fr(`customFactors.fields.${name}`), { exact: true });
  return {
    nameFr: field("nameFr"),
    nameEn: field("nameEn"),
    unit: field("unit"),
    value: field("value"),
    uncertaintyPct: field("uncertaintyPct"),
    source: field("source"),
    justification: field("justification"),
    region: field("region"),
    referenceYear: field("referenceYear"),
  };
}

/** Fills whichever fields `values` gives (text fields are replaced, the unit is chosen from its list). */
export async function fillCustomFactor(form: Locator, values: Partial<CustomFactorValues>): Promise<void> {
  const fields = customFactorFields(form);
  for (const [name, value] of Object.entries(values) as Array<[keyof CustomFactorValues, string | undefined]>) {
    if (value === undefined) continue;
    if (name === "unit") await fields.unit.selectOption(value);
    else await fields[name].fill(value);
  }
}

export function newCustomFactorForm(page: Page): Locator {
  return page.getByRole("form", { name: fr("customFactors.form.createTitle") });
}

/**
 * As a manager already signed in: opens the custom factors tab, follows "new factor", fills and submits
 * the form, and returns the id of the factor from the detail page the app lands on.
 */
export async function createCustomFactor(page: Page, orgSlug: string, values: CustomFactorValues): Promise<string> {
  await page.goto(`/${orgSlug}/factors/custom`);
  await page.getByRole("link", { name: fr("customFactors.add"), exact: true }).click();
  await expect(page).toHaveURL(`/${orgSlug}/factors/custom/new`);
  const form = newCustomFactorForm(page);
  await fillCustomFactor(form, values);
  await form.getByRole("button", { name: fr("customFactors.form.submitCreate") }).click();
  await page.waitForURL(new RegExp(`/${orgSlug}/factors/custom/(?!new$)[^/]+$`));
  await expect(page.getByRole("heading", { level: 2, name: values.nameFr, exact: true })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id) throw new Error(`no custom factor id in ${page.url()}`);
  return id;
}
