// Bad input is caught field by field and nothing is saved; the interface and its messages follow the
// language chosen with the FR / EN switch.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, mainNav, signIn } from "./support/app";
import { en, fr } from "./support/messages";

function siteRows(page: Page, label: string) {
  return page.getByRole("table", { name: label }).locator("tbody tr");
}

test("creating a site with an empty name or a bad country code shows field errors and adds nothing", async ({
  page,
}) => {
  const name = `Site invalide ${Date.now()}`;
  await signIn(page, DEMO.nuage.manager);
  await page.goto(`/${NUAGE.slug}/settings/sites`);
  const rows = siteRows(page, fr("sites.title"));
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();

  await page.getByRole("button", { name: fr("sites.add") }).click();
  const form = page.getByRole("form", { name: fr("sites.add") });
  const nameInput = form.getByLabel(fr("sites.name"), { exact: true });
  const country = form.getByLabel(fr("sites.country"), { exact: true });
  const headcount = form.getByLabel(fr("sites.headcount"), { exact: true });
  const save = form.getByRole("button", { name: fr("common.save") });

  // Empty name.
  await save.click();
  await expect(nameInput).toHaveAttribute("aria-invalid", "true");
  await expect(nameInput).toHaveAccessibleDescription(fr("validation.required"));

  // Name given, but a country code that is not two letters, and a negative headcount.
  await nameInput.fill(name);
  await country.fill("F1");
  await headcount.fill("-3");
  await save.click();
  await expect(country).toHaveAccessibleDescription(fr("validation.country"));
  await expect(headcount).toHaveAccessibleDescription(fr("validation.tooSmall", { min: 0 }));
  await expect(nameInput).not.toHaveAttribute("aria-invalid", "true");
  await country.fill("1");
  await save.click();
  await expect(country).toHaveAccessibleDescription(fr("validation.country"));

  // Still the form, and after a reload the list is exactly what it was.
  await expect(form).toBeVisible();
  await page.reload();
  await expect(rows.first()).toBeVisible();
  await expect(rows).toHaveCount(before);
  await expect(page.getByText(name)).toHaveCount(0);
});

test("switching to English translates the interface and its error messages", async ({ page }) => {
  await signIn(page, DEMO.nuage.manager);
  await page.goto(`/${NUAGE.slug}/settings/sites`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The switch is labelled in the current language; its buttons read "fr" / "en" (shown upper-case).
  const language = (group: string, locale: "fr" | "en") =>
    page.getByRole("group", { name: group }).getByRole("button", { name: locale, exact: true });
  await expect(language(fr("shell.language"), "fr")).toHaveAttribute("aria-pressed", "true");
  await expect(language(fr("shell.language"), "en")).toHaveAttribute("aria-pressed", "false");

  await language(fr("shell.language"), "en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(language(en("shell.language"), "en")).toHaveAttribute("aria-pressed", "true");
  await expect(language(en("shell.language"), "fr")).toHaveAttribute("aria-pressed", "false");
  await expect(
    page.getByRole("navigation", { name: en("nav.label") }).getByRole("link", { name: en("nav.settings") }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: en("settings.title") })).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: en("settings.tabs.label") })
      .getByRole("link", { name: en("settings.tabs.members") }),
  ).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText(en("roles.MANAGER"));
  await expect(
    page.getByRole("table", { name: en("sites.title") }).getByRole("columnheader", { name: en("sites.city") }),
  ).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0); // the French navigation label is gone

  await page.getByRole("button", { name: en("sites.add") }).click();
  const form = page.getByRole("form", { name: en("sites.add") });
  await form.getByLabel(en("sites.country"), { exact: true }).fill("9Z");
  await form.getByRole("button", { name: en("common.save") }).click();
  await expect(form.getByLabel(en("sites.name"), { exact: true })).toHaveAccessibleDescription(
    en("validation.required"),
  );
  await expect(form.getByLabel(en("sites.country"), { exact: true })).toHaveAccessibleDescription(
    en("validation.country"),
  );
  await form.getByRole("button", { name: en("common.cancel") }).click();

  // The choice sticks across pages and reloads.
  await page.goto(`/${NUAGE.slug}`);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: en("home.setupTitle") })).toBeVisible();
  await expect(page.getByText(en("home.facts.baseYear"), { exact: true })).toBeVisible();

  // And back to French.
  await language(en("shell.language"), "fr").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: fr("home.setupTitle") })).toBeVisible();
});

test("the sign-in page can be used in English, wrong-password message included", async ({ page }) => {
  await page.goto("/sign-in");
  await page
    .getByRole("group", { name: fr("shell.language") })
    .getByRole("button", { name: "en", exact: true })
    .click();
  await expect(page.getByRole("heading", { name: en("auth.signInTitle") })).toBeVisible();
  await page.getByLabel(en("auth.email"), { exact: true }).fill("nobody-here@e2e.example");
  await page.getByLabel(en("auth.password"), { exact: true }).fill("wrong-password-1");
  await page.getByRole("button", { name: en("auth.signIn") }).click();
  await expect(page.getByText(en("errors.INVALID_CREDENTIALS"))).toBeVisible();
  await page.getByLabel(en("auth.email"), { exact: true }).fill("not-an-email");
  await page.getByLabel(en("auth.password"), { exact: true }).focus();
  await expect(page.getByLabel(en("auth.email"), { exact: true })).toHaveAccessibleDescription(en("validation.email"));
});

// Intl writes French thousands with a narrow no-break space; people type a plain space.
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

test("numbers are typed and shown the way the user's language writes them", async ({ page }) => {
  await signIn(page, DEMO.nuage.owner);
  await page.goto(`/${NUAGE.slug}/settings`);
  const form = () => page.getByRole("form", { name: fr("profile.title") });
  const revenue = form().getByLabel(fr("profile.annualRevenue"), { exact: false });
  const headcount = form().getByLabel(fr("profile.headcount"), { exact: true });
  // The stored revenue is shown as a French number, not as the database writes it ("9500000.00").
  await expect(revenue).toHaveValue(/^(\d{1,3}([\u202f ]\d{3})*(,\d+)?)?$/);

  // Not a French number: the browser says how to write one and the server is not called.
  await revenue.fill("1,250.5");
  await form()
    .getByRole("button", { name: fr("common.save") })
    .click();
  await expect(revenue).toHaveAccessibleDescription(new RegExp(fr("validation.number").split(",")[0]!));

  await revenue.fill("1 250,5");
  await headcount.fill("1\u00a0250");
  await form()
    .getByRole("button", { name: fr("common.save") })
    .click();
  await expect(page.getByText(fr("profile.saved"))).toBeVisible();
  await page.reload();
  // The form fills its fields when it hydrates: wait for the values rather than read them at once.
  await expect.poll(async () => plainSpaces(await revenue.inputValue())).toBe("1 250,5");
  await expect.poll(async () => plainSpaces(await headcount.inputValue())).toBe("1 250");

  // In English the same figures read the English way, and English input is understood.
  await page
    .getByRole("group", { name: fr("shell.language") })
    .getByRole("button", { name: "en", exact: true })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const revenueEn = page
    .getByRole("form", { name: en("profile.title") })
    .getByLabel(en("profile.annualRevenue"), { exact: false });
  await expect(revenueEn).toHaveValue("1,250.5");
  await revenueEn.fill("9,500,000");
  await page
    .getByRole("form", { name: en("profile.title") })
    .getByRole("button", { name: en("common.save") })
    .click();
  await expect(page.getByText(en("profile.saved"))).toBeVisible();
  await page.reload();
  await expect(revenueEn).toHaveValue("9,500,000");

  await page
    .getByRole("group", { name: en("shell.language") })
    .getByRole("button", { name: "fr", exact: true })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect.poll(async () => plainSpaces(await revenue.inputValue())).toBe("9 500 000");
});
