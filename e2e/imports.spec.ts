// A manager imports a filled-in template: the first upload has a bad row (a negative quantity), so the
// preview shows the row's error, nothing is written and the error report downloads as CSV; the fixed file
// previews with the engine's kgCO2e, is committed by the background job (progress bar, then "committed"),
// its lines appear in the lines list, and the import is rolled back as a whole. On a phone-sized screen
// the imports page does not scroll sideways.
import { execFileSync } from "node:child_process";
import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "./support/app";
import { fr } from "./support/messages";

const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

function data<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/imports-data.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

type TSetup = { organizationId: string; slug: string; email: string; password: string; template: string };
type TState = { activities: number; imported: number; kgCO2e: string };

/** The template's header and example row, with a second row of `quantity` kWh. */
function fileWith(template: string, quantity: string): Buffer {
  const [header = "", example = ""] = template.replace(/^\uFEFF/, "").split("\r\n");
  const cells = example.split(";");
  cells[1] = quantity;
  cells[8] = "Import e2e — atelier";
  return Buffer.from(`\uFEFF${header}\r\n${example}\r\n${cells.join(";")}\r\n`, "utf8");
}

test("a manager previews a file, sees a row error, fixes it, commits it in the background and rolls it back", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const org = data<TSetup>("setup");
  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}`);
  await page
    .getByRole("navigation", { name: fr("nav.label") })
    .getByRole("link", { name: fr("nav.imports") })
    .click();
  await expect(page.getByRole("heading", { name: fr("imports.page.title"), level: 1 })).toBeVisible();

  // 1. A negative quantity on row 3: failed at preview, the error named by row and column.
  const form = page.getByRole("form", { name: fr("imports.upload.title") });
  await form
    .getByLabel(fr("imports.upload.file"))
    .setInputFiles({ name: "energie.csv", mimeType: "text/csv", buffer: fileWith(org.template, "-40") });
  await form.getByRole("button", { name: fr("imports.upload.submit") }).click();
  await page.waitForURL(new RegExp(`/${org.slug}/imports/[0-9a-f-]{36}$`));
  await expect(page.getByText(fr("imports.status.FAILED"), { exact: true })).toBeVisible();
  const errors = page.getByRole("table", { name: fr("imports.detail.errorsTitle") });
  await expect(errors.getByRole("row").nth(1)).toContainText("3");
  await expect(errors.getByRole("row").nth(1)).toContainText("Quantité");
  const report = await page.request.get(`${page.url()}/errors`);
  expect(report.status()).toBe(200);
  expect(await report.text()).toMatch(/^\uFEFFLigne;Colonne;Message\r\n3;Quantité;/);
  expect(data<TState>("state", org.organizationId)).toMatchObject({ activities: 0 });

  // 2. Fixed: the preview shows the rows with their kgCO2e, then the job commits them.
  await page.getByRole("link", { name: fr("imports.detail.back") }).click();
  await form
    .getByLabel(fr("imports.upload.file"))
    .setInputFiles({ name: "energie.csv", mimeType: "text/csv", buffer: fileWith(org.template, "40") });
  await form.getByRole("button", { name: fr("imports.upload.submit") }).click();
  await expect(page.getByText(fr("imports.status.PREVIEWED"), { exact: true })).toBeVisible();
  const preview = page.getByRole("table", { name: fr("imports.detail.previewTitle") });
  await expect(preview.getByRole("row")).toHaveCount(3);
  await expect(preview.getByRole("row").nth(2)).toContainText("Import e2e — atelier");
  await page.getByTestId("confirm-import").click(); // "Importer 2 lignes" (an ICU plural the helper does not format)
  const job = page.getByRole("region", { name: fr("imports.detail.progressTitle") });
  await expect(job.getByRole("progressbar")).toBeVisible();
  await page.reload(); // the bar or the outcome survives a reload: it is read from the database
  await expect(page.getByText(fr("imports.status.COMMITTED"), { exact: true })).toBeVisible({ timeout: 90_000 });
  const committed = data<TState>("state", org.organizationId);
  expect(committed).toMatchObject({ activities: 2, imported: 2 });
  expect(Number(committed.kgCO2e)).toBeGreaterThan(0);

  // 3. The lines are in the inventory's lines list.
  await page.getByRole("link", { name: fr("imports.detail.viewLines") }).click();
  await expect(page.getByText("Import e2e — atelier").first()).toBeVisible();

  // 4. Rolled back as a whole.
  await page.goBack();
  // The page comes back from the browser's cache: a click before it is interactive again is lost, so click
  // until the confirmation shows.
  await expect(async () => {
    await page.getByRole("button", { name: fr("imports.rollback.button") }).click();
    await expect(page.getByRole("button", { name: fr("imports.rollback.yes") })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole("button", { name: fr("imports.rollback.yes") }).click();
  await expect(page.getByText(fr("imports.status.ROLLED_BACK"), { exact: true })).toBeVisible();
  expect(data<TState>("state", org.organizationId)).toEqual({ activities: 0, imported: 0, kgCO2e: "0.000000" });

  // 5. The list keeps both imports, the failed one with its errors; no sideways scroll on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${org.slug}/imports`);
  const list = page.getByRole("list", { name: fr("imports.page.listTitle") });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText(fr("imports.status.FAILED"), { exact: true })).toBeVisible();
  await expect(list.getByText(fr("imports.status.ROLLED_BACK"), { exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
