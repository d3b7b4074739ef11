import { scriptVar } from "../../scripts/lib/env.ts";

// The stand-in BoaviztAPI of the browser tests: playwright.config.ts points the app at it (BOAVIZTAPI_URL)
// and e2e/boavizta-api.spec.ts starts it, replaying a real response. Its port is E2E_BOAVIZTAPI_PORT, by
// default the app's port + 2000. "off": the app runs without BOAVIZTAPI_URL and the spec checks the page's
// how-to instead of the forms.
const setting = scriptVar("E2E_BOAVIZTAPI_PORT");
export const E2E_BOAVIZTAPI_PORT: number | null =
  setting === "off" ? null : Number(setting ?? Number(scriptVar("E2E_PORT") ?? 3100) + 2000);
