// The BoaviztAPI forms. The app's BOAVIZTAPI_URL points at a stand-in this spec starts (e2e/support/
// boaviztapi.ts), which replays BoaviztAPI 2.4.1's real answer for an Azure e8ads_v5 (../shared/data/boavizta):
// a manager fills the cloud instance form in French ("8 760" hours), lands on the import's preview like
// after a file upload, commits it (170 + 800 kgCO2e), and in English sees the API's own refusal of an
// unknown instance type. With E2E_BOAVIZTAPI_PORT=off the app has no BOAVIZTAPI_URL and the page must say
// how to run BoaviztAPI and point to the file import instead. Screens in French and English, desktop and a
// 390 px phone, without sideways scrolling.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { startFakeBoaviztApi, type TFakeBoaviztApi } from "../lib/imports/boavizta/testing/fake-api.ts";
import { signIn } from "./support/app";
import { E2E_BOAVIZTAPI_PORT } from "./support/boaviztapi";
import { importsData, type TImportsSetup, type TImportsState } from "./support/imports-script";
import { en, fr } from "./support/messages";

const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

const samples = ["../shared/data/boavizta", "../../shared/data/boavizta"]
  .map((d) => path.resolve(import.meta.dirname, "..", d))
  .find((d) => existsSync(d)) as string;
const sample = (name: string) => readFileSync(path.join(samples, name));

async function screens(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/boavizta-api/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

let api: TFakeBoaviztApi | null = null;
test.beforeAll(async () => {
  if (E2E_BOAVIZTAPI_PORT === null) return;
  api = await startFakeBoaviztApi(E2E_BOAVIZTAPI_PORT);
  api.answer((r) => {
    if (r.method !== "POST") return null;
    const body = r.body as { instance_type?: string } | null;
    if (r.path === "/v1/cloud/instance" && body?.instance_type !== "e8ads_v5")
      return { status: 404, body: JSON.stringify({ detail: `${body?.instance_type} at azure not found` }) };
    return {
      body: sample(
        r.path === "/v1/server/"
          ? "boaviztapi-2.4.1_server_dell-r740_nonverbose.json"
          : "boaviztapi-2.4.1_cloud_azure-e8ads_v5_nonverbose.json",
      ),
    };
  });
});
test.afterAll(async () => {
  await api?.close();
});

// One app server runs either with the stand-in BoaviztAPI (the default) or without any (E2E_BOAVIZTAPI_PORT=off):
// each test is declared only for the setting it needs (a skipped test counts as a failure in CI).
if (E2E_BOAVIZTAPI_PORT !== null)
  test("a manager assesses a cloud instance with BoaviztAPI, previews and commits it like a file", async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    const org = importsData<TImportsSetup>("setup");
    await signIn(page, org.email, org.password);
    await page.goto(`/${org.slug}/imports`);
    await page.getByRole("link", { name: fr("boaviztaApi.page.link") }).click();
    await expect(page.getByRole("heading", { name: fr("boaviztaApi.page.title"), level: 1 })).toBeVisible();

    // The server tab: the configuration and use, with BoaviztAPI's defaults for what is left empty.
    await page.getByRole("tab", { name: fr("boaviztaApi.tabs.server") }).click();
    await expect(page.getByRole("form", { name: fr("boaviztaApi.tabs.server") })).toBeVisible();
    await screens(page, "server-fr");

    // The cloud tab: providers listed by the API, the instance type typed with its list as suggestions.
    await page.getByRole("tab", { name: fr("boaviztaApi.tabs.cloud") }).click();
    const form = page.getByRole("form", { name: fr("boaviztaApi.tabs.cloud") });
    await form.getByLabel(fr("boaviztaApi.cloud.provider")).selectOption("azure");
    await form.getByLabel(fr("boaviztaApi.cloud.instanceType")).fill("e8ads_v5");
    await form.getByLabel(fr("boaviztaApi.common.name")).fill("analytics-db");
    await form.getByLabel(fr("boaviztaApi.common.hours")).fill("8 760");
    await screens(page, "cloud-fr");
    await form.getByRole("button", { name: fr("boaviztaApi.common.submit") }).click();

    // The same page as after an upload: the preview, nothing in the inventory yet.
    await page.waitForURL(new RegExp(`/${org.slug}/imports/[0-9a-f-]{36}$`));
    await expect(page.getByText(fr("imports.status.PREVIEWED"), { exact: true })).toBeVisible();
    const results = page.getByRole("region", { name: fr("imports.boavizta.title") });
    await expect(results.getByTestId("boavizta-detected")).toContainText("boaviztapi");
    await expect(results.getByText("analytics-db")).toBeVisible();
    expect(api?.requests.filter((r) => r.method === "POST")).toEqual([
      {
        method: "POST",
        path: "/v1/cloud/instance",
        query: { verbose: "false", duration: "8760" },
        body: { provider: "azure", instance_type: "e8ads_v5" },
      },
    ]);
    expect(importsData<TImportsState>("state", org.organizationId)).toMatchObject({ activities: 0 });
    await screens(page, "preview-fr");

    await page.getByTestId("confirm-import").click();
    await expect(page.getByText(fr("imports.status.COMMITTED"), { exact: true })).toBeVisible({ timeout: 90_000 });
    // BoaviztAPI's Azure e8ads_v5: manufacturing 170 + use 800 kgCO2e, as cloud bought as a service.
    const state = importsData<TImportsState>("state", org.organizationId);
    expect([state.activities, state.imported, Number(state.kgCO2e)]).toEqual([2, 2, 970]);

    // In English: an instance type BoaviztAPI does not know is refused with its own message, nothing imported.
    await context.addCookies([{ name: "albedo-locale", value: "en", url: page.url() }]);
    await page.goto(`/${org.slug}/imports/boavizta-api`);
    const cloud = page.getByRole("form", { name: en("boaviztaApi.tabs.cloud") });
    await cloud.getByLabel(en("boaviztaApi.cloud.provider")).selectOption("azure");
    await cloud.getByLabel(en("boaviztaApi.cloud.instanceType")).fill("e9ads_v5");
    await cloud.getByLabel(en("boaviztaApi.common.name")).fill("unknown-type");
    await cloud.getByLabel(en("boaviztaApi.common.hours")).fill("1,250.5");
    await cloud.getByRole("button", { name: en("boaviztaApi.common.submit") }).click();
    await expect(cloud.getByRole("alert")).toContainText("HTTP 404");
    await expect(cloud.getByRole("alert")).toContainText("e9ads_v5 at azure not found");
    expect(importsData<TImportsState>("state", org.organizationId)).toMatchObject({ activities: 2 });
    await screens(page, "cloud-error-en");
    await page.getByRole("tab", { name: en("boaviztaApi.tabs.server") }).click();
    await screens(page, "server-en");
  });

if (E2E_BOAVIZTAPI_PORT === null)
  test("without BOAVIZTAPI_URL the page says how to run BoaviztAPI and points to the file import", async ({
    page,
    context,
  }) => {
    const org = importsData<TImportsSetup>("setup");
    await signIn(page, org.email, org.password);
    await page.goto(`/${org.slug}/imports/boavizta-api`);
    await expect(page.getByRole("heading", { name: fr("boaviztaApi.howTo.title") })).toBeVisible();
    await expect(page.getByText("docker run -p 5000:5000 ghcr.io/boavizta/boaviztapi:2.4.1")).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(0);
    await screens(page, "how-to-fr");
    await context.addCookies([{ name: "albedo-locale", value: "en", url: page.url() }]);
    await page.reload();
    await expect(page.getByRole("heading", { name: en("boaviztaApi.howTo.title") })).toBeVisible();
    await screens(page, "how-to-en");
    await page.getByRole("link", { name: en("boaviztaApi.howTo.fileImportLink") }).click();
    await expect(page.getByRole("form", { name: en("imports.upload.title") })).toBeVisible();
  });
