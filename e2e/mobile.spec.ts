// On a phone the navigation hides behind a menu button.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, mainNav, signIn } from "./support/app";
import { fr } from "./support/messages";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone the menu button opens the navigation, which closes after choosing a page", async ({ page }) => {
  await signIn(page, DEMO.nuage.owner);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: NUAGE.name })).toBeVisible();

  const menu = page.getByRole("button", { name: fr("shell.menu") });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(mainNav(page)).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(mainNav(page)).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText(fr("roles.OWNER"));
  await mainNav(page)
    .getByRole("link", { name: fr("nav.settings") })
    .click();

  await expect(page).toHaveURL(`/${NUAGE.slug}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: fr("settings.title") })).toBeVisible();
  await expect(mainNav(page)).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Nothing sticks out sideways at phone width.
  for (const path of [`/${NUAGE.slug}`, `/${NUAGE.slug}/settings/members`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  // Nor inside the members table: each member's role and actions are reachable without scrolling it.
  const members = page.getByRole("table", { name: fr("members.title") });
  const hidden = await members.evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth);
  expect(hidden, "members table scrolls sideways").toBeLessThanOrEqual(0);
  const viewerRow = page.getByTestId(`member-${DEMO.nuage.viewer}`);
  await viewerRow.scrollIntoViewIfNeeded();
  await expect(
    viewerRow.getByRole("combobox", { name: fr("members.roleOf", { name: "Marc Lefèvre" }) }),
  ).toBeInViewport();
  await expect(viewerRow.getByRole("button", { name: fr("members.remove") })).toBeInViewport();
  await expect(
    viewerRow.getByRole("button", { name: fr("members.resetLinkFor", { name: "Marc Lefèvre" }) }),
  ).toBeInViewport();
});
