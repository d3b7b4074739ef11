// The library versions an organisation's calculations use: reached from the factor explorer, read by
// every member, in French and English. The shipped library has one release per source, so the demo
// organisations are up to date and there is nothing to preview or apply here: the update path (preview,
// apply, audit) is covered by tests/cross-tenant/factor-releases.integration.test.ts and the acceptance
// library's own integration test, which install a newer release.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, NUAGE, PANIER, newPerson, signIn } from "./support/app";
import { en, fr } from "./support/messages";

// What emission-factors/sources.json ships, in the table's order (by source id).
const SHIPPED = [
  {
    source: "ademe",
    version: "23.6",
    publisher: "ADEME",
    publishedFr: "3 juil. 2025",
    publishedEn: "Jul 3, 2025",
    licence: "Licence Ouverte v2.0 (Etalab)",
  },
  {
    source: "ademe-arcep",
    version: "2022-acv-numerique-2.1.0",
    publisher: "ADEME, Arcep",
    publishedFr: "18 févr. 2026",
    publishedEn: "Feb 18, 2026",
    licence: null,
  },
  {
    source: "ademe-arcep-usage",
    version: "2022-usages-numerique-2.1.0",
    publisher: "ADEME, Arcep",
    publishedFr: "18 févr. 2026",
    publishedEn: "Feb 18, 2026",
    licence: null,
  },
  {
    source: "ademe-waste",
    version: "23.6",
    publisher: "ADEME",
    publishedFr: "3 juil. 2025",
    publishedEn: "Jul 3, 2025",
    licence: "Licence Ouverte v2.0 (Etalab)",
  },
  {
    source: "desnz",
    version: "2025",
    publisher: "UK Department for Energy Security and Net Zero (DESNZ)",
    publishedFr: "10 juin 2025",
    publishedEn: "Jun 10, 2025",
    licence: "Open Government Licence v3.0",
  },
  {
    source: "ember",
    version: "2024-co2js-0.19.0",
    publisher: "Ember",
    publishedFr: "3 août 2025",
    publishedEn: "Aug 3, 2025",
    licence: null,
  },
] as const;

const releasesPath = `/${NUAGE.slug}/factors/releases`;

function acceptedTable(page: Page, t = fr): Locator {
  return page.getByRole("table", { name: t("factorReleases.accepted.title") });
}

function cellsOf(row: Locator): Locator {
  return row.getByRole("cell");
}

/** The accepted releases table shows every shipped release, up to date, in the given language. */
async function expectShippedReleases(page: Page, t: typeof fr, locale: "fr" | "en") {
  const rows = acceptedTable(page, t).locator("tbody tr");
  await expect(rows).toHaveCount(SHIPPED.length);
  for (const [i, release] of SHIPPED.entries()) {
    const cells = cellsOf(rows.nth(i));
    await expect(cells.nth(0)).toContainText(t(`factors.sources.${release.source}`));
    await expect(cells.nth(1)).toHaveText(
      `${release.version}${t("factorReleases.accepted.publishedOn", { date: locale === "fr" ? release.publishedFr : release.publishedEn })}`,
    );
    await expect(cells.nth(2)).toContainText(release.publisher);
    if (release.licence) await expect(cells.nth(2)).toContainText(release.licence);
    // The demo data was calculated before anyone could choose: the releases were accepted automatically.
    await expect(cells.nth(3)).toContainText(t("factorReleases.accepted.acceptedAutomatically"));
    await expect(cells.nth(4)).toHaveText(t("factorReleases.accepted.upToDate"));
  }
  await expect(page.getByText(t("factorReleases.updates.none"), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: t("factorReleases.updates.preview") })).toHaveCount(0);
}

test.describe("factor library versions", () => {
  test("a manager reaches the versions in use from the factor explorer: all up to date, nothing to apply", async ({
    page,
  }) => {
    await signIn(page, DEMO.nuage.manager);
    await page.goto(`/${NUAGE.slug}/factors`);
    await page.getByRole("link", { name: fr("factorReleases.headerLink"), exact: true }).click();
    await expect(page).toHaveURL(releasesPath);
    await expect(page).toHaveTitle(new RegExp(fr("factorReleases.title")));
    await expect(page.getByRole("heading", { level: 1, name: fr("factors.title") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: fr("factorReleases.title") })).toBeVisible();
    await expect(page.getByText(fr("factorReleases.description"))).toBeVisible();
    await expectShippedReleases(page, fr, "fr");

    // A preview link for a release that is not newer (or not a release at all) previews nothing.
    await page.goto(`${releasesPath}?preview=${encodeURIComponent("ademe@23.6")}`);
    await expect(page.getByRole("alert").filter({ hasText: fr("factorReleases.preview.unavailable") })).toBeVisible();
    await expect(page.getByRole("button", { name: /23\.6/ })).toHaveCount(0);
    await page.goto(`${releasesPath}?preview=${encodeURIComponent("ademe@99.9")}`);
    await expect(page.getByText(fr("factorReleases.preview.unavailable"))).toBeVisible();
    await page.goto(`${releasesPath}?preview=nothing`);
    await expect(page.getByText(fr("factorReleases.preview.unavailable"))).toHaveCount(0);
    await expectShippedReleases(page, fr, "fr");
    // Nor does a forged confirmation claim an update that did not happen.
    await page.goto(`${releasesPath}?applied=${encodeURIComponent("ademe@99.9")}`);
    await expect(page.getByRole("status").filter({ hasText: "99.9" })).toHaveCount(0);
  });

  test("a viewer and a contributor read the same list, in French and in English, without preview", async ({
    page,
    browser,
  }, testInfo) => {
    await signIn(page, DEMO.nuage.viewer);
    await page.goto(`${releasesPath}?preview=${encodeURIComponent("ademe@23.6")}`);
    await expectShippedReleases(page, fr, "fr");
    // The preview is for managers: the parameter is ignored, not even answered with "unavailable".
    await expect(page.getByText(fr("factorReleases.preview.unavailable"))).toHaveCount(0);

    await page
      .getByRole("group", { name: fr("shell.language") })
      .getByRole("button", { name: "en", exact: true })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: en("factorReleases.title") })).toBeVisible();
    await expectShippedReleases(page, en, "en");
    await expect(page.getByRole("link", { name: en("factorReleases.headerLink"), exact: true })).toBeVisible();

    const contributor = await newPerson(browser, testInfo);
    try {
      await signIn(contributor.page, DEMO.nuage.contributor);
      const response = await contributor.page.goto(releasesPath);
      expect(response?.status()).toBe(200);
      await expectShippedReleases(contributor.page, fr, "fr");
    } finally {
      await contributor.context.close();
    }
  });

  test("another organisation's versions page is a 404", async ({ page }) => {
    await signIn(page, DEMO.panier.manager);
    const response = await page.goto(releasesPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: fr("status.notFoundTitle") })).toBeVisible();
    await expect(acceptedTable(page)).toHaveCount(0);
    // Their own page works.
    await page.goto(`/${PANIER.slug}/factors/releases`);
    await expectShippedReleases(page, fr, "fr");
  });
});
