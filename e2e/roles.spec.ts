// Each demo role sees what it may do and nothing more.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, PANIER, fillSignIn, mainNav, signIn } from "./support/app";
import { fr } from "./support/messages";

test.describe("signing in by role", () => {
  test("the owner sees settings and can invite people from the members page", async ({ page }) => {
    await signIn(page, DEMO.nuage.owner);
    await expect(page).toHaveURL(`/${NUAGE.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: NUAGE.name })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText("Hélène Martin");
    await expect(page.getByTestId("user-role")).toHaveText(fr("roles.OWNER"));
    // The setup checklist is for people who can configure the organisation.
    await expect(page.getByRole("heading", { name: fr("home.setupTitle") })).toBeVisible();

    await mainNav(page)
      .getByRole("link", { name: fr("nav.settings") })
      .click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/settings`);
    await page
      .getByRole("navigation", { name: fr("settings.tabs.label") })
      .getByRole("link", { name: fr("settings.tabs.members") })
      .click();
    await expect(page).toHaveURL(`/${NUAGE.slug}/settings/members`);

    const inviteForm = page.getByRole("form", { name: fr("members.inviteTitle") });
    await expect(inviteForm).toBeVisible();
    await expect(inviteForm.getByRole("button", { name: fr("members.invite") })).toBeEnabled();
    const members = page.getByRole("table", { name: fr("members.title") });
    await expect(members.getByRole("row", { name: /manager@nuage-analytics\.example/ })).toBeVisible();
    // Owners manage roles: each member's role is a select.
    await expect(members.getByLabel(fr("members.roleOf", { name: "Julien Moreau" }))).toHaveValue("MANAGER");
  });

  test("a manager sees settings and the member list, but cannot invite or change roles", async ({ page }) => {
    await signIn(page, DEMO.nuage.manager);
    await expect(page.getByTestId("user-role")).toHaveText(fr("roles.MANAGER"));
    await expect(mainNav(page).getByRole("link", { name: fr("nav.settings") })).toBeVisible();

    await page.goto(`/${NUAGE.slug}/settings/members`);
    const members = page.getByRole("table", { name: fr("members.title") });
    await expect(members.getByRole("row", { name: /owner@nuage-analytics\.example/ })).toBeVisible();
    await expect(page.getByRole("form", { name: fr("members.inviteTitle") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: fr("members.invite") })).toHaveCount(0);
    await expect(members.getByRole("combobox")).toHaveCount(0);
    await expect(members.getByRole("button", { name: fr("members.remove") })).toHaveCount(0);
  });

  test("a contributor has no settings in the menu and gets a 403 page when opening them", async ({ page }) => {
    await signIn(page, DEMO.nuage.contributor);
    await expect(page).toHaveURL(`/${NUAGE.slug}`);
    await expect(page.getByTestId("user-role")).toHaveText(fr("roles.CONTRIBUTOR"));
    await expect(mainNav(page).getByRole("link", { name: fr("nav.dashboard") })).toBeVisible();
    await expect(mainNav(page).getByText(fr("nav.settings"))).toHaveCount(0);
    await expect(page.getByRole("heading", { name: fr("home.setupTitle") })).toHaveCount(0);

    for (const path of [`/${NUAGE.slug}/settings`, `/${NUAGE.slug}/settings/members`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: fr("status.forbiddenTitle") })).toBeVisible();
      await expect(page.getByText(fr("status.forbiddenText"))).toBeVisible();
    }
    // The 403 page leads back somewhere useful.
    await page.getByRole("link", { name: fr("status.home") }).click();
    await expect(page).toHaveURL(`/${NUAGE.slug}`);
  });

  test("a viewer has no settings in the menu and cannot open them", async ({ page }) => {
    await signIn(page, DEMO.panier.viewer);
    await expect(page).toHaveURL(`/${PANIER.slug}`);
    await expect(page.getByTestId("user-role")).toHaveText(fr("roles.VIEWER"));
    await expect(mainNav(page).getByText(fr("nav.settings"))).toHaveCount(0);
    // Viewers read the dashboard-side items that contributors do not.
    await expect(mainNav(page).getByText(fr("nav.reports"))).toBeVisible();

    const response = await page.goto(`/${PANIER.slug}/settings/sites`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: fr("status.forbiddenTitle") })).toBeVisible();
    await expect(page.getByText("Entrepôt Rezé")).toHaveCount(0);
  });

  test("a wrong password is refused with a message, and the right one then works", async ({ page }) => {
    await fillSignIn(page, DEMO.panier.manager, "pas-le-bon-mot-de-passe-1");
    await expect(page.getByText(fr("errors.INVALID_CREDENTIALS"))).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.getByLabel(fr("auth.password"), { exact: true }).fill("Albedo-demo-2026");
    await page.getByRole("button", { name: fr("auth.signIn") }).click();
    await expect(page).toHaveURL(`/${PANIER.slug}`);
    await expect(page.getByTestId("user-name")).toHaveText("Thomas Roux");
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, DEMO.panier.owner);
    await expect(page.getByTestId("user-name")).toHaveText("Claire Dubois");
    await page.getByRole("button", { name: fr("shell.signOut") }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("button", { name: fr("auth.signIn") })).toBeVisible();

    await page.goto(`/${PANIER.slug}/settings`);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/${PANIER.slug}/settings`)}`);
    await expect(page.getByTestId("user-name")).toHaveCount(0);
  });
});
