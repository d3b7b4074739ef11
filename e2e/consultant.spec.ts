// A climate consultant works across client organisations from one portfolio, with manager rights in each.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, FIRM, NUAGE, PANIER, mainNav, signIn } from "./support/app";
import { fr } from "./support/messages";

async function expectConsultantIn(page: Page, org: { slug: string; name: string }) {
  await expect(page).toHaveURL(`/${org.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
  await expect(page.getByText(fr("home.servedBy", { firm: FIRM.name }))).toBeVisible();
  await expect(page.getByTestId("user-name")).toHaveText("Camille Durand");
  await expect(page.getByTestId("user-role")).toHaveText(fr("roles.CONSULTANT"));
  // Manager rights: settings are there.
  await expect(mainNav(page).getByRole("link", { name: fr("nav.settings") })).toBeVisible();
  await expect(page.getByTestId("org-switcher").locator("summary")).toContainText(org.name);
}

test("a consultant lands on the portfolio, opens a client and switches to the other one", async ({ page }) => {
  await signIn(page, DEMO.consultant);
  await expect(page).toHaveURL("/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: fr("portfolio.title") })).toBeVisible();
  // "Klimato Conseil · 2 clients. Vous avez des droits de responsable dans chacun."
  await expect(page.getByText(new RegExp(`^${FIRM.name} · 2 clients\\.`))).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText(fr("roles.CONSULTANT"));

  const clients = page.getByRole("table", { name: fr("portfolio.clients") });
  for (const org of [NUAGE, PANIER]) {
    await expect(clients.getByRole("link", { name: org.name, exact: true })).toHaveAttribute("href", `/${org.slug}`);
  }
  // Columns: organisation, country, headcount, sites, ... (demo data: Nuage 3 sites and 85 people, Panier Vert 2 and 22).
  const cells = (name: string) => clients.getByRole("row").filter({ hasText: name }).getByRole("cell");
  await expect(cells(NUAGE.name).nth(2)).toHaveText("85");
  await expect(cells(NUAGE.name).nth(3)).toHaveText("3");
  await expect(cells(PANIER.name).nth(2)).toHaveText("22");
  await expect(cells(PANIER.name).nth(3)).toHaveText("2");
  await expect(page.getByRole("form", { name: fr("portfolio.addClient") })).toBeVisible();

  await clients.getByRole("link", { name: NUAGE.name, exact: true }).click();
  await expectConsultantIn(page, NUAGE);
  await page.goto(`/${NUAGE.slug}/settings/sites`);
  await expect(page.getByRole("table", { name: fr("sites.title") }).getByText("Siège Paris")).toBeVisible();
  await expect(page.getByRole("button", { name: fr("sites.add") })).toBeVisible();

  const switcher = page.getByTestId("org-switcher");
  await switcher.locator("summary").click();
  const options = switcher.getByRole("list");
  await expect(options.getByRole("link")).toHaveText([new RegExp(NUAGE.name), new RegExp(PANIER.name)]);
  await expect(options.getByRole("link", { name: new RegExp(NUAGE.name) })).toHaveAttribute("aria-current", "true");
  await options.getByRole("link", { name: new RegExp(PANIER.name) }).click();
  await expectConsultantIn(page, PANIER);
  await expect(page.getByText("Siège Paris")).toHaveCount(0);

  // And back to the portfolio from the switcher.
  await switcher.locator("summary").click();
  await switcher.getByRole("link", { name: fr("shell.portfolio") }).click();
  await expect(page).toHaveURL("/portfolio");
});
