// Password reset without e-mail (the e2e server has no SMTP_URL): the sign-in page's "forgot password"
// explains whom to ask; the owner creates a reset link on the Members page; the member sets a new password
// from another browser, which ends the session they had open, and signs in with it. The link works once.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, createInvitation, fillNewAccount, newPerson, signIn, uniqueEmail } from "./support/app";
import { fr } from "./support/messages";

test("an owner creates a reset link for a member, who sets a new password from it", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail("oubli");
  const name = "Inès Oubli";
  const firstPassword = "Premier-passe-2026";
  const newPassword = "Second-passe-2027";

  // A member of Nuage only, signed in in their usual browser.
  await signIn(page, DEMO.nuage.owner);
  const invitation = await createInvitation(page, NUAGE.slug, email, "CONTRIBUTOR");
  const usual = await newPerson(browser, testInfo);
  await usual.page.goto(invitation);
  await fillNewAccount(usual.page, { name, password: firstPassword });
  await usual.page.waitForURL(`**/${NUAGE.slug}`);

  // On another computer they cannot sign in: "forgot password" says whom to ask.
  const other = await newPerson(browser, testInfo);
  await other.page.goto("/sign-in");
  await other.page.getByRole("link", { name: fr("auth.forgotLink") }).click();
  await expect(other.page).toHaveURL(/\/forgot-password$/);
  await expect(other.page.getByTestId("no-mail")).toContainText(fr("passwordReset.noMailAskManager"));

  // The owner creates the link on the Members page.
  await page.reload();
  // In the member's own row: a retried test leaves an earlier member of the same name.
  await page
    .getByTestId(`member-${email}`)
    .getByRole("button", { name: fr("members.resetLinkFor", { name }) })
    .click();
  await expect(page.getByText(fr("members.resetLinkReady", { name }))).toBeVisible();
  const link = await page.getByTestId("reset-link").inputValue();
  expect(new URL(link).pathname).toMatch(/^\/reset-password\/[\w-]{43}$/);

  // The member opens it on the other computer and chooses a new password.
  await other.page.goto(link);
  await expect(other.page.getByRole("heading", { name: fr("passwordReset.resetTitle") })).toBeVisible();
  await expect(other.page.getByText(fr("passwordReset.resetSubtitle", { email }))).toBeVisible();
  await other.page.getByLabel(fr("passwordReset.password"), { exact: true }).fill(newPassword);
  await other.page.getByLabel(fr("passwordReset.confirmPassword"), { exact: true }).fill(newPassword);
  await other.page.getByRole("button", { name: fr("passwordReset.submit") }).click();
  await expect(other.page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(other.page.getByRole("status")).toHaveText(fr("auth.resetDone"));

  // The session left open in the usual browser has ended.
  await usual.page.reload();
  await expect(usual.page).toHaveURL(/\/sign-in/);

  // The new password works; the link does not work twice.
  await signIn(other.page, email, newPassword);
  await expect(other.page).toHaveURL(`/${NUAGE.slug}`);
  await other.page.goto(link);
  await expect(other.page.getByRole("heading", { name: fr("passwordReset.problem.used.title") })).toBeVisible();
  await usual.context.close();
  await other.context.close();
});
