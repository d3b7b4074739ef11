// Organisations are sealed from each other, and nothing is reachable without signing in.
import { expect, request, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, NUAGE, PANIER, signIn } from "./support/app";
import { fr } from "./support/messages";
import { captureAction } from "./support/replay";

test.describe("tenant isolation", () => {
  test("the owner of one organisation gets a 404 for another organisation's pages", async ({ page }) => {
    await signIn(page, DEMO.nuage.owner);
    for (const path of [
      `/${PANIER.slug}`,
      `/${PANIER.slug}/settings`,
      `/${PANIER.slug}/settings/sites`,
      `/${PANIER.slug}/settings/members`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: fr("status.notFoundTitle") })).toBeVisible();
      // Not a hint that the organisation exists: no name, no data.
      await expect(page.getByText(PANIER.name)).toHaveCount(0);
      await expect(page.getByText("Entrepôt Rezé")).toHaveCount(0);
    }
    // An organisation that does not exist looks exactly the same.
    const response = await page.goto("/organisation-inexistante/settings/sites");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: fr("status.notFoundTitle") })).toBeVisible();
  });

  test("the org switcher only offers the person's own organisations", async ({ page }) => {
    await signIn(page, DEMO.panier.owner);
    const switcher = page.getByTestId("org-switcher");
    await switcher.locator("summary").click();
    await expect(switcher.getByRole("link")).toHaveText([PANIER.name]);
  });
});

// Fills the sign-in form already on screen (fillSignIn would reload /sign-in and drop ?next=).
async function signInHere(page: Page, email: string) {
  await page.getByLabel(fr("auth.email"), { exact: true }).fill(email);
  await page.getByLabel(fr("auth.password"), { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: fr("auth.signIn") }).click();
}

test.describe("signed out", () => {
  test("signing in from a deep link returns to the page asked for", async ({ page }) => {
    await page.goto(`/${NUAGE.slug}/settings/members`);
    await signInHere(page, DEMO.nuage.owner);
    await expect(page).toHaveURL(`/${NUAGE.slug}/settings/members`);
    await expect(page.getByTestId(`member-${DEMO.nuage.owner}`)).toBeVisible();
  });

  test("a next parameter pointing off-site is ignored", async ({ page }) => {
    await page.goto("/sign-in?next=//evil.example/steal");
    await signInHere(page, DEMO.nuage.viewer);
    await expect(page).toHaveURL(`/${NUAGE.slug}`);
  });

  test("organisation pages redirect to the sign-in page", async ({ page }) => {
    for (const path of [`/${NUAGE.slug}`, `/${NUAGE.slug}/settings/members`, "/portfolio", "/"]) {
      await page.goto(path);
      // Deep links keep the page asked for, to return to it after signing in.
      const expected = path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
      await expect(page, path).toHaveURL(expected);
      await expect(page.getByRole("button", { name: fr("auth.signIn") })).toBeVisible();
      await expect(page.getByText(NUAGE.name)).toHaveCount(0);
    }
  });

  test("a server action replayed without a session is refused and changes nothing", async ({ page }, testInfo) => {
    const siteName = `Site rejoué ${Date.now()}`;
    await signIn(page, DEMO.nuage.owner);
    await page.goto(`/${NUAGE.slug}/settings/sites`);
    await page.getByRole("button", { name: fr("sites.add") }).click();
    const form = page.getByRole("form", { name: fr("sites.add") });
    await form.getByLabel(fr("sites.name"), { exact: true }).fill(siteName);
    await form.getByLabel(fr("sites.city"), { exact: true }).fill("Brest");

    // Capture the browser's real "create site" action call, stopped before it reaches the server.
    const call = await captureAction(page, "sites.ts#createSiteAction", () =>
      form.getByRole("button", { name: fr("common.save") }).click(),
    );

    // Same call from a client with no session cookie.
    const anonymous = await request.newContext({ baseURL: testInfo.project.use.baseURL });
    const headers = call.headers;
    const response = await anonymous.post(call.url, {
      headers: {
        accept: "text/x-component",
        "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
        "next-action": headers["next-action"] ?? "",
        "next-router-state-tree": headers["next-router-state-tree"] ?? "",
        origin: new URL(call.url).origin,
      },
      data: call.body,
    });
    const body = await response.text();
    await anonymous.dispose();
    expect(body).toContain("UNAUTHENTICATED");
    expect(body).not.toContain(siteName);

    // The owner's site list is unchanged.
    await page.goto(`/${NUAGE.slug}/settings/sites`);
    await expect(page.getByRole("table", { name: fr("sites.title") }).getByText("Siège Paris")).toBeVisible();
    await expect(page.getByText(siteName)).toHaveCount(0);
  });
});
