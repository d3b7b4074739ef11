// The emission factor library: finding an official factor and reading where it comes from, an
// organisation's own custom factors (validated, versioned, retired), kept to that organisation, and
// managed only by the roles allowed to.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, NUAGE, PANIER, mainNav, newPerson, signIn } from "./support/app";
import {
  createCustomFactor,
  customFactorFields,
  fillCustomFactor,
  newCustomFactorForm,
  resultColumn,
  resultRow,
  resultTotal,
  resultsTable,
  searchFactors,
  searchForm,
  uniqueMarker,
  type CustomFactorValues,
} from "./support/factors";
import { en, fr } from "./support/messages";

// ADEME Base Empreinte 23.6, element 43642: France's average grid mix for 2024, as shipped in
// emission-factors/ademe/23.6 (value, stages and attribution are the published ones).
const FRENCH_MIX_2024 = {
  id: "ademe:43642@23.6",
  nameFr: "Electricité - 2024 - mix moyen - consommation",
  nameEn: "Grid electricity - 2024",
  unitLabel: "kgCO2e/kWh",
  attribution: "Source : ADEME, Base Empreinte® v23.6 (données mises à jour le 2025-07-03), Licence Ouverte v2.0",
} as const;

/** "0,0519 kgCO2e/kWh" or "0.0519" → 519 (tenths of a thousandth), so sums are exact. */
function tenThousandths(text: string): number {
  const match = /(\d+)[.,](\d+)/.exec(text);
  if (!match) throw new Error(`no decimal number in "${text}"`);
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > 4) throw new Error(`more than four decimals in "${text}"`);
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, "0"));
}

/** The value next to a label in a detail page's list of facts. */
function fact(scope: Locator, label: string): Locator {
  return scope
    .locator("dl > div")
    .filter({ has: scope.page().locator("dt").getByText(label, { exact: true }) })
    .locator("dd");
}

/** The card of a detail page that carries `heading`. */
function card(page: Page, heading: string): Locator {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
}

/** The headline card of a detail page: the value and the uncertainty, side by side. */
function headline(page: Page, t = fr): Locator {
  return page
    .locator("section")
    .filter({ has: page.getByText(t("factors.detail.value"), { exact: true }) })
    .filter({ has: page.getByText(t("factors.detail.uncertainty"), { exact: true }) });
}

function language(page: Page, t: typeof fr, locale: "fr" | "en"): Locator {
  return page.getByRole("group", { name: t("shell.language") }).getByRole("button", { name: locale, exact: true });
}

test.describe("searching the factor library", () => {
  test("a viewer finds France's 2024 grid mix without typing accents and reads its stages and provenance", async ({
    page,
  }) => {
    await signIn(page, DEMO.nuage.viewer);
    await mainNav(page)
      .getByRole("link", { name: fr("nav.factors") })
      .click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors`);
    await expect(page.getByRole("heading", { level: 1, name: fr("factors.title") })).toBeVisible();

    await searchFactors(page, "electricite");
    expect(await resultTotal(page)).toBeGreaterThan(1);
    const row = resultRow(page, FRENCH_MIX_2024.nameFr);
    await expect(row).toHaveCount(1);
    const cells = row.getByRole("cell");
    await expect(cells.nth(0)).toContainText(FRENCH_MIX_2024.nameEn); // the other language's name, underneath
    await expect(cells.nth(1)).toHaveText(`0,0519${FRENCH_MIX_2024.unitLabel}`);
    await expect(cells.nth(2)).toContainText("France");
    await expect(cells.nth(3)).toHaveText("2024");
    await expect(cells.nth(4)).toHaveText(`${fr("factors.sourceShort.ademe")}23.6`);
    await expect(cells.nth(5)).toHaveText(fr("factors.uncertainty", { value: "10" }));

    await row.getByRole("link", { name: FRENCH_MIX_2024.nameFr, exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/${encodeURIComponent(FRENCH_MIX_2024.id)}`);
    await expect(page.getByRole("heading", { level: 2, name: FRENCH_MIX_2024.nameFr, exact: true })).toBeVisible();
    await expect(
      page.getByText(fr("factors.detail.otherName", { name: FRENCH_MIX_2024.nameEn }), { exact: true }),
    ).toBeVisible();
    await expect(page.getByText(`${fr("factors.sources.ademe")} 23.6`, { exact: true })).toBeVisible();
    await expect(page.getByText(fr("factors.statuses.valid"), { exact: true })).toBeVisible();
    await expect(headline(page)).toContainText(`0,0519 ${FRENCH_MIX_2024.unitLabel}`);
    await expect(headline(page)).toContainText(fr("factors.uncertainty", { value: "10" }));

    const facts = card(page, fr("factors.detail.facts"));
    await expect(fact(facts, fr("factors.detail.region"))).toHaveText("France");
    await expect(fact(facts, fr("factors.detail.year"))).toHaveText("2024");
    await expect(fact(facts, fr("factors.detail.uncertainty"))).toHaveText(fr("factors.uncertainty", { value: "10" }));

    const provenance = card(page, fr("factors.detail.provenance.title"));
    await expect(fact(provenance, fr("factors.detail.provenance.id"))).toHaveText(FRENCH_MIX_2024.id);
    await expect(fact(provenance, fr("factors.detail.provenance.release"))).toContainText("v23.6");
    await expect(fact(provenance, fr("factors.detail.provenance.publisher"))).toHaveText("ADEME");
    await expect(fact(provenance, fr("factors.detail.provenance.publishedOn"))).toHaveText("3 juil. 2025");
    await expect(fact(provenance, fr("factors.detail.provenance.licence"))).toHaveText("Licence Ouverte v2.0 (Etalab)");
    await expect(fact(provenance, fr("factors.detail.provenance.publishedRegion"))).toHaveText("France continentale");

    // Three published stages, whose values add up exactly to the published total.
    const stages = page.getByRole("table", { name: fr("factors.detail.stages.title") });
    const stageRows = stages.locator("tbody tr");
    await expect(stageRows).toHaveCount(4);
    await expect(stageRows.nth(0).getByRole("cell")).toHaveText([
      fr("factors.detail.stageNames.combustion"),
      "Combustion à la centrale",
      "0,035 kgCO2e/kWh",
      "67,4 %",
    ]);
    await expect(stageRows.nth(1).getByRole("cell")).toHaveText([
      fr("factors.detail.stageNames.upstream"),
      "Amont",
      "0,0131 kgCO2e/kWh",
      "25,2 %",
    ]);
    await expect(stageRows.nth(2).getByRole("cell")).toHaveText([
      fr("factors.detail.stageNames.td_losses"),
      "Transport et distribution - Pertes",
      "0,0038 kgCO2e/kWh",
      "7,3 %",
    ]);
    await expect(stageRows.nth(3).getByRole("cell")).toHaveText([
      fr("factors.detail.stages.total"),
      "",
      "0,0519 kgCO2e/kWh",
      "",
    ]);
    const stageValues = await stages.locator("tbody tr > td:nth-child(3)").allInnerTexts();
    const total = stageValues.pop() ?? "";
    expect(stageValues.reduce((sum, text) => sum + tenThousandths(text), 0)).toBe(tenThousandths(total));
    expect(tenThousandths(total)).toBe(519);

    await expect(card(page, fr("factors.detail.gases.title"))).toContainText(fr("factors.detail.gases.none"));
    await expect(card(page, fr("factors.detail.provenance.attribution")).locator("blockquote")).toHaveText(
      FRENCH_MIX_2024.attribution,
    );

    await page.getByRole("link", { name: fr("factors.detail.back") }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors`);
  });

  test("an English query finds the same factor, and the English interface shows its English name", async ({ page }) => {
    await signIn(page, DEMO.nuage.viewer);
    await page.goto(`/${NUAGE.slug}/factors`);
    await searchFactors(page, "electricity");
    await expect(resultRow(page, FRENCH_MIX_2024.nameFr).getByRole("cell").nth(1)).toHaveText(
      `0,0519${FRENCH_MIX_2024.unitLabel}`,
    );

    await language(page, fr, "en").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/[?&]q=electricity(&|$)/);
    await expect(searchForm(page, en).getByRole("searchbox", { name: en("factors.search.label") })).toHaveValue(
      "electricity",
    );
    const row = resultRow(page, FRENCH_MIX_2024.nameEn, en);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(0)).toContainText(FRENCH_MIX_2024.nameFr);
    await expect(row.getByRole("cell").nth(1)).toHaveText(`0.0519${FRENCH_MIX_2024.unitLabel}`);
    await expect(row.getByRole("cell").nth(5)).toHaveText(en("factors.uncertainty", { value: "10" }));
    // Categories in English only: ADEME's French tree translated, one "Electricity" filter for every publisher.
    await expect(row.getByRole("cell").nth(0)).toContainText("Electricity › Grid mix › Mainland France › Average");
    const categories = await searchForm(page, en)
      .getByRole("combobox", { name: en("factors.filters.category"), exact: true })
      .locator("option")
      .allInnerTexts();
    expect(categories.filter((c) => /electric/i.test(c))).toEqual(["Electricity"]);
    expect(categories.some((c) => /[éèà]/.test(c))).toBe(false);

    await row.getByRole("link", { name: FRENCH_MIX_2024.nameEn, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: FRENCH_MIX_2024.nameEn, exact: true })).toBeVisible();
    await expect(
      page.getByText(en("factors.detail.otherNameFr", { name: FRENCH_MIX_2024.nameFr }), { exact: true }),
    ).toBeVisible();
    await expect(headline(page, en)).toContainText(`0.0519 ${FRENCH_MIX_2024.unitLabel}`);
    const stages = page.getByRole("table", { name: en("factors.detail.stages.title") });
    await expect(stages.locator("tbody tr > td:nth-child(1)")).toHaveText([
      en("factors.detail.stageNames.combustion"),
      en("factors.detail.stageNames.upstream"),
      en("factors.detail.stageNames.td_losses"),
      en("factors.detail.stages.total"),
    ]);
    await expect(stages.locator("tbody tr > td:nth-child(4)")).toHaveText(["67.4%", "25.2%", "7.3%", ""]);
    await expect(card(page, en("factors.detail.provenance.attribution")).locator("blockquote")).toHaveText(
      FRENCH_MIX_2024.attribution,
    );
  });

  test("the source and unit filters narrow the results and live in the URL", async ({ page }) => {
    await signIn(page, DEMO.nuage.viewer);
    await page.goto(`/${NUAGE.slug}/factors`);
    await searchFactors(page, "electricity");
    const everything = await resultTotal(page);
    const form = searchForm(page);
    const source = form.getByRole("combobox", { name: fr("factors.filters.source"), exact: true });
    const unit = form.getByRole("combobox", { name: fr("factors.filters.unit"), exact: true });
    const submit = form.getByRole("button", { name: fr("factors.search.submit"), exact: true });

    // Source: DESNZ only.
    await source.selectOption({ label: fr("factors.sources.desnz") });
    await submit.click();
    await page.waitForURL((url) => url.searchParams.get("source") === "desnz");
    expect(new URL(page.url()).searchParams.get("q")).toBe("electricity");
    const fromDesnz = await resultTotal(page);
    expect(fromDesnz).toBeGreaterThan(0);
    expect(fromDesnz).toBeLessThan(everything);
    const sources = await resultColumn(page, 5).allInnerTexts();
    expect(sources.length).toBe(Math.min(fromDesnz, 25));
    for (const text of sources) expect(text.replace(/\s+/g, " ")).toBe(`${fr("factors.sourceShort.desnz")} 2025`);
    await expect(resultRow(page, FRENCH_MIX_2024.nameFr)).toHaveCount(0);

    // And a unit: kWh on a net calorific value basis.
    await unit.selectOption("kWh_PCI");
    await submit.click();
    await page.waitForURL((url) => url.searchParams.get("unit") === "kWh_PCI");
    const inKwhPci = await resultTotal(page);
    expect(inKwhPci).toBeGreaterThan(0);
    expect(inKwhPci).toBeLessThan(fromDesnz);
    const values = await resultColumn(page, 2).allInnerTexts();
    expect(values.length).toBe(inKwhPci);
    for (const text of values) expect(text).toMatch(/^[\d\s,]+\s*kgCO2e\/kWh PCI$/); // one spelling, whatever DESNZ wrote

    // The URL is the search: opened afresh, it shows the same filters and the same results.
    const shared = page.url();
    expect(new URL(shared).searchParams.get("source")).toBe("desnz");
    await page.goto("about:blank");
    await page.goto(shared);
    await expect(searchForm(page).getByRole("searchbox", { name: fr("factors.search.label") })).toHaveValue(
      "electricity",
    );
    await expect(source).toHaveValue("desnz");
    await expect(unit).toHaveValue("kWh_PCI");
    expect(await resultTotal(page)).toBe(inKwhPci);
    expect(await resultColumn(page, 2).allInnerTexts()).toEqual(values);

    // The unit alone, across every source.
    await page.goto(`/${NUAGE.slug}/factors?unit=kWh_PCI`);
    await expect(unit).toHaveValue("kWh_PCI");
    await expect(source).toHaveValue("");
    expect(await resultTotal(page)).toBeGreaterThan(inKwhPci);
    for (const text of await resultColumn(page, 2).allInnerTexts()) expect(text).toMatch(/kWh/);
  });

  test("reset clears the search box and the filters, not only the URL", async ({ page }) => {
    // The filters are uncontrolled <select>s: the page keys the form by the search so Reset re-renders them.
    await signIn(page, DEMO.nuage.viewer);
    await page.goto(`/${NUAGE.slug}/factors`);
    const everything = await resultTotal(page);
    await searchFactors(page, "electricity");
    const form = searchForm(page);
    const searchbox = form.getByRole("searchbox", { name: fr("factors.search.label") });
    const source = form.getByRole("combobox", { name: fr("factors.filters.source"), exact: true });
    await source.selectOption("desnz");
    await form.getByRole("button", { name: fr("factors.search.submit"), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("source") === "desnz");
    expect(await resultTotal(page)).toBeLessThan(everything);

    await form.getByRole("link", { name: fr("factors.search.reset"), exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors`);
    // The whole library again, give or take the few custom factors other specs add or retire meanwhile.
    await expect.poll(() => resultTotal(page)).toBeGreaterThanOrEqual(everything - 10);
    await expect(searchbox).toHaveValue("", { timeout: 3_000 });
    await expect(source).toHaveValue("", { timeout: 3_000 });
    // Searching again after a reset searches everything.
    await form.getByRole("button", { name: fr("factors.search.submit"), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.has("q"));
    expect(new URL(page.url()).searchParams.get("source")).toBe("");
  });
});

test.describe("custom factors", () => {
  function barge(marker: string): CustomFactorValues {
    return {
      nameFr: `Fret fluvial ${marker}`,
      nameEn: `River freight ${marker}`,
      unit: "t.km",
      value: "0,0412",
      uncertaintyPct: "15",
      source: "Transporteur Seine Fluvial, bilan carbone 2024",
      justification: "Donnée mesurée par notre transporteur, plus précise que la moyenne nationale.",
      region: "FR",
      referenceYear: "2024",
    };
  }

  test("a manager's invalid factor is refused field by field; a valid one is searchable, versioned, then retired", async ({
    page,
  }) => {
    // The whole life of a factor in one journey (a dozen page loads): more than the default minute when
    // the two cores are also building or testing something else.
    test.slow();
    const marker = uniqueMarker("peniche");
    const values = barge(marker);
    await signIn(page, DEMO.nuage.manager);

    // Invalid: no justification, a value that is not a number. The browser never calls the server.
    const actionCalls: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) actionCalls.push(request.url());
    });
    await page.goto(`/${NUAGE.slug}/factors`);
    await page
      .getByRole("navigation", { name: fr("factors.title") })
      .getByRole("link", { name: fr("factors.manageCustom") })
      .click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom`);
    await page.getByRole("link", { name: fr("customFactors.add"), exact: true }).click();
    const form = newCustomFactorForm(page);
    const fields = customFactorFields(form);
    await fillCustomFactor(form, { ...values, value: "douze", justification: "" });
    const create = form.getByRole("button", { name: fr("customFactors.form.submitCreate") });
    await create.click();
    await expect(fields.value).toHaveAttribute("aria-invalid", "true");
    await expect(fields.value).toHaveAccessibleDescription(fr("validation.number"));
    await expect(fields.justification).toHaveAttribute("aria-invalid", "true");
    await expect(fields.justification).toHaveAccessibleDescription(fr("validation.tooShort", { min: 10 }));
    await expect(fields.nameFr).not.toHaveAttribute("aria-invalid", "true");
    await expect(fields.source).not.toHaveAttribute("aria-invalid", "true");
    // A justification that is still too short, and a negative value.
    await fields.justification.fill("Parce que");
    await fields.value.fill("-0,04");
    await create.click();
    await expect(fields.value).toHaveAccessibleDescription(fr("validation.tooSmall", { min: 0 }));
    await expect(fields.justification).toHaveAccessibleDescription(fr("validation.tooShort", { min: 10 }));
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom/new`);
    expect(actionCalls).toEqual([]);

    // Nothing was created: not in the list, not in the search.
    await page.goto(`/${NUAGE.slug}/factors/custom?retired=1`);
    await expect(page.getByRole("heading", { level: 1, name: fr("factors.title") })).toBeVisible();
    await expect(page.getByText(marker)).toHaveCount(0);
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}`);
    expect(await resultTotal(page)).toBe(0);
    await expect(page.getByText(fr("factors.empty"), { exact: true })).toBeVisible();

    // Valid: created, and shown on its own page.
    const v1 = await createCustomFactor(page, NUAGE.slug, values);
    const header = page.locator("article header");
    await expect(header.getByText(fr("factors.customBadge"), { exact: true })).toBeVisible();
    await expect(header.getByText(fr("customFactors.statuses.ACTIVE"), { exact: true })).toBeVisible();
    await expect(header.getByText(fr("customFactors.versionLabel", { version: 1 }), { exact: true })).toBeVisible();
    await expect(
      page.getByText(fr("factors.detail.otherName", { name: values.nameEn ?? "" }), { exact: true }),
    ).toBeVisible();
    await expect(headline(page)).toContainText(`0,0412 ${fr("customFactors.perUnit", { unit: "tonne.km" })}`);
    await expect(headline(page)).toContainText(fr("factors.uncertainty", { value: "15" }));
    const article = page.locator("article");
    await expect(fact(article, fr("customFactors.detail.source"))).toHaveText(values.source);
    await expect(fact(article, fr("customFactors.detail.justification"))).toHaveText(values.justification);
    await expect(fact(article, fr("customFactors.detail.region"))).toHaveText("France");
    await expect(fact(article, fr("customFactors.detail.referenceYear"))).toHaveText("2024");

    // It is found by the explorer's search, badged as custom.
    await page.goto(`/${NUAGE.slug}/factors`);
    await searchFactors(page, marker);
    expect(await resultTotal(page)).toBe(1);
    const hit = resultRow(page, values.nameFr);
    await expect(hit.getByRole("cell").nth(0)).toContainText(fr("factors.customBadge"));
    await expect(hit.getByRole("cell").nth(0)).toContainText(values.nameEn ?? "");
    await expect(hit.getByRole("cell").nth(1)).toHaveText("0,0412kgCO2e/tonne.km");
    await expect(hit.getByRole("cell").nth(4)).toHaveText(values.source);
    await expect(hit.getByRole("cell").nth(5)).toHaveText(fr("factors.uncertainty", { value: "15" }));
    // Also under the "custom factors" source, and not under a publisher's.
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}&source=custom`);
    await expect(resultRow(page, values.nameFr)).toHaveCount(1);
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}&source=ademe`);
    expect(await resultTotal(page)).toBe(0);
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}`);
    await hit.getByRole("link", { name: values.nameFr, exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom/${v1}`);

    // A new version: the form starts from the current values; version 1 is kept, retired, in the history.
    await page.getByRole("link", { name: fr("customFactors.detail.newVersion"), exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom/${v1}/new-version`);
    const versionForm = page.getByRole("form", {
      name: fr("customFactors.form.versionTitle", { name: values.nameFr }),
    });
    await expect(
      versionForm.getByText(fr("customFactors.form.versionHint", { version: 1 }), { exact: true }),
    ).toBeVisible();
    const versionFields = customFactorFields(versionForm);
    await expect(versionFields.nameFr).toHaveValue(values.nameFr);
    await expect(versionFields.unit).toHaveValue("t.km");
    await expect(versionFields.value).toHaveValue("0,0412"); // shown the French way
    await expect(versionFields.source).toHaveValue(values.source);
    await fillCustomFactor(versionForm, { value: "0,0398", source: "Transporteur Seine Fluvial, bilan carbone 2025" });
    await versionForm.getByRole("button", { name: fr("customFactors.form.submitVersion", { version: 2 }) }).click();
    await page.waitForURL((url) => /\/factors\/custom\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(`/${v1}`));
    const v2 = new URL(page.url()).pathname.split("/").pop() ?? "";
    await expect(header.getByText(fr("customFactors.versionLabel", { version: 2 }), { exact: true })).toBeVisible();
    await expect(headline(page)).toContainText(`0,0398 ${fr("customFactors.perUnit", { unit: "tonne.km" })}`);
    const history = page.getByRole("table", { name: fr("customFactors.detail.history") });
    await expect(history.locator("tbody tr")).toHaveCount(2);
    await expect(history.locator("tbody tr").nth(0).getByRole("cell").nth(0)).toHaveText("v2");
    await expect(history.locator("tbody tr").nth(0).getByRole("cell").nth(1)).toHaveText("0,0398 kgCO2e/tonne.km");
    await expect(history.locator("tbody tr").nth(0).getByRole("cell").nth(2)).toHaveText(
      fr("customFactors.statuses.ACTIVE"),
    );
    await expect(history.locator("tbody tr").nth(1).getByRole("cell").nth(1)).toHaveText("0,0412 kgCO2e/tonne.km");
    await expect(history.locator("tbody tr").nth(1).getByRole("cell").nth(2)).toHaveText(
      fr("customFactors.statuses.RETIRED"),
    );
    await expect(history.locator("tbody tr").nth(1).getByRole("cell").nth(3)).toContainText(
      fr("customFactors.detail.retiredOn", { date: "" }).trim(),
    );

    // Version 1 stays readable, marked retired, and cannot be changed any more.
    await history.getByRole("link", { name: "v1", exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom/${v1}`);
    await expect(page.getByRole("note")).toHaveText(fr("customFactors.detail.retiredNotice"));
    await expect(header.getByText(fr("customFactors.statuses.RETIRED"), { exact: true })).toBeVisible();
    await expect(headline(page)).toContainText("0,0412");
    await expect(fact(article, fr("customFactors.detail.source"))).toHaveText(values.source);
    await expect(page.getByRole("link", { name: fr("customFactors.detail.newVersion") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: fr("customFactors.detail.retire") })).toHaveCount(0);

    // The search shows only the current version.
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}`);
    expect(await resultTotal(page)).toBe(1);
    await expect(resultRow(page, values.nameFr).getByRole("cell").nth(1)).toHaveText("0,0398kgCO2e/tonne.km");
    // The custom factor list too, unless retired versions are asked for.
    const list = page.getByRole("table", { name: fr("customFactors.title") });
    await page.goto(`/${NUAGE.slug}/factors/custom`);
    await expect(list.locator("tbody tr").filter({ hasText: marker })).toHaveCount(1);
    await page.getByRole("link", { name: fr("customFactors.showRetired") }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom?retired=1`);
    await expect(list.locator("tbody tr").filter({ hasText: marker }).locator("td:nth-child(3)")).toHaveText([
      "v2",
      "v1",
    ]);

    // Retiring (two clicks) takes it out of the search; its page remains, marked retired.
    await page.goto(`/${NUAGE.slug}/factors/custom/${v2}`);
    await page.getByRole("button", { name: fr("customFactors.detail.retire"), exact: true }).click();
    await page.getByRole("button", { name: fr("customFactors.detail.confirmRetire"), exact: true }).click();
    await expect(page.getByRole("note")).toHaveText(fr("customFactors.detail.retiredNotice"));
    await expect(header.getByText(fr("customFactors.statuses.RETIRED"), { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: fr("customFactors.detail.newVersion") })).toHaveCount(0);
    await expect(history.locator("tbody tr > td:nth-child(3)")).toHaveText([
      fr("customFactors.statuses.RETIRED"),
      fr("customFactors.statuses.RETIRED"),
    ]);

    await page.goto(`/${NUAGE.slug}/factors`);
    await searchFactors(page, marker);
    expect(await resultTotal(page)).toBe(0);
    await expect(resultsTable(page)).toHaveCount(0);
    await expect(page.getByText(fr("factors.empty"), { exact: true })).toBeVisible();
    await page.goto(`/${NUAGE.slug}/factors/custom`);
    await expect(page.getByText(fr("customFactors.description"))).toBeVisible();
    await expect(page.getByText(marker)).toHaveCount(0);
  });

  test("another organisation neither finds a custom factor nor opens it: 404", async ({ page, browser }, testInfo) => {
    const marker = uniqueMarker("isole");
    const values = barge(marker);
    await signIn(page, DEMO.nuage.manager);
    const id = await createCustomFactor(page, NUAGE.slug, values);
    await page.goto(`/${NUAGE.slug}/factors?q=${marker}`);
    await expect(resultRow(page, values.nameFr)).toHaveCount(1);

    const panier = await newPerson(browser, testInfo);
    try {
      await signIn(panier.page, DEMO.panier.manager);
      await panier.page.goto(`/${PANIER.slug}/factors`);
      await searchFactors(panier.page, marker);
      expect(await resultTotal(panier.page)).toBe(0);
      await expect(panier.page.getByText(fr("factors.empty"), { exact: true })).toBeVisible();
      await expect(panier.page.getByText(marker)).toHaveCount(0);
      await expect(searchForm(panier.page).getByRole("searchbox")).toHaveValue(marker);
      await panier.page.goto(`/${PANIER.slug}/factors?q=${marker}&source=custom`);
      expect(await resultTotal(panier.page)).toBe(0);
      await panier.page.goto(`/${PANIER.slug}/factors/custom?retired=1`);
      await expect(panier.page.getByText(fr("customFactors.description"))).toBeVisible();
      await expect(panier.page.getByText(marker)).toHaveCount(0);

      for (const path of [
        `/${PANIER.slug}/factors/custom/${id}`,
        `/${PANIER.slug}/factors/custom/${id}/new-version`,
        `/${NUAGE.slug}/factors/custom/${id}`,
      ]) {
        const response = await panier.page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(panier.page.getByRole("heading", { name: fr("status.notFoundTitle") })).toBeVisible();
        await expect(panier.page.getByText(marker)).toHaveCount(0);
        expect(await panier.page.title(), path).not.toContain(marker);
      }
    } finally {
      await panier.context.close();
    }
  });

  test("a viewer has no way to create or change custom factors, and gets 403 on their pages", async ({
    page,
    browser,
  }, testInfo) => {
    const marker = uniqueMarker("lecture");
    const values = barge(marker);
    const manager = await newPerson(browser, testInfo);
    await signIn(manager.page, DEMO.nuage.manager);
    const id = await createCustomFactor(manager.page, NUAGE.slug, values);
    await manager.context.close();

    await signIn(page, DEMO.nuage.viewer);
    await page.goto(`/${NUAGE.slug}/factors/custom`);
    const list = page.getByRole("table", { name: fr("customFactors.title") });
    await expect(list.getByRole("link", { name: values.nameFr, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: fr("customFactors.showRetired") })).toBeVisible();
    await expect(page.getByRole("link", { name: fr("customFactors.add") })).toHaveCount(0);

    // Viewers read a custom factor, without the buttons that would change it.
    await list.getByRole("link", { name: values.nameFr, exact: true }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/factors/custom/${id}`);
    await expect(headline(page)).toContainText("0,0412");
    await expect(page.getByRole("link", { name: fr("customFactors.detail.newVersion") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: fr("customFactors.detail.retire") })).toHaveCount(0);

    for (const path of [`/${NUAGE.slug}/factors/custom/new`, `/${NUAGE.slug}/factors/custom/${id}/new-version`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: fr("status.forbiddenTitle") })).toBeVisible();
      await expect(page.getByText(fr("status.forbiddenText"))).toBeVisible();
      await expect(page.getByRole("form")).toHaveCount(0);
    }
  });
});
