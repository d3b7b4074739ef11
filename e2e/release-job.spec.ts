// A manager accepts a newer factor release: the recalculation runs as a background job, its progress
// bar advances, survives a reload and says who started it, and the result is the preview's. Runs in its
// own Playwright project after every other spec (it installs a release every organisation would see),
// against an app started with a test-only pause between chunks (playwright.config.ts) so the job lasts.
import { expect, test } from "@playwright/test";
import { previewReleaseUpdate } from "../lib/activity/release-update/apply.ts";
import { installNewerAdeme, removeRelease } from "../tests/fixtures/releases.ts";
import { signIn } from "./support/app";
import { e2eDb, organisationWithActivities } from "./support/db";
import { fr } from "./support/messages";

const db = e2eDb();
const VERSION = `24.0-e2e-${Date.now().toString(36)}`;
const ACTIVITIES = 12;
let releaseId: string | undefined;

test.afterAll(async () => {
  await removeRelease(db, releaseId);
  await db.$disconnect();
});

test("a manager accepts a factor release and follows the job to the previewed result", async ({ page }) => {
  test.setTimeout(120_000);
  const org = await organisationWithActivities(db, ACTIVITIES);
  releaseId = await installNewerAdeme(db, VERSION);
  const expected = await previewReleaseUpdate(db, org.organization.id, { source: "ademe", version: VERSION });
  expect(expected.activities).toMatchObject({ total: ACTIVITIES, changed: ACTIVITIES });

  await signIn(page, org.email);
  const releasesPath = `/${org.organization.slug}/factors/releases`;
  await page.goto(releasesPath);
  await page.getByRole("link", { name: fr("factorReleases.updates.preview") }).click();
  await expect(page.getByRole("heading", { name: new RegExp(VERSION) })).toBeVisible();
  const preview = page.locator("#preview");
  await expect(preview).toContainText(`${ACTIVITIES} sur ${ACTIVITIES}`);

  await preview.getByRole("button", { name: fr("factorReleases.preview.apply", { version: VERSION }) }).click();
  await preview.getByRole("button", { name: fr("factorReleases.preview.confirmApply", { version: VERSION }) }).click();

  const bar = page.getByRole("progressbar");
  await expect(bar).toBeVisible();
  await expect(page.getByText(org.user.name)).toBeVisible(); // who started it
  // The bar advances: part-way through, not yet done.
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const before = Number(await bar.getAttribute("aria-valuenow"));
  expect(before).toBeLessThan(100);

  // A reload reads the run from the database: the bar is still there, and keeps advancing.
  await page.reload();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByText(org.user.name)).toBeVisible();
  expect(Number(await page.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(before);
  await expect(page.getByText(fr("jobs.status.RUNNING"), { exact: true })).toBeVisible();

  // Done: the page comes back on the new version with the count of recalculated activities.
  await page.waitForURL(/applied=/, { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: VERSION })).toContainText(`${ACTIVITIES} activités`);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  const row = page
    .getByRole("table", { name: fr("factorReleases.accepted.title") })
    .locator("tbody tr")
    .first();
  await expect(row).toContainText(VERSION);

  // The result is the preview's, to the gram.
  const lines = await db.emissionLine.findMany({ where: { organizationId: org.organization.id } });
  const total = lines.reduce((sum, l) => sum + BigInt(l.kgCO2e.times(1_000_000).toFixed(0)), 0n);
  expect(total).toBe(BigInt(Math.round(Number(expected.kgCO2e.after.total) * 1_000_000)));
  expect(lines.every((l) => l.factorId === `ademe:43642@${VERSION}`)).toBe(true);
});
