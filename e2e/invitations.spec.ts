// Invitation links: an owner invites, the invitee creates an account from the link; links work once,
// unknown links are explained, and password rules are enforced before anything is created.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, createInvitation, fillNewAccount, mainNav, newPerson, signIn, uniqueEmail } from "./support/app";
import { fr } from "./support/messages";

test.describe("invitations", () => {
  test("an owner invites a manager, who joins from the link; the link then stops working", async ({
    page,
    browser,
  }, testInfo) => {
    const email = uniqueEmail("nouvelle-responsable");
    const name = "Zoé Lambert";
    const password = "Bienvenue-chez-nuage-7";

    await signIn(page, DEMO.nuage.owner);
    const link = await createInvitation(page, NUAGE.slug, email, "MANAGER");
    expect(new URL(link).origin).toBe(new URL(testInfo.project.use.baseURL ?? "").origin);
    expect(new URL(link).pathname).toMatch(/^\/invite\/[^/]{20,200}$/);
    await expect(page.getByText(fr("members.linkReady"))).toBeVisible();
    const pending = page.getByRole("table", { name: fr("members.pending") });
    await expect(pending.getByRole("row").filter({ hasText: email })).toContainText(fr("roles.MANAGER"));

    // The invitee opens the link in their own browser.
    const invitee = await newPerson(browser, testInfo);
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { name: fr("invite.title") })).toBeVisible();
    await expect(
      invitee.page.getByText(fr("invite.subtitle", { organization: NUAGE.name, role: fr("roles.MANAGER") })),
    ).toBeVisible();
    await expect(invitee.page.getByLabel(fr("invite.email"), { exact: true })).toHaveValue(email);
    await fillNewAccount(invitee.page, { name, password });

    await expect(invitee.page).toHaveURL(`/${NUAGE.slug}`);
    await expect(invitee.page.getByRole("heading", { level: 1, name: NUAGE.name })).toBeVisible();
    await expect(invitee.page.getByTestId("user-name")).toHaveText(name);
    await expect(invitee.page.getByTestId("user-role")).toHaveText(fr("roles.MANAGER"));
    await expect(mainNav(invitee.page).getByRole("link", { name: fr("nav.settings") })).toBeVisible();
    await invitee.context.close();

    // The owner now sees a member instead of a pending invitation.
    await page.reload();
    const members = page.getByRole("table", { name: fr("members.title") });
    await expect(members.getByLabel(fr("members.roleOf", { name }))).toHaveValue("MANAGER");
    await expect(page.getByRole("table", { name: fr("members.pending") }).getByText(email)).toHaveCount(0);

    // Anyone reusing the link is told it was already used, and gets no form.
    const reuser = await newPerson(browser, testInfo);
    await reuser.page.goto(link);
    await expect(reuser.page.getByRole("heading", { name: fr("invite.problem.used.title") })).toBeVisible();
    await expect(reuser.page.getByTestId("invitation-problem")).toHaveText(fr("invite.problem.used.text"));
    await expect(reuser.page.getByRole("button", { name: fr("invite.accept") })).toHaveCount(0);
    await reuser.context.close();

    // The new account signs in with the password chosen on the invitation page.
    const later = await newPerson(browser, testInfo);
    await signIn(later.page, email, password);
    await expect(later.page).toHaveURL(`/${NUAGE.slug}`);
    await expect(later.page.getByTestId("user-name")).toHaveText(name);
    await later.context.close();
  });

  test("a made-up invitation link is explained as invalid", async ({ page }) => {
    for (const token of ["abc", "x".repeat(43), "Zm9vYmFyYmF6cXV4LXRoaXMtaXMtbm90LWEtdG9rZW4"]) {
      await page.goto(`/invite/${token}`);
      await expect(page.getByRole("heading", { name: fr("invite.problem.invalid.title") })).toBeVisible();
      await expect(page.getByTestId("invitation-problem")).toHaveText(fr("invite.problem.invalid.text"));
      await expect(page.getByRole("button", { name: fr("invite.accept") })).toHaveCount(0);
    }
    await page.getByRole("link", { name: fr("invite.toSignIn") }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("password rules are checked field by field, in French, and nothing is created", async ({
    page,
    browser,
  }, testInfo) => {
    const email = uniqueEmail("mot-de-passe");
    await signIn(page, DEMO.nuage.owner);
    const link = await createInvitation(page, NUAGE.slug, email, "CONTRIBUTOR");

    const invitee = await newPerson(browser, testInfo);
    const form = invitee.page;
    await form.goto(link);
    const accept = form.getByRole("button", { name: fr("invite.accept") });
    const fieldError = (label: string) => form.locator(`#${label}-error`);

    // Nothing filled in.
    await accept.click();
    await expect(fieldError("name")).toHaveText(fr("validation.required"));
    await expect(fieldError("password")).toHaveText(fr("validation.passwordTooShort"));

    // Too short.
    await fillNewAccount(form, { name: "Léa Petit", password: "court1" });
    await expect(fieldError("password")).toHaveText(fr("validation.passwordTooShort"));
    await expect(form.getByLabel(fr("invite.password"), { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(fieldError("name")).toHaveCount(0);

    // Long enough but no digit.
    await fillNewAccount(form, { name: "Léa Petit", password: "seulementdeslettres" });
    await expect(fieldError("password")).toHaveText(fr("validation.passwordWeak"));

    // Confirmation does not match.
    await fillNewAccount(form, {
      name: "Léa Petit",
      password: "Bon-mot-de-passe-2026",
      confirm: "Bon-mot-de-passe-2027",
    });
    await expect(fieldError("confirmPassword")).toHaveText(fr("validation.passwordMismatch"));
    await expect(fieldError("password")).toHaveCount(0);
    await expect(form).toHaveURL(/\/invite\//);

    // Nothing was created: the link still offers a new account, and the owner still sees a pending invitation.
    await form.reload();
    await expect(form.getByRole("heading", { name: fr("invite.title") })).toBeVisible();
    await expect(form.getByLabel(fr("invite.name"), { exact: true })).toBeVisible();
    await expect(form.getByLabel(fr("invite.confirmPassword"), { exact: true })).toBeVisible();
    await invitee.context.close();

    await page.reload();
    await expect(page.getByRole("table", { name: fr("members.pending") }).getByText(email)).toBeVisible();
    await expect(page.getByRole("table", { name: fr("members.title") }).getByText(email)).toHaveCount(0);
  });
});
