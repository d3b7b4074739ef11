import { defineConfig, devices } from "@playwright/test";
import { E2E_BOAVIZTAPI_PORT } from "./e2e/support/boaviztapi.ts";
import { LOGIN_LIMITS } from "./e2e/support/limits.ts";
import { scriptVar } from "./scripts/lib/env.ts";

// Browser tests run Debian's Chromium (Playwright's browser download is unreachable here): see
// scripts/ensure-chromium.sh. The app runs on its own port with its own throwaway embedded PostgreSQL,
// recreated from the demo seed on every run, so a development database is never touched.
const PORT = Number(scriptVar("E2E_PORT") ?? 3100);
const PG_PORT = Number(scriptVar("E2E_PG_PORT") ?? 54349);
const baseURL = `http://127.0.0.1:${PORT}`;

const chromiumLaunch = {
  executablePath: scriptVar("CHROMIUM_PATH") ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  // Two cores: the app, PostgreSQL and two browsers share them.
  workers: 2,
  retries: scriptVar("CI") ? 1 : 0,
  forbidOnly: !!scriptVar("CI"),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL,
    // Chromium sends Accept-Language en-US by default and the app follows it; Albedo's default is French.
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      testIgnore: "**/release-job.spec.ts",
      use: {
        ...devices["Desktop Chrome"],
        locale: "fr-FR",
        launchOptions: chromiumLaunch,
      },
    },
    {
      // Installs a factor release every organisation would see: after the other specs, alone.
      name: "release-job",
      testMatch: "**/release-job.spec.ts",
      dependencies: ["chromium"],
      use: {
        ...devices["Desktop Chrome"],
        locale: "fr-FR",
        launchOptions: chromiumLaunch,
      },
    },
  ],
  webServer: {
    command: "bash e2e/start-server.sh",
    url: `${baseURL}/sign-in`,
    // Cold start: database init, migrations, demo seed and possibly a production build (≈ 2 min on an idle
    // 2-core machine, twice that when other work shares it).
    timeout: 480_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGINT", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      // Links the app hands out (invitations) are built from it, whatever the shell says.
      APP_URL: baseURL,
      ALBEDO_PG_DATA: ".data/e2e-postgres",
      ALBEDO_PG_PORT: String(PG_PORT),
      // The throttling spec relies on these, whatever the shell says; no proxy: the app's own server
      // (scripts/serve.ts) tells clients apart by their connection.
      LOGIN_MAX_FAILURES: String(LOGIN_LIMITS.maxFailures),
      LOGIN_WINDOW_MINUTES: String(LOGIN_LIMITS.windowMinutes),
      LOGIN_CLIENT_MAX_FAILURES: String(LOGIN_LIMITS.clientMaxFailures),
      TRUST_PROXY: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      // Background jobs: small chunks and a test-only pause after each, so a journey can watch one run.
      ALBEDO_JOB_CHUNK_SIZE: "2",
      ALBEDO_TEST_JOB_STEP_DELAY_MS: "700",
      // The BoaviztAPI forms call the stand-in e2e/boavizta-api.spec.ts starts (e2e/support/boaviztapi.ts).
      ...(E2E_BOAVIZTAPI_PORT === null ? {} : { BOAVIZTAPI_URL: `http://127.0.0.1:${E2E_BOAVIZTAPI_PORT}` }),
    },
  },
});
