// The data-request journey: a manager asks the demo contributor for energy data; the contributor, on a
// phone, sees the request in "My requests" and its notification; a line they submitted (entered through
// lib/activity in a child process: the entry forms are another screen's) is rejected by the manager with a
// comment; the contributor reads that comment in their notifications and in the request.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, newPerson, signIn } from "./support/app";
import { fr } from "./support/messages";
import { openTenantDb } from "./support/tenant-db";

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

/** The manager asks the demo contributor for the 2025 energy data; returns the new request's id. */
async function requestEnergyData(manager: Page, marker: string): Promise<string> {
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
  await expect(requestCard(manager, marker)).toContainText(fr("requests.status.open"));
  const requestId = ((await requestCard(manager, marker).getAttribute("data-testid")) ?? "").replace("request-", "");
  expect(requestId).not.toBe("");
  return requestId;
}

test("a manager requests data, the contributor answers on a phone, the manager rejects with a comment", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const marker = `Factures ${randomBytes(4).toString("hex")}`;
  const comment = `Il manque la facture de mars (${marker})`;

  // The manager asks the contributor for the 2025 energy data.
  const { page: manager } = await newPerson(browser, testInfo);
  await signIn(manager, DEMO.nuage.manager);
  const requestId = await requestEnergyData(manager, marker);

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

test("a manager attaches a PDF to a request that the assignee downloads, then validates two of its lines from the list", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const marker = `Modèle ${randomBytes(4).toString("hex")}`;
  const pdf = Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${marker}\n%%EOF\n`, "latin1");
  const fileName = `consignes-${marker.split(" ")[1]}.pdf`;

  const { page: manager } = await newPerson(browser, testInfo);
  await signIn(manager, DEMO.nuage.manager);
  const requestId = await requestEnergyData(manager, marker);
  const card = requestCard(manager, marker);
  await card
    .getByLabel(fr("evidence.chooseForRequest"))
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: pdf });
  await expect(card.getByRole("status")).toHaveText(fr("evidence.attached", { name: fileName }));
  await expect(card.getByRole("link", { name: fr("evidence.download", { name: fileName }) })).toBeVisible();

  // The assignee finds the file on their request and downloads the very bytes uploaded.
  const { page: contributor, context } = await newPerson(browser, testInfo);
  await signIn(contributor, DEMO.nuage.contributor);
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  const download = contributor.waitForEvent("download");
  await requestCard(contributor, marker)
    .getByRole("link", { name: fr("evidence.download", { name: fileName }) })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  expect(readFileSync(await file.path()).equals(pdf)).toBe(true);
  await context.close();

  // Two lines answer the request; the manager ticks both in the energy list (desktop table) and validates them.
  const labels = [`${marker} A`, `${marker} B`];
  for (const label of labels) submitLine(requestId, label);
  const db = await openTenantDb();
  const periodId = await db.value(`SELECT "periodId" FROM "DataRequest" WHERE id = $1`, [requestId]);
  await manager.goto(`/${NUAGE.slug}/collection/energy?status=SUBMITTED&period=${periodId}`);
  const table = manager.getByRole("table", { name: fr("collection.categories.energy.title") });
  for (const label of labels)
    await table.getByRole("checkbox", { name: fr("bulkStatus.select", { line: label }) }).check();
  const bar = manager.getByRole("group", { name: fr("bulkStatus.bar") });
  await expect(bar).toContainText(fr("bulkStatus.selected", { count: 2 }));
  await bar.getByRole("button", { name: fr("bulkStatus.validateSelected", { count: 2 }) }).press("Enter");
  await expect(manager.getByRole("status").filter({ hasText: fr("bulkStatus.validated", { count: 2 }) })).toBeVisible();
  for (const label of labels) await expect(table.getByRole("row").filter({ hasText: label })).toHaveCount(0);
  await manager.goto(`/${NUAGE.slug}/collection/requests`);
  await expect(requestCard(manager, marker)).toContainText(fr("requests.status.validated"));
  const statuses = await db.value(
    `SELECT string_agg(DISTINCT status::text, ',') FROM "ActivityData" WHERE "requestId" = $1`,
    [requestId],
  );
  expect(statuses).toBe("VALIDATED");
  await db.close();
  await manager.context().close();
});
