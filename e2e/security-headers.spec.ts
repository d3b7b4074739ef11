// Every response carries the security headers (pages, server actions, Auth.js routes, static files), each
// page gets its own script nonce, and the pages people use raise no Content-Security-Policy violation.
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO, NUAGE, fillSignIn, mainNav } from "./support/app";
import { fr } from "./support/messages";

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).toContain("object-src 'none'");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The tests serve plain HTTP: no HSTS there.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

const nonceOf = (headers: Headers) => /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];

test("pages, server actions, Auth.js routes and static files carry the security headers", async ({ page, request }) => {
  const first = (await page.goto("/sign-in")) as Response;
  const headers = await first.allHeaders();
  expectSecurityHeaders(headers, "page");
  const nonce = nonceOf(headers);
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  // Next put this request's nonce on its scripts.
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => s.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce);

  const second = await request.get("/sign-in");
  expect(nonceOf(second.headers())).toBeTruthy();
  expect(nonceOf(second.headers())).not.toBe(nonce);

  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect(stylesheet).toMatch(/^\/_next\/static\//);
  const asset: APIResponse = await request.get(stylesheet!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset.headers(), "static file");

  const authRoute = await request.get("/api/auth/csrf");
  expect(authRoute.status()).toBe(200);
  expectSecurityHeaders(authRoute.headers(), "/api/auth/csrf");

  // Signing in is a server action: its POST response carries the headers too.
  const action = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await fillSignIn(page, DEMO.nuage.owner, "not-the-password");
  expectSecurityHeaders(await (await action).allHeaders(), "server action");
});

/** Records CSP violations the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

test("the pages people use raise no Content-Security-Policy violation, and stay interactive", async ({ page }) => {
  const violations = await watchViolations(page);
  await fillSignIn(page, DEMO.nuage.owner, "Albedo-demo-2026");
  await page.waitForURL(`/${NUAGE.slug}`);
  for (const path of [
    `/${NUAGE.slug}`,
    `/${NUAGE.slug}/settings`,
    `/${NUAGE.slug}/settings/members`,
    `/${NUAGE.slug}/settings/sites`,
    `/${NUAGE.slug}/settings/periods`,
    `/${NUAGE.slug}/settings/audit`,
    `/${NUAGE.slug}/factors`,
    `/${NUAGE.slug}/factors/releases`,
    `/${NUAGE.slug}/factors/custom`,
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Client components hydrated: at phone width the menu button (client state only) opens the navigation.
  await page.setViewportSize({ width: 390, height: 844 });
  const menu = page.getByRole("button", { name: fr("shell.menu") });
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(mainNav(page)).toBeVisible();
  expect(violations).toEqual([]);
});
