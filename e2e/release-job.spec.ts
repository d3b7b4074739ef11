// A manager accepts a newer factor release: the recalculation runs as a background job, its progress
// bar advances, survives a reload and says who started it, and the result is the preview's. Runs in its
// own Playwright project after every other spec (it installs a release every organisation would see),
// against an app started with a test-only pause between chunks (playwright.config.ts) so the job lasts.
// Alone: `bash scripts/e2e.sh e2e/release-job.spec.ts --no-deps` (without --no-deps, every spec runs first).
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/app";
import { fr } from "./support/messages";

const VERSION = `24.0-e2e-${Date.now().toString(36)}`;

function data<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/release-job-data.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

type TSetup = {
  organizationId: string;
  slug: string;
  email: string;
  password: string;
  name: string;
  releaseId: string;
  activities: { total: number; changed: number };
  afterTotal: string;
};

let releaseId: string | undefined;

test.afterAll(() => {
  if (releaseId) data("cleanup", releaseId);
});

test("a manager accepts a factor release and follows the job to the previewed result", async ({ page }) => {
  test.setTimeout(150_000);
  const org = data<TSetup>("setup", VERSION);
  releaseId = org.releaseId;
  const count = org.activities.total;
  expect(org.activities.changed).toBe(count);

  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}/factors/releases`);
  await page.getByRole("link", { name: fr("factorReleases.updates.preview") }).click();
  const preview = page.locator("#preview");
  await expect(preview.getByRole("heading", { name: new RegExp(VERSION) })).toBeVisible();
  await expect(preview).toContainText(`${count} sur ${count}`);

  await preview.getByRole("button", { name: fr("factorReleases.preview.apply", { version: VERSION }) }).click();
  await preview.getByRole("button", { name: fr("factorReleases.preview.confirmApply", { version: VERSION }) }).click();

  const jobTitle = fr("factorReleases.job.title", { source: fr("factors.sources.ademe"), version: VERSION });
  const job = page.getByRole("region", { name: jobTitle });
  const bar = job.getByRole("progressbar", { name: jobTitle });
  await expect(bar).toBeVisible();
  await expect(job.getByText(org.name, { exact: true })).toBeVisible(); // who started it
  // The bar advances: part-way through, not yet done.
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const seen = Number(await bar.getAttribute("aria-valuenow"));
  expect(seen).toBeLessThan(100);

  // A reload reads the run from the database: the bar is still there, no further back, and running.
  await page.reload();
  await expect(bar).toBeVisible();
  await expect(job.getByText(org.name, { exact: true })).toBeVisible();
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(seen);
  await expect(job.getByText(fr("jobs.status.RUNNING"), { exact: true })).toBeVisible();

  // Done: the page comes back on the new version with the count of recalculated activities.
  await page.waitForURL(/applied=/, { timeout: 90_000 });
  await expect(page.getByRole("status").filter({ hasText: VERSION })).toContainText(`${count} activités`);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  const accepted = page.getByRole("table", { name: fr("factorReleases.accepted.title") });
  await expect(accepted.locator("tbody tr").first()).toContainText(VERSION);

  // The result is the preview's, to the gram.
  const after = data<{ total: string; factorIds: string[] }>("totals", org.organizationId);
  expect(after.total).toBe(org.afterTotal);
  expect(after.factorIds).toEqual([`ademe:43642@${VERSION}`]);
});
