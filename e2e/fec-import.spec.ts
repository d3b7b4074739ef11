// The FEC mapping screen: a manager reads a ledger, sees the shares of the spend and each account's
// default treatment, maps an account differently (saved at once), sees the double-counting warning when
// an account covered by physical data is mapped, and reads the ledger again: the choice is remembered.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, PANIER, signIn } from "./support/app";
import { fr } from "./support/messages";

const COLUMNS =
  "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise";
const line = (n: number, account: string, label: string, debit: string, credit: string) =>
  [
    "AC",
    "Achats",
    String(n),
    "20240315",
    account,
    label,
    "",
    "",
    `F${n}`,
    "20240315",
    label,
    debit,
    credit,
    "",
    "",
    "20240315",
    "",
    "",
  ].join("|");
// 6064 office supplies 1 200,50 − a 200,00 credit note; 6061 energy 900,00; 6411 salaries 5 000,00.
const LEDGER = [
  COLUMNS,
  line(1, "6064", "Fournitures administratives", "1200,50", ""),
  line(1, "401", "Fournisseurs", "", "1200,50"),
  line(2, "6064", "Fournitures administratives", "", "200,00"),
  line(2, "401", "Fournisseurs", "200,00", ""),
  line(3, "6061", "Électricité", "900,00", ""),
  line(3, "401", "Fournisseurs", "", "900,00"),
  line(4, "6411", "Salaires", "5000,00", ""),
  line(4, "421", "Personnel", "", "5000,00"),
].join("\r\n");

async function read(page: Page) {
  const form = page.getByRole("form", { name: fr("imports.fec.uploadLabel") });
  await form.getByLabel(fr("imports.fec.period"), { exact: true }).selectOption({ label: "2024" });
  await form
    .getByLabel(fr("imports.fec.file"), { exact: true })
    .setInputFiles({ name: "fec-2024.txt", mimeType: "text/plain", buffer: Buffer.from(LEDGER, "utf8") });
  await form.getByRole("button", { name: fr("imports.fec.analyse") }).click();
  await expect(page.getByTestId("fec-account-6064")).toBeVisible();
}

const select = (page: Page, key: string, account: string) =>
  page.getByRole("combobox", { name: fr(`imports.fec.${key}`, { account }), exact: true });

test("a manager maps an FEC's accounts, and the choice is remembered for the next FEC", async ({ page }) => {
  await signIn(page, DEMO.panier.manager);
  await page.goto(`/${PANIER.slug}/imports/fec`);
  await read(page);
  // Left from an earlier run: back to the defaults first.
  for (const account of ["6064", "6061"]) {
    const reset = page.getByRole("button", { name: fr("imports.fec.resetFor", { account }) });
    if (await reset.isVisible()) {
      await reset.click();
      await expect(reset).toBeHidden();
    }
  }
  const shares = page.getByRole("heading", { name: fr("imports.fec.sharesTitle") }).locator("..");
  await expect(shares).toContainText("1 000,50 €");
  await expect(shares).toContainText("900,00 €");
  await expect(shares).toContainText("5 000,00 €");
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("paper");
  await expect(select(page, "treatmentFor", "6061")).toHaveValue("excluded");

  await select(page, "ratioCategoryFor", "6064").selectOption("printing");
  await expect(page.getByText(fr("imports.fec.saved", { account: "6064" }))).toBeVisible();
  await expect(page.getByTestId("fec-account-6064")).toContainText(fr("imports.fec.ownChoice"));
  await expect(
    page.getByRole("heading", { name: fr("imports.fec.rowsTitle") }).locator("xpath=ancestor::section[1]"),
  ).toContainText("6064 Fournitures administratives");

  // Energy is covered by the period's physical data: mapping 6061 anyway raises the warning.
  await select(page, "treatmentFor", "6061").selectOption("mapped");
  await expect(page.getByRole("alert").filter({ hasText: "6061" })).toBeVisible();
  await page.getByRole("button", { name: fr("imports.fec.resetFor", { account: "6061" }) }).click();
  await expect(select(page, "treatmentFor", "6061")).toHaveValue("excluded");

  await read(page);
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("printing");
  await expect(page.getByTestId("fec-account-6064")).toContainText(fr("imports.fec.ownChoice"));

  await page.getByRole("button", { name: fr("imports.fec.resetFor", { account: "6064" }) }).click();
  await expect(select(page, "ratioCategoryFor", "6064")).toHaveValue("paper");
});
