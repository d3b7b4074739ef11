// Repeated wrong passwords lock sign-in for that e-mail for a while (5 failures in 15 minutes), even with
// the right password, without affecting anybody else. Uses an account made for this test only.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, fillSignIn, inviteNewUser, signIn } from "./support/app";
import { fr } from "./support/messages";

test("five wrong passwords lock the account's sign-in, not other people's", async ({ page, browser }, testInfo) => {
  const user = await inviteNewUser(browser, testInfo, {
    org: NUAGE,
    ownerEmail: DEMO.nuage.owner,
    role: "VIEWER",
    prefix: "verrou",
  });

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await fillSignIn(page, user.email, `mauvais-mot-de-passe-${attempt}`);
    await expect(page.getByText(fr("errors.INVALID_CREDENTIALS")), `attempt ${attempt}`).toBeVisible();
  }

  // The sixth attempt is refused even with the right password, and says why.
  await fillSignIn(page, user.email, user.password);
  await expect(page.getByText(fr("errors.TOO_MANY_ATTEMPTS"))).toBeVisible();
  await expect(page.getByText(fr("errors.INVALID_CREDENTIALS"))).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`/${NUAGE.slug}`);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/${NUAGE.slug}`)}`);

  // Someone else signs in normally from the same browser.
  await signIn(page, DEMO.nuage.viewer);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByTestId("user-name")).toHaveText("Marc Lefèvre");
});

test("an unknown e-mail is throttled the same way, without revealing that it does not exist", async ({ page }) => {
  const email = `personne-${Date.now()}@e2e.example`;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await fillSignIn(page, email, `essai-${attempt}-incorrect`);
    await expect(page.getByText(fr("errors.INVALID_CREDENTIALS")), `attempt ${attempt}`).toBeVisible();
  }
  await fillSignIn(page, email, "essai-6-incorrect");
  await expect(page.getByText(fr("errors.TOO_MANY_ATTEMPTS"))).toBeVisible();
});
