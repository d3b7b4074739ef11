// Shared steps of the journeys: demo accounts, signing in through the real form, inviting someone and
// accepting an invitation. Anything a spec changes is made with unique names, so specs stay independent.
import { randomBytes } from "node:crypto";
import { expect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { fr } from "./messages";

export const DEMO_PASSWORD = "Albedo-demo-2026";

export const NUAGE = { slug: "nuage-analytics", name: "Nuage Analytics" } as const;
export const PANIER = { slug: "panier-vert", name: "Panier Vert" } as const;
export const FIRM = { name: "Klimato Conseil" } as const;

export const DEMO = {
  consultant: "camille.durand@klimato-conseil.example",
  nuage: {
    owner: "owner@nuage-analytics.example",
    manager: "manager@nuage-analytics.example",
    contributor: "contributor@nuage-analytics.example",
    viewer: "viewer@nuage-analytics.example",
  },
  panier: {
    owner: "owner@panier-vert.example",
    manager: "manager@panier-vert.example",
    contributor: "contributor@panier-vert.example",
    viewer: "viewer@panier-vert.example",
  },
} as const;

export type MemberRole = "OWNER" | "MANAGER" | "CONTRIBUTOR" | "VIEWER";

/** An address no other test (or run) uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@e2e.example`;
}

/** A fresh browser context with the project's options (locale, base URL): a different person's browser. */
export async function newPerson(
  browser: Browser,
  testInfo: TestInfo,
): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, locale, timezoneId, viewport } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
  return { context, page: await context.newPage() };
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(fr("auth.email"), { exact: true }).fill(email);
  await page.getByLabel(fr("auth.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: fr("auth.signIn") }).click();
}

/** Signs in through the form and waits until the app has taken the person somewhere else. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await fillSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/sign-in" && url.pathname !== "/");
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: fr("nav.label") });
}

/**
 * As an owner already signed in, creates an invitation from the members page and returns the link shown.
 */
export async function createInvitation(page: Page, orgSlug: string, email: string, role: MemberRole): Promise<string> {
  await page.goto(`/${orgSlug}/settings/members`);
  const form = page.getByRole("form", { name: fr("members.inviteTitle") });
  await form.getByLabel(fr("members.email"), { exact: true }).fill(email);
  await form.getByLabel(fr("members.role"), { exact: true }).selectOption({ label: fr(`roles.${role}`) });
  await form.getByRole("button", { name: fr("members.invite") }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toBeVisible();
  return link.inputValue();
}

/** Fills the new-account invitation form (name, password, confirmation) and submits it. */
export async function fillNewAccount(
  page: Page,
  values: { name: string; password: string; confirm?: string },
): Promise<void> {
  await page.getByLabel(fr("invite.name"), { exact: true }).fill(values.name);
  await page.getByLabel(fr("invite.password"), { exact: true }).fill(values.password);
  await page.getByLabel(fr("invite.confirmPassword"), { exact: true }).fill(values.confirm ?? values.password);
  await page.getByRole("button", { name: fr("invite.accept") }).click();
}

/**
 * A brand-new account in `org` with `role`, made the way real people get one: the owner invites, the
 * invitee accepts in their own browser. Returns the credentials; the contexts used are closed.
 */
export async function inviteNewUser(
  browser: Browser,
  testInfo: TestInfo,
  options: { org: { slug: string }; ownerEmail: string; role: MemberRole; prefix: string },
): Promise<{ email: string; password: string; name: string }> {
  const email = uniqueEmail(options.prefix);
  const password = `Nouveau-${randomBytes(4).toString("hex")}-42`;
  const name = `Invité ${options.prefix}`;
  const owner = await newPerson(browser, testInfo);
  const invitee = await newPerson(browser, testInfo);
  try {
    await signIn(owner.page, options.ownerEmail);
    const link = await createInvitation(owner.page, options.org.slug, email, options.role);
    await invitee.page.goto(link);
    await fillNewAccount(invitee.page, { name, password });
    await invitee.page.waitForURL(`**/${options.org.slug}`);
  } finally {
    await owner.context.close();
    await invitee.context.close();
  }
  return { email, password, name };
}

/** On a collection category's page: selects every line shown, submits them, then validates them (French UI). */
export async function submitAndValidateAllOnPage(page: Page, count: number) {
  const bar = page.getByRole("group", { name: fr("bulkStatus.bar") });
  for (const [button, done] of [
    ["submitSelected", "submitted"],
    ["validateSelected", "validated"],
  ] as const) {
    await bar.getByLabel(fr("bulkStatus.selectAllOnPage")).check();
    await bar.getByRole("button", { name: fr(`bulkStatus.${button}`, { count }) }).click();
    await expect(page.getByText(fr(`bulkStatus.${done}`, { count }))).toBeVisible();
  }
}
