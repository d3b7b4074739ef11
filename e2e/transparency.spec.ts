// The public transparency page: Nuage's manager publishes it again choosing its sections, a signed-out
// reader opens it on a 390 px phone (the chosen sections, nothing private: no cost, no description, no
// member, no e-mail, none of the organisation's row ids in the HTML), with the security headers and a
// Cache-Control that lets no cache serve it without asking; the manager revokes it and both its addresses
// answer 404 at once. Finally the demo page is published again at /p/nuage-analytics, as the seed left it.
// Screenshots FR/EN, 1280 and 390 px, of the public page and the management page.
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { en, fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SECTIONS = ["totals", "baseYear", "targets", "actions", "methodology", "contributions"] as const;

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** Every id of a row Nuage owns (each tenant table with an id column), its members' user ids and e-mails. */
async function privateValues(db: TenantDb, organizationId: string): Promise<string[]> {
  const tables = (
    await db.value(
      `SELECT string_agg(c.table_name, ',') FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'organizationId' AND EXISTS (
         SELECT 1 FROM information_schema.columns d
         WHERE d.table_schema = 'public' AND d.table_name = c.table_name AND d.column_name = 'id')`,
      [],
    )
  ).split(",");
  const values = [organizationId];
  for (const table of tables) {
    const ids = await db.value(
      `SELECT coalesce(string_agg(id::text, ','), '') FROM "${table}" WHERE "organizationId" = $1`,
      [organizationId],
    );
    if (ids) values.push(...ids.split(","));
  }
  const members = await db.value(
    `SELECT string_agg(u.id || ',' || u.email, ',') FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."organizationId" = $1`,
    [organizationId],
  );
  return [...values, ...members.split(",")];
}

async function signedOut(browser: Browser, baseURL: string, viewport: typeof PHONE, locale: "fr" | "en") {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: locale === "fr" ? "fr-FR" : "en-GB",
    ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}),
  });
  return { context, page: await context.newPage() };
}

async function publish(page: Page, sections: readonly string[], periods: string[]) {
  await page.goto(`/${NUAGE.slug}/trajectory/publish`);
  const titles = [fr("transparency.manage.form.title"), fr("transparency.manage.form.titleAgain")];
  const form = page.getByRole("form", { name: new RegExp(`^(${titles.join("|")})$`) });
  for (const key of SECTIONS)
    await form
      .getByRole("checkbox", { name: fr(`transparency.sections.${key}`), exact: true })
      .setChecked(sections.includes(key));
  const group = form.getByRole("group", { name: fr("transparency.manage.form.periods") });
  for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
  for (const label of periods) await group.getByRole("checkbox", { name: label, exact: true }).check();
  await form.getByLabel(fr("transparency.manage.form.slug")).fill(NUAGE.slug);
  await form.getByRole("button", { name: /^Publier/ }).click();
  await expect(page.getByRole("status").filter({ hasText: fr("transparency.manage.form.published") })).toBeVisible();
}

test("a manager publishes the page, a signed-out phone reads it, revoking makes it a 404", async ({
  browser,
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const db = await openTenantDb();
  const organizationId = await db.value(`SELECT id FROM "Organization" WHERE slug = $1`, [NUAGE.slug]);
  const managerName = await db.value(`SELECT name FROM "User" WHERE email = $1`, [DEMO.nuage.manager]);
  await signIn(page, DEMO.nuage.manager);
  try {
    await page.goto(`/${NUAGE.slug}/trajectory`);
    await page.getByRole("link", { name: fr("transparency.tab") }).click();
    await expect(page.getByRole("heading", { level: 1, name: fr("transparency.manage.title") })).toBeVisible();
    // Methodology left out; the latest period's totals only.
    const chosen = SECTIONS.filter((s) => s !== "methodology");
    await publish(page, chosen, ["2025"]);
    const link = await page.getByTestId("transparency-link").inputValue();
    expect(link).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
    const audit = await db.value(
      `SELECT action FROM "AuditEvent" WHERE "organizationId" = $1 AND "entityType" = 'TransparencyPage'
       ORDER BY "createdAt" DESC LIMIT 1`,
      [organizationId],
    );
    expect(audit).toBe("transparency.republish");
    await shot(page, testInfo, "manage-desktop-fr");

    // Signed out, on a phone.
    const reader = await signedOut(browser, baseURL!, PHONE, "fr");
    const response = await reader.page.goto(link);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const main = reader.page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1, name: NUAGE.name })).toBeVisible();
    for (const key of ["totals", "baseYear", "targets", "actions", "contributions"])
      await expect(main.getByRole("heading", { level: 2, name: fr(`transparency.public.${key}.title`) })).toBeVisible();
    await expect(main.getByRole("heading", { name: fr("transparency.public.methodology.title") })).toHaveCount(0);
    await expect(main.getByRole("note")).toContainText(fr("transparency.public.contributions.note"));
    await expect(main).toContainText("Politique voyages : le train sous 4 heures");
    // Nothing private, no edit control, no internal id.
    const text = await main.innerText();
    expect(text).not.toContain("€");
    expect(text).not.toContain("@");
    expect(text).not.toContain(managerName);
    expect(text.toLowerCase()).not.toContain("neutre en carbone");
    await expect(reader.page.getByRole("button")).toHaveCount(0);
    await expect(reader.page.locator("input, form, textarea, select")).toHaveCount(0);
    const html = await response!.text();
    // The unguessable address is kept out of search engines.
    await expect(reader.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const leaked = (await privateValues(db, organizationId)).filter((v) => v.length > 0 && html.includes(v));
    expect(leaked).toEqual([]);
    await noSidewaysScroll(reader.page);
    await shot(reader.page, testInfo, "public-phone-fr");
    await reader.context.close();

    // The readable address shows the same page; the other screenshots.
    for (const [locale, viewport, name] of [
      ["fr", DESKTOP, "public-desktop-fr"],
      ["en", DESKTOP, "public-desktop-en"],
      ["en", PHONE, "public-phone-en"],
    ] as const) {
      const other = await signedOut(browser, baseURL!, viewport, locale);
      await other.page.goto(`/p/${NUAGE.slug}`);
      await expect(
        other.page.getByRole("heading", {
          level: 2,
          name: (locale === "fr" ? fr : en)("transparency.public.totals.title"),
        }),
      ).toBeVisible();
      await noSidewaysScroll(other.page);
      await shot(other.page, testInfo, name);
      if (name === "public-desktop-fr") {
        // As printed: the same sections, the charts at their wide size, no shadows.
        await other.page.emulateMedia({ media: "print" });
        await shot(other.page, testInfo, "public-print-fr");
      }
      await other.context.close();
    }

    // Revoke: two clicks; both addresses are a 404 on the very next request.
    await page.getByRole("button", { name: fr("transparency.manage.revoke") }).click();
    await page.getByRole("button", { name: fr("transparency.manage.revokeConfirm") }).click();
    await expect(page.getByRole("status").filter({ hasText: fr("transparency.manage.revoked") })).toBeVisible();
    const anonymous = await signedOut(browser, baseURL!, PHONE, "fr");
    expect((await anonymous.page.goto(link))?.status()).toBe(404);
    expect((await anonymous.page.goto(`/p/${NUAGE.slug}`))?.status()).toBe(404);
    await anonymous.context.close();
    expect(
      await db.value(
        `SELECT action FROM "AuditEvent" WHERE "organizationId" = $1 AND "entityType" = 'TransparencyPage'
         ORDER BY "createdAt" DESC LIMIT 1`,
        [organizationId],
      ),
    ).toBe("transparency.revoke");
  } finally {
    // The demo page as the seed publishes it: every section, first and latest periods.
    await publish(page, SECTIONS, ["2022", "2025"]);
    await db.close();
  }
});

test("the management page on a 390 px phone and in English", async ({ browser, baseURL }, testInfo) => {
  for (const [locale, t, viewport, name] of [
    ["fr", fr, PHONE, "manage-phone-fr"],
    ["en", en, PHONE, "manage-phone-en"],
    ["en", en, DESKTOP, "manage-desktop-en"],
  ] as const) {
    const context = await browser.newContext({ baseURL, viewport });
    const page = await context.newPage();
    await signIn(page, DEMO.nuage.manager);
    await context.addCookies([{ name: "albedo-locale", value: locale, url: baseURL! }]);
    await page.goto(`/${NUAGE.slug}/trajectory/publish`);
    await expect(page.getByRole("heading", { level: 1, name: t("transparency.manage.title") })).toBeVisible();
    await noSidewaysScroll(page);
    await shot(page, testInfo, name);
    await context.close();
  }
});
