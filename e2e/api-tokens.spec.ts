// A manager creates an API token in Settings, reads its secret once, a script uses it over HTTP (periods,
// a refused write that writes nothing, totals), the manager revokes it, and the script gets 401.
import { expect, test } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { fr } from "./support/messages";

test("API tokens: create, use over HTTP, revoke", async ({ page, request }) => {
  const name = `ERP ${Date.now()}`;
  await signIn(page, DEMO.nuage.manager);
  await page.goto(`/${NUAGE.slug}/settings`);
  await page
    .getByRole("navigation", { name: fr("settings.tabs.label") })
    .getByRole("link", { name: fr("settings.tabs.apiTokens") })
    .click();
  await expect(page).toHaveURL(`/${NUAGE.slug}/settings/api-tokens`);

  await page.getByRole("button", { name: fr("apiTokens.add") }).click();
  const dialog = page.getByRole("dialog", { name: fr("apiTokens.add") });
  await dialog.getByLabel(fr("apiTokens.name")).fill(name);
  // A manager cannot give a token more than their own role.
  await expect(dialog.getByLabel(fr("apiTokens.role")).locator("option")).toHaveText([
    fr("roles.MANAGER"),
    fr("roles.CONTRIBUTOR"),
    fr("roles.VIEWER"),
  ]);
  await dialog.getByRole("button", { name: fr("common.create") }).click();
  const shown = page.getByRole("dialog", { name: fr("apiTokens.createdTitle") });
  await expect(shown.getByText(fr("apiTokens.secretOnce"))).toBeVisible();
  const secret = await shown.getByTestId("api-token-secret").inputValue();
  expect(secret).toMatch(/^alb_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole("button", { name: fr("apiTokens.done") }).click();
  const row = page.getByTestId("api-token-row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 12));
  await expect(page.getByText(secret)).toHaveCount(0); // never shown again

  const headers = { authorization: `Bearer ${secret}` };
  const periods = await request.get("/api/v1/periods", { headers });
  expect(periods.status()).toBe(200);
  const { periods: list } = (await periods.json()) as { periods: { id: string; status: string }[] };
  const open = list.find((p) => p.status === "OPEN");
  expect(open).toBeDefined();
  const before = (await (
    await request.get(`/api/v1/activities?periodId=${open!.id}&limit=500`, { headers })
  ).json()) as {
    activities: unknown[];
  };

  const refused = await request.post("/api/v1/activities", {
    headers,
    data: {
      activities: [
        { externalId: "e2e-1", periodId: open!.id, activityTypeId: "energy.natural_gas", quantity: "10", unit: "kWh" },
        { externalId: "e2e-2", periodId: open!.id, activityTypeId: "energy.natural_gas", quantity: "10", unit: "L" },
      ],
    },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.rowErrors).toEqual([
    expect.objectContaining({ row: 1, externalId: "e2e-2", field: "unit" }),
  ]);
  const after = (await (
    await request.get(`/api/v1/activities?periodId=${open!.id}&limit=500`, { headers })
  ).json()) as {
    activities: unknown[];
  };
  expect(after.activities).toHaveLength(before.activities.length);

  const totals = await request.get(`/api/v1/totals?periodId=${open!.id}&groupBy=scope`, { headers });
  expect(totals.status()).toBe(200);
  expect((await totals.json()).total.kgCO2e).toMatch(/^\d+\.\d{6}$/);
  const doc = await request.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toBe("3.1.0");

  await row.getByRole("button", { name: fr("apiTokens.revoke") }).click();
  await row.getByRole("button", { name: fr("apiTokens.confirmRevoke") }).click();
  await expect(row).toContainText(fr("apiTokens.states.revoked"));
  const denied = await request.get("/api/v1/periods", { headers });
  expect(denied.status()).toBe(401);
  expect((await denied.json()).error.code).toBe("UNAUTHENTICATED");
});
