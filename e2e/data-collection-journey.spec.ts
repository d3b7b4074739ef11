// The whole data-collection journey, as two real people through the UI: a manager (desktop) asks the demo
// contributor for the business-travel data of Bureau Lyon for 2024; the contributor, on a phone, finds the
// request and its notification, enters a return flight Lyon LYS → Lisbon LIS for 2 travellers and hotel
// nights (the preview showing the engine's kgCO2e), submits; the manager rejects the hotel line with a
// comment; the contributor reads it, corrects, submits again; the manager validates; completeness shows
// travel validated for the site with the engine's total. Travel × Bureau Lyon × 2024 is this spec's own
// cell (the seed's travel lines have no site; no other spec enters lines there). Expected figures come
// from the engine itself (e2e/support/collection-expected.ts, in a child process).
// A second open travel request to the same contributor, due sooner, checks that lines entered from a
// request's link answer that request.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import Decimal from "decimal.js";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, newPerson, signIn } from "./support/app";
import { fr } from "./support/messages";
import { openTenantDb, type TenantDb } from "./support/tenant-db";
import { formatEmission, unitFor } from "../lib/numbers/format";

// Server actions, previews and page loads share two cores with the browsers: wait longer than the default,
// always by polling.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

const SITE = "Bureau Lyon";
const YEAR = "2024";
const PREFIX = "Parcours Lisbonne";

let db: TenantDb;

/** The engine's kgCO2e for this input in Nuage's organisation (lib/activity previewActivity). */
function engineKg(input: Record<string, unknown>): string {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "e2e/support/collection-expected.ts", NUAGE.slug, JSON.stringify(input)],
    { encoding: "utf8" },
  );
  return (JSON.parse(out.trim().split("\n").pop() as string) as { kgCO2e: string }).kgCO2e;
}

/** Lines of this spec's cell (travel × site × period) that an earlier, failed attempt left behind. */
const cellSql = `FROM "ActivityData" a JOIN "Organization" o ON o.id = a."organizationId"
  JOIN "Site" s ON s.id = a."siteId" JOIN "ReportingPeriod" p ON p.id = a."periodId"
  WHERE o.slug = $1 AND s.name = $2 AND p.year = $3 AND a."activityTypeId" LIKE 'travel.%'`;

test.beforeAll(async () => {
  db = await openTenantDb();
});
test.afterAll(async () => db?.close());

/**
 * A repeated run on the same database (a retry, --repeat-each) starts from an empty cell again: the lines
 * earlier runs of this spec left there go (their emission lines cascade). Anything else in the cell would be
 * another spec's, and the totals below would lie: refused.
 */
async function emptyCell() {
  await db.value(
    `WITH gone AS (DELETE FROM "ActivityData" WHERE id IN (SELECT a.id ${cellSql} AND a.label LIKE $4) RETURNING 1)
     SELECT count(*) FROM gone`,
    [NUAGE.slug, SITE, Number(YEAR), `${PREFIX} %`],
  );
  expect(await db.value(`SELECT count(*) ${cellSql}`, [NUAGE.slug, SITE, Number(YEAR)])).toBe("0");
}
async function expectPreview(page: Page, kgCO2e: string) {
  const shown = page.getByTestId("preview-kgco2e");
  await expect(shown).toHaveAttribute("data-kgco2e", kgCO2e);
  await expect(shown).toHaveText(formatEmission(kgCO2e, unitFor([kgCO2e]), "fr"));
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

async function pickAirport(page: Page, field: string, typed: string, code: string) {
  const box = page.getByRole("combobox", { name: field, exact: true });
  await box.fill(typed);
  await page
    .getByRole("listbox", { name: field })
    .getByRole("option", { name: `(${code})` })
    .first()
    .click();
  await expect(box).toHaveValue(new RegExp(`\\(${code}\\)`));
}

const randomHex = () => randomBytes(4).toString("hex");

/** As a manager: a travel request for YEAR to the demo contributor, from the form; its ids. */
async function sendRequest(
  manager: Page,
  { site: siteName, dueInDays, instructions }: { site: string | null; dueInDays: number; instructions: string },
) {
  await manager.goto(`/${NUAGE.slug}/collection/requests/new`);
  const form = manager.getByRole("form", { name: fr("requests.new") });
  await form.getByLabel(fr("requests.category")).selectOption({ label: fr("requests.categories.travel") });
  const period = form.getByLabel(fr("requests.period"));
  const periodId = (await period.locator("option", { hasText: YEAR }).getAttribute("value")) as string;
  await period.selectOption(periodId);
  const site = form.getByLabel(fr("requests.site"));
  const siteId = siteName
    ? ((await site.locator("option", { hasText: siteName }).getAttribute("value")) as string)
    : "";
  await site.selectOption(siteId);
  const assignee = form.getByLabel(fr("requests.assignee"));
  const contributorId = await assignee.locator("option", { hasText: DEMO.nuage.contributor }).getAttribute("value");
  await assignee.selectOption(contributorId as string);
  const due = new Date(Date.now() + dueInDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await form.getByLabel(fr("requests.dueDate")).fill(due);
  await form.getByLabel(fr("requests.instructions")).fill(instructions);
  await form.getByRole("button", { name: fr("requests.send") }).click();
  await manager.waitForURL(`**/${NUAGE.slug}/collection/requests`);
  const card = requestCard(manager, instructions);
  await expect(card).toContainText(fr("requests.status.open"));
  const requestId = ((await card.getAttribute("data-testid")) ?? "").replace("request-", "");
  expect(requestId).not.toBe("");
  return { requestId, periodId, siteId };
}

const requestCard = (page: Page, marker: string) =>
  page.locator('[data-testid^="request-"]').filter({ hasText: marker });

test("a request answered on a phone: entered, previewed, rejected, corrected, validated, complete", async ({
  browser,
}, testInfo) => {
  test.setTimeout(420_000);
  const marker = `${PREFIX} ${randomBytes(4).toString("hex")}`;
  const flightLabel = `${marker} — vol`;
  const hotelLabel = `${marker} — hôtel`;
  const comment = `Il y a eu 3 nuits à Lisbonne, pas 2 (${marker})`;
  await emptyCell();

  // 1. The manager asks the contributor for the travel data of one site and one period. Another travel
  // request for the whole organisation, due sooner, is open too: the lines entered from the first one must
  // answer that one, not the first request they would fit.
  const { context: managerContext, page: manager } = await newPerson(browser, testInfo);
  await signIn(manager, DEMO.nuage.manager);
  const otherRequest = `Tous les déplacements ${YEAR}, tous sites (${randomHex()})`;
  await sendRequest(manager, { site: null, dueInDays: 7, instructions: otherRequest });
  const mission = await sendRequest(manager, {
    site: SITE,
    dueInDays: 21,
    instructions: `Mission Lisbonne de mars : vol et hôtel. ${marker}`,
  });
  const { requestId, periodId, siteId } = mission;
  expect(siteId).not.toBe("");

  // 2. The contributor, on a phone: the notification, then the request in "My requests".
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
  // The bell counts it; the newest notification, unread, announces it and opens "My requests".
  await contributor.getByRole("link", { name: /Notifications\s?: \d+ non lue/ }).click();
  await contributor.waitForURL(`**/${NUAGE.slug}/notifications`);
  const newest = contributor
    .getByRole("list", { name: fr("notifications.title") })
    .getByRole("listitem")
    .first();
  await expect(newest).toContainText(fr("notifications.new"));
  await expect(newest).toContainText(`${fr("requests.categories.travel")}, ${YEAR}`);
  await expectNoSidewaysScroll(contributor, "the notifications");
  await newest.getByRole("link", { name: fr("notifications.open") }).click();
  await contributor.waitForURL(`**/${NUAGE.slug}/collection/requests`);
  await expect(contributor.getByRole("heading", { name: fr("requests.mine") })).toBeVisible();
  const mine = requestCard(contributor, marker);
  await expect(mine).toContainText(`${YEAR} · ${SITE}`);
  await expectNoSidewaysScroll(contributor, "My requests");

  // 3. The flight, from the request's link: its period and site are already chosen.
  await mine.getByRole("link", { name: fr("requests.enterData") }).click();
  await contributor.waitForURL(`**/${NUAGE.slug}/collection/travel/new?request=${requestId}`);
  await expect(contributor.getByLabel(fr("activity.fields.period"), { exact: true })).toHaveValue(periodId);
  await expect(contributor.getByLabel(fr("activity.fields.site"), { exact: true })).toHaveValue(siteId);
  await expect(contributor.getByLabel(fr("activity.fields.activityType"), { exact: true })).toHaveValue("travel.plane");
  await pickAirport(contributor, fr("activity.fields.from"), "Lyon", "LYS");
  await pickAirport(contributor, fr("activity.fields.to"), "Lisbonne", "LIS");
  await contributor.getByLabel(fr("activity.fields.passengers"), { exact: true }).fill("2");
  await contributor.getByLabel(fr("activity.fields.returnTrip"), { exact: true }).check();
  await contributor.getByLabel(fr("activity.fields.label"), { exact: true }).fill(flightLabel);
  const flightKg = engineKg({
    periodId,
    siteId,
    activityTypeId: "travel.plane",
    options: { airports: { from: "LYS", to: "LIS", returnTrip: true, passengers: 2 } },
  });
  await expectPreview(contributor, flightKg);
  await expect(contributor.getByTestId("preview-rule")).toBeVisible();
  await expectNoSidewaysScroll(contributor, "the flight form and its preview");
  await contributor.getByRole("button", { name: fr("common.save") }).click();
  await contributor.waitForURL(new RegExp(`/collection/travel\\?period=${periodId}`));
  await expectNoSidewaysScroll(contributor, "the travel list");

  // 4. The hotel nights (2, which the manager will question), from the request again.
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  await requestCard(contributor, marker)
    .getByRole("link", { name: fr("requests.enterData") })
    .click();
  await contributor.waitForURL(`**/collection/travel/new?request=${requestId}`);
  await expect(contributor.getByLabel(fr("activity.fields.site"), { exact: true })).toHaveValue(siteId);
  await contributor.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("travel.hotel");
  await contributor.getByLabel(fr("activity.fields.country"), { exact: true }).selectOption("PT");
  await contributor.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("2");
  await contributor.getByLabel(fr("activity.fields.label"), { exact: true }).fill(hotelLabel);
  const hotelUnit = await contributor.getByLabel(fr("activity.fields.unit"), { exact: true }).inputValue();
  const hotelInput = (nights: string) => ({
    periodId,
    siteId,
    activityTypeId: "travel.hotel",
    quantity: nights,
    unit: hotelUnit,
    options: { country: "PT" },
  });
  await expectPreview(contributor, engineKg(hotelInput("2")));
  await expectNoSidewaysScroll(contributor, "the hotel form and its preview");
  await contributor.getByRole("button", { name: fr("common.save") }).click();
  await contributor.waitForURL(new RegExp(`/collection/travel\\?period=${periodId}`));

  // 5. Both lines wait in the request; the contributor submits them from there.
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  const toHandIn = requestCard(contributor, marker).getByRole("list", { name: fr("requests.toHandIn") });
  await expect(toHandIn.getByRole("listitem")).toHaveCount(2);
  for (const label of [flightLabel, hotelLabel]) {
    const item = toHandIn.getByRole("listitem").filter({ hasText: label });
    await item.getByRole("button", { name: fr("activityStatus.submit") }).click();
    await expect(item).toHaveCount(0);
  }
  await expect(requestCard(contributor, marker)).toContainText(fr("requests.status.submitted"));

  // The line's own page says it awaits review.
  const travelList = `/${NUAGE.slug}/collection/travel?period=${periodId}`;
  await contributor.goto(travelList);
  await contributor.getByRole("link", { name: hotelLabel, exact: true }).click();
  await expect(contributor.getByRole("heading", { name: hotelLabel })).toBeVisible();
  await expect(contributor.getByText(fr("activityStatus.status.SUBMITTED"), { exact: true })).toBeVisible();
  const hotelUrl = contributor.url();

  // The manager sees the cell awaiting review, and rejects the hotel line with a comment.
  await manager.goto(`/${NUAGE.slug}/collection/completeness?period=${periodId}`);
  const travelBlock = manager
    .getByRole("list", { name: fr("completeness.listLabel") })
    .locator(":scope > li")
    .filter({ has: manager.getByRole("link", { name: fr("collection.categories.travel.title"), exact: true }) });
  const siteRow = travelBlock.getByRole("listitem").filter({ hasText: SITE });
  await expect(siteRow).toContainText(fr("completeness.states.submitted"));
  await manager.goto(`/${NUAGE.slug}/collection/review?period=${periodId}`);
  const queue = manager.getByRole("list", { name: fr("review.title") });
  const hotelInQueue = queue.getByRole("listitem").filter({ hasText: hotelLabel });
  await hotelInQueue.getByRole("button", { name: fr("review.reject") }).click();
  const dialog = manager.getByRole("dialog", { name: fr("activityStatus.rejectTitle") });
  await dialog.getByLabel(fr("activityStatus.comment")).fill(comment);
  await dialog.getByRole("button", { name: fr("activityStatus.reject") }).click();
  await expect(manager.getByText(fr("review.rejected"))).toBeVisible();
  await expect(hotelInQueue).toHaveCount(0);

  // 6. The contributor reads the comment (notification, and on the line), corrects the nights, submits again.
  await contributor.goto(`/${NUAGE.slug}/notifications`);
  await expect(contributor.getByRole("list", { name: fr("notifications.title") })).toContainText(comment);
  await contributor.goto(hotelUrl);
  await expect(contributor.getByRole("note")).toContainText(comment);
  await expect(contributor.getByText(fr("activityStatus.status.REJECTED"), { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(contributor, "the rejected line");
  await contributor.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("3");
  const hotelKg = engineKg(hotelInput("3"));
  await expectPreview(contributor, hotelKg);
  await contributor.getByRole("button", { name: fr("common.save") }).click();
  await contributor.waitForURL(new RegExp(`/collection/travel\\?period=${periodId}`));
  await contributor.goto(hotelUrl);
  await expect(contributor.getByTestId("stored-kgco2e")).toHaveAttribute("data-kgco2e", String(Number(hotelKg)));
  await contributor.getByRole("button", { name: fr("activityStatus.submit") }).click();
  await expect(contributor.getByText(fr("activityStatus.status.SUBMITTED"), { exact: true })).toBeVisible();
  await expect(contributor.getByRole("note")).toHaveCount(0);

  // 7. The manager validates both lines from the review queue.
  await manager.goto(`/${NUAGE.slug}/collection/review?period=${periodId}`);
  for (const label of [flightLabel, hotelLabel]) {
    const item = queue.getByRole("listitem").filter({ hasText: label });
    await item.getByRole("button", { name: fr("review.validate"), exact: true }).click();
    await expect(item).toHaveCount(0);
  }

  // 8. Completeness: travel at Bureau Lyon is validated, with the engine's total for the two lines.
  await manager.goto(`/${NUAGE.slug}/collection/completeness?period=${periodId}`);
  await expect(siteRow).toContainText(fr("completeness.states.validated"));
  const total = new Decimal(flightKg).plus(hotelKg).toFixed();
  // The list shows every figure in one unit (kg or t), named after each figure.
  const unit = (await siteRow.textContent())?.includes(fr("completeness.unit.t")) ? "t" : "kg";
  await expect(siteRow).toContainText(`${formatEmission(total, unit, "fr")} ${fr(`completeness.unit.${unit}`)}`);

  // The contributor's request is done, and still fits the phone.
  await contributor.goto(`/${NUAGE.slug}/collection/requests`);
  await expect(requestCard(contributor, marker)).toContainText(fr("requests.status.validated"));
  await expect(requestCard(contributor, otherRequest)).toContainText(fr("requests.noLines"));
  await expectNoSidewaysScroll(contributor, "My requests at the end");
  await phone.close();
  await managerContext.close();
});
