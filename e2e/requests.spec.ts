// The data-request journey: a manager asks the demo contributor for energy data; the contributor, on a
// phone, sees the request in "My requests" and its notification; a line they submitted (entered through
// lib/activity in a child process: the entry forms are another screen's) is rejected by the manager with a
// comment; the contributor reads that comment in their notifications and in the request.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, newPerson, signIn } from "./support/app";
import { fr } from "./support/messages";

function submitLine(requestId: string, label: string): { activityId: string } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "e2e/support/workflow-data.ts", "submit-line", NUAGE.slug, requestId, label],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as { activityId: string };
}

const requestCard = (page: Page, marker: string) =>
  page.locator('[data-testid^="request-"]').filter({ hasText: marker });

test("a manager requests data, the contributor answers on a phone, the manager rejects with a comment", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const marker = `Factures ${randomBytes(4).toString("hex")}`;
  const comment = `Il manque la facture de mars (${marker})`;

  // The manager asks the contributor for the 2025 energy data of one site.
  const { page: manager } = await newPerson(browser, testInfo);
  await signIn(manager, DEMO.nuage.manager);
  await manager.goto(`/${NUAGE.slug}/collection/requests/new`);
  const form = manager.getByRole("form", { name: fr("requests.new") });
  await form.getByLabel(fr("requests.category")).selectOption({ label: fr("requests.categories.energy") });
  await form.getByLabel(fr("requests.period")).selectOption({ label: "2025" });
  const assignee = form.getByLabel(fr("requests.assignee"));
  const contributorId = await assignee.locator("option", { hasText: DEMO.nuage.contributor }).getAttribute("value");
  await assignee.selectOption(contributorId as string);
  await form.getByLabel(fr("requests.instructions")).fill(marker);
  await form.getByRole("button", { name: fr("requests.send") }).click();
  await manager.waitForURL(`**/${NUAGE.slug}/collection/requests`);
  const managerCard = requestCard(manager, marker);
  await expect(managerCard).toContainText(fr("requests.status.open"));
  const requestId = ((await managerCard.getAttribute("data-testid")) ?? "").replace("request-", "");
  expect(requestId).not.toBe("");

  // The contributor, on a phone, sees the notification and the request with a link to the form.
  const phone = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const contributor = await phone.newPage();
  await signIn(contributor, DEMO.nuage.contributor);
  await contributor.goto(`/${NUAGE.slug}/notifications`);
  await expect(contributor.getByRole("link", { name: /Notifications\s?: \d+ non lue/ })).toBeVisible();
  await expect(contributor.getByRole("list", { name: fr("notifications.title") })).toContainText(
    fr("requests.categories.energy"),
  );
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  await expect(contributor.getByRole("heading", { name: fr("requests.mine") })).toBeVisible();
  const mine = requestCard(contributor, marker);
  await expect(mine.getByRole("link", { name: fr("requests.enterData") })).toHaveAttribute(
    "href",
    `/${NUAGE.slug}/collection/energy/new?request=${requestId}`,
  );
  expect(await contributor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The contributor's line, submitted; the manager sees the request follow it, and rejects the line.
  submitLine(requestId, marker);
  await manager.goto(`/${NUAGE.slug}/collection/requests`);
  await expect(requestCard(manager, marker)).toContainText(fr("requests.status.submitted"));
  await manager.goto(`/${NUAGE.slug}/collection/review`);
  const line = manager
    .getByRole("list", { name: fr("review.title") })
    .getByRole("listitem")
    .filter({ hasText: marker });
  await line.getByRole("button", { name: fr("review.reject") }).click();
  const dialog = manager.getByRole("dialog", { name: fr("activityStatus.rejectTitle") });
  await dialog.getByLabel(fr("activityStatus.comment")).fill(comment);
  await dialog.getByRole("button", { name: fr("activityStatus.reject") }).click();
  await expect(manager.getByText(fr("review.rejected"))).toBeVisible();
  await expect(line).toHaveCount(0);

  // The contributor reads the comment in the notification and under the request.
  await contributor.goto(`/${NUAGE.slug}/notifications`);
  await expect(contributor.getByRole("list", { name: fr("notifications.title") })).toContainText(comment);
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  await expect(requestCard(contributor, marker)).toContainText(comment);
  const card = requestCard(contributor, marker);
  await expect(card).toContainText(fr("requests.status.inProgress"));
  // Corrected, it goes back for review from the request itself.
  await card.getByRole("button", { name: fr("activityStatus.submit") }).click();
  await expect(card).toContainText(fr("requests.status.submitted"));
  await phone.close();
  await manager.context().close();
});
