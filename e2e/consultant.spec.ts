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
  // Each client's latest validated total (2025 in the demo), its change against the 2022 base year (a fall),
  // completeness and open requests, each a link into the client.
  for (const org of [NUAGE, PANIER]) {
    const line = clients.getByRole("row").filter({ hasText: org.name });
    await expect(line.getByTestId("portfolio-total")).toContainText(/\d tCO2e\s*2025/);
    await expect(line.getByTestId("portfolio-total")).toHaveAttribute("href", new RegExp(`^/${org.slug}\\?period=`));
    await expect(line.getByTestId("portfolio-change")).toContainText(/^-\d/);
    await expect(line.getByTestId("portfolio-change")).toContainText(
      fr("portfolio.figures.vsBaseYear", { year: 2022 }),
    );
    await expect(line.getByTestId("portfolio-completeness")).toHaveAttribute(
      "href",
      `/${org.slug}/collection/completeness`,
    );
    await expect(line.getByTestId("portfolio-requests")).toHaveAttribute("href", `/${org.slug}/collection/requests`);
  }
  // Sorted by total, largest first, from the column header (the order lives in the address).
  await clients
    .getByRole("link", { name: fr("portfolio.figures.sortBy", { column: fr("portfolio.figures.columns.total") }) })
    .click();
  await expect(page).toHaveURL(/sort=total&dir=desc/);
  const totals = await clients.getByTestId("portfolio-total").allTextContents();
  const tonnes = totals.map((t) =>
    Number(
      t
        .replace(/tCO2e.*/, "")
        .replace(/\s/g, "")
        .replace(",", "."),
    ),
  );
  expect(tonnes).toEqual([...tonnes].sort((a, b) => b - a));
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
