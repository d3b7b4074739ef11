// The FEC journey of issue 17: a manager reads a generated year of ledger (a few hundred entries, real PCG
// accounts, credit notes and rebates, tab-separated) on the mapping screen, sees each account's net spend
// and suggested treatment, excludes the travel account that the period's train trips already cover (the
// double-counting warning goes), maps office supplies to printing, reads the shares, and imports the
// spend rows through the imports pipeline (background job). The inventory then holds the edited account's
// spend at the printing ratio. Next year's ledger (pipe-separated, Windows-1252) shows both choices
// remembered. On a phone the mapping screen does not scroll sideways.
import { execFileSync } from "node:child_process";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./support/app";
import { fr } from "./support/messages";

const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });

function data<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/fec-data.ts", ...args], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

type TFile = { year: number; path: string; lines: number; accounts: Record<string, { net: string; label: string }> };
type TSetup = { organizationId: string; slug: string; email: string; password: string; files: [TFile, TFile] };
type TRow = {
  label: string;
  year: number;
  quantity: string;
  options: { ratioCategory?: string; purpose?: string };
  kgCO2e: string;
  factor: { id: string; value: string; unit: string } | null;
};

// Figures as the screens print them, with Intl's no-break spaces made plain.
const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");
const euros = (amount: string) =>
  plain(new Intl.NumberFormat("fr", { style: "currency", currency: "EUR", minimumFractionDigits: 2 }).format(+amount));
/** "12 345,67 € (3,4 %)" → 1234567n: the amount's cents, read as the screen prints it. */
const centsOf = (text: string) =>
  BigInt(
    plain(text)
      .split("€")[0]!
      .replace(/[^\d-]/g, ""),
  );
const centsOfAmount = (amount: string) => BigInt(amount.replace(".", ""));

const select = (page: Page, key: string, account: string) =>
  page.getByRole("combobox", { name: fr(`imports.fec.${key}`, { account }), exact: true });

async function readLedger(page: Page, file: TFile) {
  const form = page.getByRole("form", { name: fr("imports.fec.uploadLabel") });
  await form.getByLabel(fr("imports.fec.period"), { exact: true }).selectOption({ label: String(file.year) });
  await form.getByLabel(fr("imports.fec.file"), { exact: true }).setInputFiles(file.path);
  await form.getByRole("button", { name: fr("imports.fec.analyse") }).click();
  await expect(page.getByTestId("fec-account-6064")).toBeVisible();
}

async function saved(page: Page, account: string) {
  await expect(page.getByText(fr("imports.fec.saved", { account }))).toBeVisible();
  await expect(page.getByTestId(`fec-account-${account}`)).toContainText(fr("imports.fec.ownChoice"));
}

test("a manager maps an FEC's accounts, imports its spend, and finds the mapping remembered next year", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const org = data<TSetup>("setup");
  const [ledger2024, ledger2025] = org.files;
  const supplies = ledger2024.accounts["6064"]!;
  const travel = ledger2024.accounts["6251"]!;
  expect(supplies.net).toMatch(/^\d+\.\d\d$/);
  expect(travel.net).toMatch(/^\d+\.\d\d$/);

  await signIn(page, org.email, org.password);
  await page.goto(`/${org.slug}/imports`);
  await page.getByRole("link", { name: fr("imports.page.fecLink") }).click();
  await expect(page.getByRole("heading", { name: fr("imports.fec.title"), level: 1 })).toBeVisible();

  // 1. The 2024 ledger: every account netted (credit notes deducted), with its suggested treatment.
  await readLedger(page, ledger2024);
  await expect(page.getByText("FEC-2024.txt", { exact: false })).toBeVisible();
  const suppliesRow = page.getByTestId("fec-account-6064");
  await expect.poll(async () => plain(await suppliesRow.textContent())).toContain(euros(supplies.net));
  await expect(suppliesRow).toContainText(fr("imports.fec.defaultChoice", { prefix: "6064" }));
  await expect(select(page, "treatmentFor", "6064")).toHaveValue("mapped");
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("paper");
  await expect(select(page, "treatmentFor", "6061")).toHaveValue("excluded"); // energy: entered in kWh

  // 2. Travel is mapped by default, but the period has train trips: counted twice unless excluded.
  const travelRow = page.getByTestId("fec-account-6251");
  await expect(travelRow).toContainText(fr("imports.fec.covered"));
  await expect(select(page, "treatmentFor", "6251")).toHaveValue("mapped");
  const warning = page.getByRole("alert").filter({ hasText: "6251" });
  await expect(warning).toBeVisible();
  const shares = page.getByRole("heading", { name: fr("imports.fec.sharesTitle") }).locator("..");
  const share = (key: string) => shares.locator("dl > div").filter({ hasText: fr(`imports.fec.${key}`) });
  for (const key of ["mapped", "excluded", "outOfScope"]) await expect(share(key)).toContainText("%");
  const excludedBefore = centsOf((await share("excluded").locator("dd").textContent()) ?? "");

  await select(page, "treatmentFor", "6251").selectOption("excluded");
  await saved(page, "6251");
  await expect(warning).toBeHidden();
  await expect
    .poll(async () => centsOf((await share("excluded").locator("dd").textContent()) ?? ""))
    .toBe(excludedBefore + centsOfAmount(travel.net));

  // 3. Office supplies are printing work here.
  await select(page, "ratioCategoryFor", "6064").selectOption("printing");
  await saved(page, "6064");
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("printing");
  const rows = page.getByRole("heading", { name: fr("imports.fec.rowsTitle") }).locator("xpath=ancestor::section[1]");
  const suppliesSpend = rows.getByRole("listitem").filter({ hasText: `6064 ${supplies.label}` });
  await expect.poll(async () => plain(await suppliesSpend.textContent())).toContain(euros(supplies.net));
  await expect(rows).not.toContainText(`6251 ${travel.label}`);

  // 4. A phone shows the mapping screen without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(select(page, "treatmentFor", "6064")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });

  // 5. Imported through the pipeline: the import's page shows the background job to its end.
  await page.getByTestId("fec-commit").click();
  await page.waitForURL(new RegExp(`/${org.slug}/imports/[0-9a-f-]{36}$`));
  await expect(page.getByText(fr("imports.status.COMMITTED"), { exact: true })).toBeVisible({ timeout: 120_000 });

  // 6. The inventory: the edited account's spend at the printing ratio (ADEME 43575, 2023's, kgCO2e/k€),
  // the excluded travel spend absent; the import's total is the rows' kgCO2e.
  const inventory = data<TRow[]>("state", org.organizationId);
  expect(inventory.some((r) => r.label.startsWith("6251 ") || r.label.startsWith("6061 "))).toBe(false);
  const printed = inventory.find((r) => r.label === `6064 ${supplies.label}`);
  expect(printed).toMatchObject({ year: 2024, quantity: supplies.net, options: { ratioCategory: "printing" } });
  expect(printed?.factor).toMatchObject({ id: expect.stringMatching(/^ademe:43575@/), unit: "kEUR" });
  const expectedKg = (Number(supplies.net) * Number(printed?.factor?.value)) / 1000;
  expect(Number(printed?.kgCO2e)).toBeCloseTo(expectedKg, 4);
  const totalKg = inventory.reduce((sum, r) => sum + Number(r.kgCO2e), 0);
  const tonnes = plain(
    new Intl.NumberFormat("fr", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(totalKg / 1000),
  );
  const importTotal = page.getByTestId(`import-${fr("imports.detail.total")}`);
  await expect.poll(async () => plain(await importTotal.textContent())).toBe(`${tonnes} tCO2e`);

  // 7. The same ledger again: refused with the reason and the choice to replace, nothing written.
  await page.goto(`/${org.slug}/imports/fec`);
  await readLedger(page, ledger2024);
  await page.getByTestId("fec-commit").click();
  await expect(page.getByText(fr("imports.errors.duplicate"))).toBeVisible();
  await expect(page.getByLabel(fr("imports.upload.replace"))).toBeVisible();
  expect(data<TRow[]>("state", org.organizationId)).toHaveLength(inventory.length);

  // 8. Next year's ledger, pipe-separated in Windows-1252: both choices are remembered.
  await page.goto(`/${org.slug}/imports/fec`);
  await readLedger(page, ledger2025);
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("printing");
  await expect(page.getByTestId("fec-account-6064")).toContainText(fr("imports.fec.ownChoice"));
  await expect(select(page, "treatmentFor", "6251")).toHaveValue("excluded");
  await expect
    .poll(async () => plain(await page.getByTestId("fec-account-6064").textContent()))
    .toContain(euros(ledger2025.accounts["6064"]!.net));
});
