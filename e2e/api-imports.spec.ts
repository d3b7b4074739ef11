// A script imports a file through the public API over real HTTP: a manager of a fresh organisation creates
// a token; the script uploads the French energy template (multipart), confirms it, polls the import until
// the app's own worker has committed it, and rolls it back. Files between Next's default proxy body limit
// (10 MB) and the import limit (20 MB) arrive whole, and a larger one is refused with 413.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/app";
import { fr } from "./support/messages";

function data<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/imports-data.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

type TSetup = { organizationId: string; slug: string; email: string; password: string; template: string };
type TState = { activities: number; imported: number; kgCO2e: string };

test("a script uploads a template through the API, confirms it, polls the job, and rolls it back", async ({
  page,
  request,
}) => {
  test.setTimeout(360_000);
  const org = data<TSetup>("setup");
  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}/settings/api-tokens`);
  await page.getByRole("button", { name: fr("apiTokens.add") }).click();
  const dialog = page.getByRole("dialog", { name: fr("apiTokens.add") });
  await dialog.getByLabel(fr("apiTokens.name")).fill("Import script");
  await dialog.getByRole("button", { name: fr("common.create") }).click();
  const shown = page.getByRole("dialog", { name: fr("apiTokens.createdTitle") });
  const secret = await shown.getByTestId("api-token-secret").inputValue();
  const headers = { authorization: `Bearer ${secret}` };

  const periodId = ((await (await request.get("/api/v1/periods", { headers })).json()) as { periods: { id: string }[] })
    .periods[0]!.id;
  // Large files take a while to send, store and parse on a busy machine.
  const file = (name: string, buffer: Buffer, mimeType = "text/csv") => ({
    headers,
    multipart: { periodId, file: { name, mimeType, buffer } },
    timeout: 120_000,
  });

  const up = await request.post("/api/v1/imports", file("energie.csv", Buffer.from(org.template, "utf8")));
  expect(up.status()).toBe(201);
  const preview = await up.json();
  expect(preview).toMatchObject({ status: "PREVIEWED", rows: 1, errorCount: 0, language: "fr", template: "energy" });
  expect(data<TState>("state", org.organizationId).activities).toBe(0);

  const confirmed = await request.post(`/api/v1/imports/${preview.id}/confirm`, { headers });
  expect(confirmed.status()).toBe(202);
  let last: { status: string; job: { done: number; total: number } | null; totals: Record<string, string> };
  await expect
    .poll(
      async () => {
        last = await (await request.get(`/api/v1/imports/${preview.id}`, { headers })).json();
        return last.status;
      },
      { timeout: 120_000, intervals: [500] },
    )
    .toBe("COMMITTED");
  expect(last!.job).toMatchObject({ done: 1, total: 1 });
  const state = data<TState>("state", org.organizationId);
  expect(state.imported).toBe(1);
  expect(Number(state.kgCO2e)).toBeCloseTo(Number(last!.totals.kgCO2e), 5);

  // 12 MB reach the parser whole (a body cut at 10 MB would not parse as a form: 400), and are read as a
  // file with no template header; 21 MB are refused before they are read.
  const twelve = await request.post("/api/v1/imports", file("big.csv", Buffer.alloc(12 * 1024 * 1024, "a")));
  expect(twelve.status()).toBe(201);
  expect(await twelve.json()).toMatchObject({ status: "FAILED", sizeBytes: 12 * 1024 * 1024 });
  const over = await request.post("/api/v1/imports", file("huge.csv", Buffer.alloc(21 * 1024 * 1024, "a")));
  expect(over.status()).toBe(413);
  expect((await over.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

  const rolled = await request.post(`/api/v1/imports/${preview.id}/rollback`, { headers });
  expect(rolled.status()).toBe(200);
  expect((await rolled.json()).status).toBe("ROLLED_BACK");
  expect(data<TState>("state", org.organizationId).activities).toBe(0);
});
