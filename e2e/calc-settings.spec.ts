// A manager changes a period's calculation settings: the change is saved, the period is recomputed as a
// background job whose progress shows on the periods page, and the row shows the new settings. The
// settings go back to the demo's afterwards so other journeys see the figures they expect.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";

const PERIODS = `/${NUAGE.slug}/settings/periods`;

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
  await signIn(page, DEMO.nuage.manager);
  await page.goto(PERIODS);
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

  await setGwp(page, "2025", "AR5");
  await expect(row.getByTestId("period-calc-settings")).toContainText("AR5");
});
