// A manager changes a period's calculation settings: the change is saved, the period is recomputed as a
// background job whose progress shows on the periods page, and the row shows the new settings. On an
// organisation of its own (e2e/support/calc-settings-data.ts): the demo ones are watched by other specs.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/app";
import { fr } from "./support/messages";

function setup(): { slug: string; email: string; password: string } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/calc-settings-data.ts", "setup"], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as { slug: string; email: string; password: string };
}

async function setGwp(page: Page, label: string, gwp: "AR5" | "AR6") {
  const row = page
    .getByRole("table", { name: fr("periods.title") })
    .getByRole("row")
    .filter({ hasText: label });
  await row.getByRole("button", { name: fr("calcSettings.open", { label }) }).click();
  const form = page.getByRole("form", { name: fr("calcSettings.title", { label }) });
  await form.getByLabel(fr("calcSettings.gwpSet"), { exact: true }).selectOption(gwp);
  await form.getByRole("button", { name: fr("common.save") }).click();
  await expect(form).toHaveCount(0);
  return row;
}

test("a manager switches a period to AR6 and follows the recalculation job", async ({ page }) => {
  test.setTimeout(120_000);
  const org = setup();
  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}/settings/periods`);
  const row = await setGwp(page, "2025", "AR6");
  await expect(row.getByTestId("period-calc-settings")).toContainText("AR6");

  // The recalculation runs in the background: its progress shows above the list, then it is done.
  const title = fr("periods.recompute.title", { period: "2025" });
  const bar = page.getByRole("progressbar", { name: title });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 60_000 }).toBe(100);
  await page.reload();
  await expect(page.getByRole("region", { name: title })).toContainText(fr("jobs.status.DONE"));

  // A locked period offers no settings to change.
  const locked = page
    .getByRole("table", { name: fr("periods.title") })
    .getByRole("row")
    .filter({ hasText: "2022" });
  await expect(locked.getByRole("button", { name: fr("calcSettings.open", { label: "2022" }) })).toHaveCount(0);
});
