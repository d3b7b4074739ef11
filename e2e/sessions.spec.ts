// Sessions end on the server: a cookie copied before signing out (a shared computer, a stolen cookie)
// stops working at once, and "sign out on all devices" ends the sessions in every other browser too.
import { expect, test, type Browser, type BrowserContext, type TestInfo } from "@playwright/test";
import { DEMO, PANIER, inviteNewUser, newPerson, signIn } from "./support/app";
import { fr } from "./support/messages";

async function browserWithCookiesOf(source: BrowserContext, browser: Browser, testInfo: TestInfo) {
  const copy = await newPerson(browser, testInfo);
  await copy.context.addCookies(await source.cookies());
  return copy;
}

test.describe("sessions that really end", () => {
  test("a session cookie copied before signing out no longer opens the app", async ({
    page,
    context,
    browser,
  }, testInfo) => {
    await signIn(page, DEMO.panier.viewer);
    const thief = await browserWithCookiesOf(context, browser, testInfo);
    await thief.page.goto(`/${PANIER.slug}`);
    await expect(thief.page.getByTestId("user-name")).toBeVisible();

    await page.getByRole("button", { name: fr("shell.signOut") }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await thief.page.goto(`/${PANIER.slug}/settings`);
    await expect(thief.page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/${PANIER.slug}/settings`)}`);
    await expect(thief.page.getByTestId("user-name")).toHaveCount(0);
    await thief.context.close();
  });

  test("signing out on all devices ends the sessions in the other browsers", async ({ page, browser }, testInfo) => {
    const person = await inviteNewUser(browser, testInfo, {
      org: PANIER,
      ownerEmail: DEMO.panier.owner,
      role: "VIEWER",
      prefix: "everywhere",
    });
    const laptop = await newPerson(browser, testInfo);
    await signIn(laptop.page, person.email, person.password);
    await signIn(page, person.email, person.password);

    await page.getByRole("button", { name: fr("shell.signOutEverywhere") }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    await laptop.page.goto(`/${PANIER.slug}`);
    await expect(laptop.page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/${PANIER.slug}`)}`);
    // Signing in again starts a new session that works.
    await signIn(laptop.page, person.email, person.password);
    await expect(laptop.page.getByTestId("user-name")).toHaveText(person.name);
    await laptop.context.close();
  });
});
