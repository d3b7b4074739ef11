// Cross-tenant attacks over real HTTP. People of Nuage Analytics sign in through the form, make the
// server action calls their own screens make (captured from the browser, and aborted so Nuage never
// changes), and replay them with their session against Panier Vert: with Panier's slug and record ids,
// and with Nuage's own slug but Panier's ids. Every replay must answer NOT_FOUND and leave every row
// Panier owns exactly as it was. Page routes get the same treatment (404, nothing of Panier's shown).
// Every exported server action and every organisation page must be listed here, or the spec fails.
import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import ExcelJS from "exceljs";
import type { TCrossTenantData } from "./support/cross-tenant-data";
import { DEMO, NUAGE, PANIER, newPerson, signIn } from "./support/app";
import { cloudFormDefaults, serverFormDefaults } from "../lib/imports/boavizta/api-form-defaults.ts";
import { fillCustomFactor } from "./support/factors";
import { fr } from "./support/messages";
import { buildAction, captureAction, exportedActions, replay, substitute, type CapturedAction } from "./support/replay";
import { openTenantDb, type TenantDb } from "./support/tenant-db";
import { organisationPages, PAGE_ROUTES } from "./support/cross-tenant-pages";

// One worker runs the file: fixtures made or removed by a second worker would move Panier's rows under
// another test's before/after comparison.
/** The Panier and Nuage records no demo data holds, made by the app's own functions in a tsx child. */
function makeFixtures(): TCrossTenantData {
  const out = execFileSync(process.execPath, ["--import", "tsx", "e2e/support/cross-tenant-data.ts", "setup"], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as TCrossTenantData;
}

// Server actions that take neither an organisation nor a record id: nothing to aim at another tenant.
const NOT_TENANT_SCOPED: Record<string, string> = {
  "sign-in.ts#signInAction": "credentials only",
  "setup.ts#setupAction": "first run, refused once an account exists",
  "invitations.ts#acceptAsNewUserAction": "a secret invitation token, not an id",
  "invitations.ts#acceptAsExistingUserAction": "a secret invitation token, not an id",
  "password-reset.ts#requestPasswordResetAction": "an e-mail address, answered the same whoever it is",
  "password-reset.ts#resetPasswordAction": "a secret reset token, not an id",
  "session.ts#setLocaleAction": "the caller's own language",
  "session.ts#signOutAction": "the caller's own session",
  "session.ts#signOutEverywhereAction": "the caller's own sessions",
};

// What each replay aims at: Panier's records, and the Nuage records the captured calls name.
type World = {
  fixtures: TCrossTenantData;
  panier: Record<"org" | "site" | "product" | "openPeriod" | "lockedPeriod" | "member" | "ownerId", string>;
  nuage: Record<
    "org" | "ownerId" | "site" | "product" | "modelledProduct" | "openPeriod" | "lockedPeriod" | "member" | "firm",
    string
  >;
};

let db: TenantDb;
let world: World;

test.beforeAll(async () => {
  db = await openTenantDb();
  const fixtures = makeFixtures();
  const org = (slug: string) => db.value(`SELECT id FROM "Organization" WHERE slug = $1`, [slug]);
  const panierOrg = await org(PANIER.slug);
  const nuageOrg = await org(NUAGE.slug);
  const site = (o: string, name: string) =>
    db.value(`SELECT id FROM "Site" WHERE "organizationId" = $1 AND name = $2`, [o, name]);
  const product = (o: string, name: string) =>
    db.value(`SELECT id FROM "Product" WHERE "organizationId" = $1 AND name = $2`, [o, name]);
  const period = (o: string, year: number) =>
    db.value(`SELECT id FROM "ReportingPeriod" WHERE "organizationId" = $1 AND year = $2`, [o, year]);
  const member = (o: string, email: string) =>
    db.value(
      `SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND u.email = $2`,
      [o, email],
    );
  world = {
    fixtures,
    panier: {
      org: panierOrg,
      site: await site(panierOrg, "Entrepôt Rezé"),
      product: await product(panierOrg, "Panier livré"),
      openPeriod: await period(panierOrg, 2024),
      lockedPeriod: await period(panierOrg, 2022),
      member: await member(panierOrg, DEMO.panier.viewer),
      ownerId: await db.value(`SELECT id FROM "User" WHERE email = $1`, [DEMO.panier.owner]),
    },
    nuage: {
      org: nuageOrg,
      ownerId: await db.value(`SELECT id FROM "User" WHERE email = $1`, [DEMO.nuage.owner]),
      site: await site(nuageOrg, "Baie de colocation Roubaix"),
      product: await product(nuageOrg, "Nuage Reports"),
      modelledProduct: await product(nuageOrg, "Nuage Insights"), // with a digital-use model for 2025
      openPeriod: await period(nuageOrg, 2025),
      lockedPeriod: await period(nuageOrg, 2022),
      member: await member(nuageOrg, DEMO.nuage.viewer),
      firm: await db.value(`SELECT id FROM "ConsultingFirm" WHERE slug = $1`, ["klimato-conseil"]),
    },
  };
});

/**
 * The Nuage records the captures act on: capturing aborts every call, so they must never change. (Not the
 * organisation's row: another spec saves Nuage's profile.)
 */
async function nuageTargets() {
  const { nuage } = world;
  const { nuage: fixtures } = world.fixtures;
  return {
    site: await db.rowsDigest("Site", [nuage.site]),
    product: await db.rowsDigest("Product", [nuage.product]),
    periods: await db.rowsDigest("ReportingPeriod", [nuage.openPeriod, nuage.lockedPeriod]),
    member: await db.rowsDigest("Membership", [nuage.member]),
    invitation: await db.rowsDigest("Invitation", [fixtures.invitationId]),
    customFactor: await db.rowsDigest("CustomFactor", [fixtures.customFactorId]),
    notationKey: await db.rowsDigest("NotationKey", [fixtures.notationKeyId]),
    evidence: await db.rowsDigest("EvidenceFile", [fixtures.evidenceId]),
  };
}
let nuageBefore: Awaited<ReturnType<typeof nuageTargets>>;

test.beforeEach(async () => {
  nuageBefore = await nuageTargets();
});

test.afterEach(async () => {
  expect(await nuageTargets(), "a captured call reached the server and changed Nuage").toEqual(nuageBefore);
});

test.afterAll(async () => {
  if (world) await db.removeFixtures(world.fixtures);
  await db?.close();
});

/** A signed-in person of the attacking organisation, for the whole describe. */
async function signedIn(browser: Browser, testInfo: TestInfo, email: string): Promise<Page> {
  const { page } = await newPerson(browser, testInfo);
  await signIn(page, email);
  return page;
}

/**
 * Replays `call` as it is aimed (another tenant's slug or ids): the answer must be the action's own
 * NOT_FOUND, and Panier's rows (every tenant table, the audit log included) must not have moved.
 */
async function expectRefused(page: Page, call: CapturedAction, label: string): Promise<void> {
  const before = await db.fingerprint(world.panier.org);
  const outcome = await replay(page, call);
  expect
    .soft(outcome.result, `${call.name} ${label}: HTTP ${outcome.status} ${outcome.raw.slice(0, 400)}`)
    .toEqual({ ok: false, error: "NOT_FOUND" });
  expect.soft(await db.fingerprint(world.panier.org), `${call.name} ${label}: Panier's rows changed`).toEqual(before);
}

/** Both attacks: Panier's slug with Panier's ids, and (when the call names records) Nuage's slug with Panier's ids. */
async function expectBothRefused(page: Page, call: CapturedAction, ids: Record<string, string> = {}) {
  await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug, ...ids }), "with Panier's slug and ids");
  if (Object.keys(ids).length > 0) {
    await expectRefused(page, substitute(call, ids), "with Nuage's slug and Panier's ids");
  }
}

const row = (page: Page, table: string, text: string) =>
  page.getByRole("table", { name: table }).getByRole("row").filter({ hasText: text });
const confirm = async (page: Page, scope: ReturnType<typeof row>, label: string, confirmLabel: string) => {
  await scope.getByRole("button", { name: label, exact: true }).click();
  await scope.getByRole("button", { name: confirmLabel, exact: true }).click();
};

/** The most recently entered energy line of a period: the first row of its energy list. */
const latestEnergyLine = (organizationId: string, periodId: string) =>
  db.value(
    `SELECT id FROM "ActivityData" WHERE "organizationId" = $1 AND "periodId" = $2 AND "activityTypeId" LIKE 'energy.%'
     ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
    [organizationId, periodId],
  );

/** The actions each test below covers; the inventory test checks the union against app/actions. */
const COVERED = {
  settings: [
    "sites.ts#createSiteAction",
    "sites.ts#updateSiteAction",
    "sites.ts#deleteSiteAction",
    "products.ts#createProductAction",
    "products.ts#updateProductAction",
    "products.ts#deleteProductAction",
    "profile.ts#updateProfileAction",
    "sites.ts#updateSiteEnergyAction",
    "products.ts#setProductVolumesAction",
    "products.ts#saveDigitalModelAction",
    "allocation.ts#setAllocationKeyAction",
    "allocation.ts#deleteAllocationKeyAction",
  ],
  periods: [
    "periods.ts#createPeriodAction",
    "periods.ts#updatePeriodAction",
    "periods.ts#recomputePeriodAction",
    "periods.ts#deletePeriodAction",
    "periods.ts#setPeriodLockedAction",
    "periods.ts#updatePeriodCalcSettingsAction",
    "periods.ts#updatePeriodFiguresAction",
  ],
  members: [
    "members.ts#inviteMemberAction",
    "members.ts#changeRoleAction",
    "members.ts#removeMemberAction",
    "members.ts#revokeInvitationAction",
    "members.ts#generateResetLinkAction",
  ],
  jobs: ["jobs.ts#jobRunStatusAction", "jobs.ts#retryJobAction"],
  factors: [
    "custom-factors.ts#createCustomFactorAction",
    "custom-factors.ts#versionCustomFactorAction",
    "custom-factors.ts#retireCustomFactorAction",
    "factor-releases.ts#applyReleaseUpdateAction",
    "factor-picker.ts#searchPickerFactorsAction",
  ],
  portfolio: ["portfolio.ts#createClientAction"],
  notationKeys: ["notation-keys.ts#setNotationKeyAction", "notation-keys.ts#clearNotationKeyAction"],
  evidence: ["evidence.ts#attachEvidenceAction", "evidence.ts#deleteEvidenceAction"],
  exports: ["exports.ts#startEvidencePackAction", "exports.ts#evidencePackStateAction"],
  imports: ["imports.ts#uploadImportAction", "imports.ts#confirmImportAction", "imports.ts#rollbackImportAction"],
  hosting: [
    "hosting.ts#assignProductByTagAction",
    "hosting.ts#estimateResourceAction",
    "hosting.ts#assignSiteByTagAction",
  ],
  boaviztaApi: ["boavizta-api.ts#boaviztaCloudImportAction", "boavizta-api.ts#boaviztaServerImportAction"],
  workflow: [
    "activity-status.ts#submitActivitiesAction",
    "activity-status.ts#validateActivitiesAction",
    "activity-status.ts#rejectActivityAction",
    "requests.ts#deleteRequestAction",
    "notifications.ts#markNotificationsReadAction",
    "requests.ts#createRequestAction",
  ],
  apiTokens: ["api-tokens.ts#createApiTokenAction", "api-tokens.ts#revokeApiTokenAction"],
  surveys: [
    "surveys.ts#createSurveyAction",
    "surveys.ts#revokeSurveyAction",
    "surveys.ts#duplicateSurveyAction",
    "surveys.ts#closeSurveyAction",
    "surveys.ts#reopenSurveyAction",
  ],
  trajectory: [
    "targets.ts#createTargetAction",
    "targets.ts#rebaseTargetAction",
    "targets.ts#deleteTargetAction",
    "reductions.ts#createReductionAction",
    "reductions.ts#updateReductionAction",
    "reductions.ts#moveReductionAction",
    "reductions.ts#deleteReductionAction",
    "contributions.ts#createContributionAction",
    "contributions.ts#deleteContributionAction",
  ],
  transparency: ["transparency.ts#publishTransparencyAction", "transparency.ts#revokeTransparencyAction"],
  fec: [
    "fec.ts#analyseFecAction",
    "fec.ts#previewFecAction",
    "fec.ts#saveFecMappingAction",
    "fec.ts#resetFecMappingAction",
  ],
  activities: [
    "activities.ts#previewActivityAction",
    "activities.ts#createActivityAction",
    "activities.ts#searchAirportsAction",
    "activities.ts#updateActivityAction",
    "activities.ts#duplicateActivityAction",
    "activities.ts#deleteActivityAction",
  ],
} as const;

test("every exported server action and every organisation page is covered by this spec", () => {
  const covered = new Set<string>([...Object.values(COVERED).flat(), ...Object.keys(NOT_TENANT_SCOPED)]);
  expect(exportedActions().filter((name) => !covered.has(name))).toEqual([]);
  expect([...covered].filter((name) => !exportedActions().includes(name))).toEqual([]);
  expect(organisationPages().filter((route) => !(route in PAGE_ROUTES))).toEqual([]);
});

test.describe("as Nuage's owner", () => {
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await signedIn(browser, testInfo, DEMO.nuage.owner);
  });
  test.afterAll(async () => page?.context().close());

  test("sites: create, edit, delete", async () => {
    const sites = `/${NUAGE.slug}/settings/sites`;
    const siteIds = { [world.nuage.site]: world.panier.site };
    await page.goto(sites);
    await page.getByRole("button", { name: fr("sites.add") }).click();
    const addSite = page.getByRole("form", { name: fr("sites.add") });
    await addSite.getByLabel(fr("sites.name"), { exact: true }).fill(`Site ${world.fixtures.marker}`);
    const createSite = await captureAction(page, COVERED.settings[0], () =>
      addSite.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, createSite);

    await page.goto(sites);
    const roubaix = row(page, fr("sites.title"), "Baie de colocation Roubaix");
    await roubaix.getByRole("button", { name: fr("common.edit"), exact: true }).click();
    const editSite = page.getByRole("form", { name: fr("sites.edit", { name: "Baie de colocation Roubaix" }) });
    await editSite.getByLabel(fr("sites.city"), { exact: true }).fill("Rezé");
    const updateSite = await captureAction(page, COVERED.settings[1], () =>
      editSite.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, updateSite, siteIds);

    await page.goto(sites);
    await roubaix.getByRole("button", { name: fr("siteEnergy.open", { name: "Baie de colocation Roubaix" }) }).click();
    const energy = page.getByRole("form", { name: fr("siteEnergy.title", { name: "Baie de colocation Roubaix" }) });
    await energy.getByLabel(fr("siteEnergy.instrument"), { exact: true }).selectOption("guarantee_of_origin");
    await energy.getByLabel(fr("siteEnergy.market.certificateRef"), { exact: true }).fill("GO-E2E-1");
    const updateEnergy = await captureAction(page, COVERED.settings[7], () =>
      energy.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, updateEnergy, siteIds);

    await page.goto(sites);
    const deleteSite = await captureAction(page, COVERED.settings[2], () =>
      confirm(page, roubaix, fr("common.delete"), fr("common.confirmDelete")),
    );
    await expectBothRefused(page, deleteSite, siteIds);
  });

  test("products and the organisation profile", async () => {
    const products = `/${NUAGE.slug}/settings/products`;
    const productIds = { [world.nuage.product]: world.panier.product };
    await page.goto(products);
    await page.getByRole("button", { name: fr("products.add") }).click();
    const addProduct = page.getByRole("form", { name: fr("products.add") });
    await addProduct.getByLabel(fr("products.name"), { exact: true }).fill(`Produit ${world.fixtures.marker}`);
    await addProduct.getByLabel(fr("products.functionalUnit"), { exact: true }).fill("unité");
    const createProduct = await captureAction(page, COVERED.settings[3], () =>
      addProduct.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, createProduct);

    await page.goto(products);
    const reports = row(page, fr("products.title"), "Nuage Reports");
    await reports.getByRole("button", { name: fr("common.edit"), exact: true }).click();
    const editProduct = page.getByRole("form", { name: fr("products.edit", { name: "Nuage Reports" }) });
    const updateProduct = await captureAction(page, COVERED.settings[4], () =>
      editProduct.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, updateProduct, productIds);

    await page.goto(products);
    const volumes = page.getByRole("form", { name: fr("products.volumes.formLabel", { name: "Nuage Reports" }) });
    const setVolumes = await captureAction(page, COVERED.settings[8], () =>
      volumes.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, setVolumes, productIds);

    // A product's digital-use model (its page, the open period's form): Panier's product and period.
    await page.goto(`/${NUAGE.slug}/products/${world.nuage.modelledProduct}`);
    const model = page.getByRole("form", { name: fr("products.digital.title") });
    const saveModel = await captureAction(page, COVERED.settings[9], () =>
      model.getByRole("button", { name: fr("products.digital.save") }).click(),
    );
    await expectBothRefused(page, saveModel, {
      [world.nuage.modelledProduct]: world.panier.product,
      [world.nuage.openPeriod]: world.panier.openPeriod,
    });

    // A shared post's allocation key (the allocation page, the open period): Panier's period, by either slug.
    await page.goto(`/${NUAGE.slug}/products/allocation?period=${world.nuage.openPeriod}`);
    const keyForm = page.getByRole("form", { name: fr("allocation.form.label", { post: fr("dashboard.kpi.scope2") }) });
    const periodIds = { [world.nuage.openPeriod]: world.panier.openPeriod };
    const setKey = await captureAction(page, COVERED.settings[10], () =>
      keyForm.getByRole("button", { name: fr("allocation.form.save") }).click(),
    );
    await expectBothRefused(page, setKey, periodIds);
    const deleteKey = await captureAction(page, COVERED.settings[11], () =>
      keyForm.getByRole("button", { name: fr("allocation.form.remove") }).click(),
    );
    await expectBothRefused(page, deleteKey, periodIds);

    await page.goto(products);
    const deleteProduct = await captureAction(page, COVERED.settings[5], () =>
      confirm(page, reports, fr("common.delete"), fr("common.confirmDelete")),
    );
    await expectBothRefused(page, deleteProduct, productIds);

    await page.goto(`/${NUAGE.slug}/settings`);
    const profile = page.getByRole("form", { name: fr("profile.title") });
    const updateProfile = await captureAction(page, COVERED.settings[6], () =>
      profile.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, updateProfile);
  });

  test("periods: create, edit, recalculate, delete", async () => {
    const periods = `/${NUAGE.slug}/settings/periods`;
    const table = fr("periods.title");
    const openIds = { [world.nuage.openPeriod]: world.panier.openPeriod };
    const open = row(page, table, "2025");

    await page.goto(periods);
    await page.getByRole("button", { name: fr("periods.add") }).click();
    const add = page.getByRole("form", { name: fr("periods.add") });
    const create = await captureAction(page, COVERED.periods[0], () =>
      add.getByRole("button", { name: fr("common.create") }).click(),
    );
    await expectBothRefused(page, create);

    await page.goto(periods);
    await open.getByRole("button", { name: fr("common.edit"), exact: true }).click();
    const edit = page.getByRole("form", { name: fr("periods.edit", { label: "2025" }) });
    const update = await captureAction(page, COVERED.periods[1], () =>
      edit.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, update, openIds);

    await page.goto(periods);
    await open.getByRole("button", { name: fr("common.edit"), exact: true }).click();
    const figures = page.getByRole("form", { name: fr("periods.figures.title", { label: "2025" }) });
    const figuresCall = await captureAction(page, COVERED.periods[6], () =>
      figures.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, figuresCall, openIds);

    await page.goto(periods);
    const recompute = await captureAction(page, COVERED.periods[2], () =>
      confirm(page, open, fr("periods.recompute.button"), fr("periods.recompute.confirm")),
    );
    await expectBothRefused(page, recompute, openIds);

    await page.goto(periods);
    await open.getByRole("button", { name: fr("calcSettings.open", { label: "2025" }) }).click();
    const settings = page.getByRole("form", { name: fr("calcSettings.title", { label: "2025" }) });
    await settings.getByLabel(fr("calcSettings.gwpSet"), { exact: true }).selectOption("AR6");
    const calcSettings = await captureAction(page, COVERED.periods[5], () =>
      settings.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, calcSettings, openIds);

    await page.goto(periods);
    const remove = await captureAction(page, COVERED.periods[3], () =>
      confirm(page, open, fr("common.delete"), fr("common.confirmDelete")),
    );
    await expectBothRefused(page, remove, openIds);
  });

  test("notation keys: set and clear", async () => {
    const completeness = `/${NUAGE.slug}/collection/completeness?period=${world.nuage.openPeriod}`;
    const block = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await page.goto(completeness);
    const freight = block(fr("collection.categories.freight.title"));
    // The demo marks Nuage's freight as not occurring: saving that key again is the call to capture.
    await freight.locator("summary", { hasText: fr("notationKeys.kind") }).click();
    const set = await captureAction(page, COVERED.notationKeys[0], () =>
      freight.getByRole("button", { name: fr("notationKeys.save") }).click(),
    );
    // Panier's slug and period: NOT_FOUND. Nuage's slug with Panier's period: a field error, nothing written.
    await expectRefused(
      page,
      substitute(set, { [NUAGE.slug]: PANIER.slug, [world.nuage.openPeriod]: world.panier.openPeriod }),
      "with Panier's slug and period",
    );
    const before = await db.fingerprint(world.panier.org);
    const foreignPeriod = await replay(page, substitute(set, { [world.nuage.openPeriod]: world.panier.openPeriod }));
    expect(foreignPeriod.result).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(await db.fingerprint(world.panier.org)).toEqual(before);

    await page.goto(completeness);
    const equipment = block(fr("collection.categories.equipment.title"));
    await equipment.locator("summary", { hasText: fr("notationKeys.kind") }).click();
    const clear = await captureAction(page, COVERED.notationKeys[1], () =>
      confirm(page, equipment, fr("notationKeys.clear"), fr("notationKeys.confirmClear")),
    );
    await expectBothRefused(page, clear, {
      [world.fixtures.nuage.notationKeyId]: world.fixtures.panier.notationKeyId,
    });
  });

  test("evidence documents: attach, remove, download", async () => {
    const nuageLine = await latestEnergyLine(world.nuage.org, world.nuage.openPeriod);
    const panierLine = await latestEnergyLine(world.panier.org, world.panier.openPeriod);
    const { nuage: own, panier: victim } = world.fixtures;
    const linePage = `/${NUAGE.slug}/collection/energy/${nuageLine}`;
    await page.goto(linePage);
    const pdf = Buffer.from(`%PDF-1.4\n% ${world.fixtures.marker}\ntrailer\n%%EOF\n`, "latin1");
    const attach = await captureAction(page, COVERED.evidence[0], () =>
      page
        .getByLabel(fr("evidence.choose"))
        .setInputFiles({ name: "intrus.pdf", mimeType: "application/pdf", buffer: pdf }),
    );
    await expectBothRefused(page, attach, { [nuageLine]: panierLine });

    await page.goto(linePage);
    const item = page.getByRole("listitem").filter({ hasText: own.evidenceName });
    const remove = await captureAction(page, COVERED.evidence[1], () =>
      confirm(page, item, fr("evidence.remove"), fr("evidence.confirmRemove")),
    );
    await expectBothRefused(page, remove, { [own.evidenceId]: victim.evidenceId });

    // The download: Panier's document through Panier's slug or Nuage's is the same 404 as a missing one.
    for (const address of [
      `/${PANIER.slug}/evidence/${victim.evidenceId}`,
      `/${NUAGE.slug}/evidence/${victim.evidenceId}`,
    ]) {
      const response = await page.request.get(address);
      expect.soft(response.status(), address).toBe(404);
      expect.soft(await response.text(), address).not.toContain(world.fixtures.marker);
    }
    const ownFile = await page.request.get(`/${NUAGE.slug}/evidence/${own.evidenceId}`);
    expect(ownFile.status()).toBe(200);
    expect(ownFile.headers()["content-disposition"]).toContain("attachment");
  });

  test("periods: lock and unlock", async () => {
    const periods = `/${NUAGE.slug}/settings/periods`;
    const table = fr("periods.title");
    const openIds = { [world.nuage.openPeriod]: world.panier.openPeriod };
    const open = row(page, table, "2025");
    await page.goto(periods);
    const lock = await captureAction(page, COVERED.periods[4], () =>
      confirm(page, open, fr("periods.lock"), fr("periods.confirmLock")),
    );
    expect(lock.body).toContain('"locked":true');
    await expectBothRefused(page, lock, openIds);

    await page.goto(periods);
    const unlock = await captureAction(page, COVERED.periods[4], () =>
      confirm(page, row(page, table, "2022"), fr("periods.unlock"), fr("periods.confirmUnlock")),
    );
    expect(unlock.body).toContain('"locked":false');
    await expectBothRefused(page, unlock, { [world.nuage.lockedPeriod]: world.panier.lockedPeriod });
  });

  test("members: invite, change a role, remove, revoke an invitation, create a reset link", async () => {
    const members = `/${NUAGE.slug}/settings/members`;
    const memberIds = { [world.nuage.member]: world.panier.member };

    await page.goto(members);
    const invite = page.getByRole("form", { name: fr("members.inviteTitle") });
    await invite.getByLabel(fr("members.email"), { exact: true }).fill(`invite-${world.fixtures.marker}@e2e.example`);
    const inviteCall = await captureAction(page, COVERED.members[0], () =>
      invite.getByRole("button", { name: fr("members.invite") }).click(),
    );
    await expectBothRefused(page, inviteCall);

    await page.goto(members);
    const changeRole = await captureAction(page, COVERED.members[1], () =>
      page.getByLabel(fr("members.roleOf", { name: "Marc Lefèvre" })).selectOption("OWNER"),
    );
    await expectBothRefused(page, changeRole, memberIds);

    await page.goto(members);
    const removeCall = await captureAction(page, COVERED.members[2], () =>
      confirm(page, page.getByTestId(`member-${DEMO.nuage.viewer}`), fr("members.remove"), fr("members.confirmRemove")),
    );
    await expectBothRefused(page, removeCall, memberIds);

    await page.goto(members);
    const pending = row(page, fr("members.pending"), world.fixtures.nuage.invitationEmail);
    const revoke = await captureAction(page, COVERED.members[3], () =>
      confirm(page, pending, fr("members.revoke"), fr("members.confirmRevoke")),
    );
    await expectBothRefused(page, revoke, { [world.fixtures.nuage.invitationId]: world.fixtures.panier.invitationId });

    await page.goto(members);
    const resetLink = await captureAction(page, COVERED.members[4], () =>
      page.getByRole("button", { name: fr("members.resetLinkFor", { name: "Marc Lefèvre" }) }).click(),
    );
    await expectBothRefused(page, resetLink, memberIds);
  });

  test("background jobs: progress polling and retry", async () => {
    const runId = await db.queueRun(world.nuage.org, world.nuage.openPeriod, world.nuage.ownerId);
    try {
      const runIds = { [runId]: world.fixtures.panier.runId };
      const periods = `/${NUAGE.slug}/settings/periods`;
      // The page polls Nuage's queued run once a second.
      const status = await captureAction(page, COVERED.jobs[0], () => page.goto(periods));
      // The same call, unchanged, reads Nuage's run: the replay itself works.
      expect((await replay(page, status)).result).toMatchObject({ ok: true, data: { id: runId } });
      await expectBothRefused(page, status, runIds);

      await db.failRun(runId);
      await page.goto(periods);
      const retry = await captureAction(page, COVERED.jobs[1], () =>
        page.getByRole("button", { name: fr("jobs.retry"), exact: true }).click(),
      );
      await expectBothRefused(page, retry, runIds);
    } finally {
      await db.dropRun(runId);
    }
  });

  test("dashboard exports and the evidence pack", async ({ baseURL }) => {
    // The actions, posted to the home page that uses them, naming Panier's period.
    for (const name of COVERED.exports) {
      const call = buildAction(name, `${baseURL}/${NUAGE.slug}`, [NUAGE.slug, { periodId: world.panier.openPeriod }]);
      await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
      await expectRefused(page, call, "with Nuage's slug and Panier's ids");
    }
    // The downloads: Panier's tables are a 404; Nuage's own, asked for Panier's period, are Nuage's figures.
    for (const table of ["scopes", "categories", "sites", "comparison", "yoy"]) {
      for (const format of ["csv", "xlsx"]) {
        const response = await page.request.get(`/${PANIER.slug}/exports/${table}?format=${format}`);
        expect.soft(response.status(), `${table} ${format}`).toBe(404);
      }
    }
    const own = await page.request.get(`/${NUAGE.slug}/exports/sites?format=csv&period=${world.panier.openPeriod}`);
    expect(own.status()).toBe(200);
    expect(await own.text()).not.toContain("Entrepôt Rezé");
    const pack = await db.value(
      `SELECT COALESCE((SELECT id FROM "ExportFile" WHERE "organizationId" = $1 LIMIT 1), 'none')`,
      [world.nuage.org],
    );
    for (const slug of [PANIER.slug, NUAGE.slug]) {
      expect.soft((await page.request.get(`/${slug}/evidence-pack/${world.panier.openPeriod}`)).status()).toBe(404);
    }
    if (pack !== "none") expect((await page.request.get(`/${PANIER.slug}/evidence-pack/${pack}`)).status()).toBe(404);
  });

  test("import template downloads", async () => {
    // Panier's templates are a 404; Nuage's own XLSX lists Nuage's sites and none of Panier's.
    const categories = ["energy", "travel", "commuting", "purchases", "equipment", "freight", "waste", "digital"];
    for (const category of categories) {
      for (const format of ["csv", "xlsx"]) {
        const response = await page.request.get(`/${PANIER.slug}/imports/templates/${category}?format=${format}`);
        expect.soft(response.status(), `${category} ${format}`).toBe(404);
      }
    }
    const own = await page.request.get(`/${NUAGE.slug}/imports/templates/energy?format=xlsx&lang=fr`);
    expect(own.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await own.body()) as unknown as ArrayBuffer);
    const lists = JSON.stringify(workbook.getWorksheet("Listes")?.getSheetValues() ?? []);
    const nuageSite = await db.value(`SELECT name FROM "Site" WHERE id = $1`, [world.nuage.site]);
    expect(lists).toContain(JSON.stringify(nuageSite));
    expect(lists).not.toContain("Entrepôt Rezé");
  });

  test("API tokens: create and revoke", async ({ baseURL }) => {
    await page.goto(`/${NUAGE.slug}/settings/api-tokens`);
    await page.getByRole("button", { name: fr("apiTokens.add") }).click();
    const dialog = page.getByRole("dialog", { name: fr("apiTokens.add") });
    await dialog.getByLabel(fr("apiTokens.name")).fill(`Jeton ${world.fixtures.marker}`);
    const create = await captureAction(page, COVERED.apiTokens[0], () =>
      dialog.getByRole("button", { name: fr("common.create") }).click(),
    );
    await expectRefused(page, substitute(create, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug");
    // Revoking Panier's token, posted to the page that does it: Panier's slug, or Nuage's slug and Panier's id.
    const revoke = buildAction(COVERED.apiTokens[1], `${baseURL}/${NUAGE.slug}/settings/api-tokens`, [
      NUAGE.slug,
      { id: world.fixtures.panier.apiTokenId },
    ]);
    await expectRefused(page, substitute(revoke, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
    await expectRefused(page, revoke, "with Nuage's slug and Panier's id");
  });

  test("staff surveys: create, revoke, duplicate, close, reopen", async ({ baseURL }) => {
    const surveys = `/${NUAGE.slug}/collection/surveys`;
    await page.goto(surveys);
    await page.getByRole("button", { name: fr("surveys.new") }).click();
    const form = page.getByRole("form", { name: fr("surveys.new") });
    await form.getByLabel(fr("surveys.period")).selectOption(world.nuage.openPeriod);
    await form.getByLabel(fr("surveys.population")).fill("25");
    const create = await captureAction(page, COVERED.surveys[0], () =>
      form.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, create, { [world.nuage.openPeriod]: world.panier.openPeriod });
    // Revoking or duplicating Panier's campaign: Panier's slug, or Nuage's slug and Panier's campaign id.
    const { surveyCampaignId } = world.fixtures.panier;
    const revoke = buildAction(COVERED.surveys[1], `${baseURL}${surveys}`, [NUAGE.slug, { id: surveyCampaignId }]);
    const duplicate = buildAction(COVERED.surveys[2], `${baseURL}${surveys}`, [
      NUAGE.slug,
      { id: surveyCampaignId, periodId: world.nuage.openPeriod, opensOn: "2025-06-01", closesOn: "2025-06-30" },
    ]);
    const close = buildAction(COVERED.surveys[3], `${baseURL}${surveys}`, [NUAGE.slug, { id: surveyCampaignId }]);
    const reopen = buildAction(COVERED.surveys[4], `${baseURL}${surveys}`, [NUAGE.slug, { id: surveyCampaignId }]);
    for (const call of [revoke, duplicate, close, reopen]) {
      await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
      await expectRefused(page, call, "with Nuage's slug and Panier's id");
    }
  });

  test("targets, action plan and contributions: create, rebase, delete, move", async ({ baseURL }) => {
    // Panier's seeded target and action, aimed at with Panier's slug, or Nuage's slug and Panier's ids;
    // creating a target on Panier's base period or an action linked to Panier's site through Nuage's slug.
    const first = (table: string) =>
      db.value(`SELECT id FROM "${table}" WHERE "organizationId" = $1 ORDER BY id LIMIT 1`, [world.panier.org]);
    const [targetId, actionId] = [await first("ReductionTarget"), await first("ReductionAction")];
    const targetsPage = `${baseURL}/${NUAGE.slug}/trajectory`;
    const actionsPage = `${targetsPage}/actions`;
    const [createTarget, rebase, removeTarget, create, update, move, remove, contribute, uncontribute] =
      COVERED.trajectory;
    const contributionId = await first("ClimateContribution");
    const contributionsPage = `${targetsPage}/contributions`;
    const action = {
      title: world.fixtures.marker,
      type: "REDUCTION",
      status: "PLANNED",
      posts: ["scope1"],
      expectedUnit: "TCO2E",
      expectedValue: "2",
    };
    const target = {
      name: world.fixtures.marker,
      kind: "ABSOLUTE",
      preset: "SBTI_1_5",
      basePeriodId: world.panier.lockedPeriod,
      targetYear: "2030",
      reductionPct: "40",
      posts: ["scope1"],
    };
    const calls = [
      buildAction(createTarget, targetsPage, [NUAGE.slug, target]),
      buildAction(rebase, targetsPage, [NUAGE.slug, { id: targetId }]),
      buildAction(removeTarget, targetsPage, [NUAGE.slug, { id: targetId }]),
      buildAction(create, actionsPage, [NUAGE.slug, { ...action, siteIds: [world.panier.site] }]),
      buildAction(update, actionsPage, [NUAGE.slug, { id: actionId, values: action }]),
      buildAction(move, actionsPage, [NUAGE.slug, { id: actionId, status: "DONE" }]),
      buildAction(remove, actionsPage, [NUAGE.slug, { id: actionId }]),
      buildAction(uncontribute, contributionsPage, [NUAGE.slug, { id: contributionId }]),
    ];
    // Creating a contribution names no record: only Panier's slug can aim it at Panier.
    const contribution = {
      name: world.fixtures.marker,
      kind: "REMOVAL",
      vintage: "2024",
      tonnes: "1",
      pricePerTonneEur: "1",
    };
    await expectRefused(
      page,
      buildAction(contribute, contributionsPage.replace(NUAGE.slug, PANIER.slug), [PANIER.slug, contribution]),
      "with Panier's slug",
    );
    for (const call of calls) {
      await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
      await expectRefused(page, call, "with Nuage's slug and Panier's ids");
    }
  });

  test("transparency page: publish and revoke", async ({ baseURL }) => {
    // Publishing names periods: Panier's through Nuage's slug, or anything through Panier's slug; revoking
    // names nothing, so only Panier's slug aims it at Panier's seeded page.
    const [publish, revoke] = COVERED.transparency;
    const publishPage = `${baseURL}/${NUAGE.slug}/trajectory/publish`;
    const sections = {
      slug: "",
      periodIds: [world.panier.lockedPeriod],
      totals: true,
      baseYear: false,
      targets: false,
      actions: false,
      methodology: false,
      contributions: false,
    };
    const call = buildAction(publish, publishPage, [NUAGE.slug, sections]);
    await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
    await expectRefused(page, call, "with Nuage's slug and Panier's ids");
    await expectRefused(
      page,
      buildAction(revoke, publishPage.replace(NUAGE.slug, PANIER.slug), [PANIER.slug, {}]),
      "with Panier's slug",
    );
  });

  test("file imports: upload, confirm, roll back, the original file and the error report", async ({ baseURL }) => {
    const { importId } = world.fixtures.panier;
    await page.goto(`/${NUAGE.slug}/imports`);
    const form = page.getByRole("form", { name: fr("imports.upload.title") });
    await form.getByLabel(fr("imports.upload.period")).selectOption(world.nuage.openPeriod);
    await form.getByLabel(fr("imports.upload.fileAll")).setInputFiles({
      name: "intrus.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`a;b\n${world.fixtures.marker};2\n`),
    });
    const upload = await captureAction(page, COVERED.imports[0], () =>
      form.getByRole("button", { name: fr("imports.upload.submit") }).click(),
    );
    await expectBothRefused(page, upload, { [world.nuage.openPeriod]: world.panier.openPeriod });
    // Confirm and roll back, posted to the page that has both (an action posted to a page without it is
    // forwarded by Next to one that has it, and refused there as a cross-origin forward), naming Panier's import.
    for (const name of COVERED.imports.slice(1)) {
      const call = buildAction(name, `${baseURL}/${NUAGE.slug}/imports/${importId}`, [NUAGE.slug, { importId }]);
      await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
      await expectRefused(page, call, "with Nuage's slug and Panier's ids");
    }
    for (const slug of [PANIER.slug, NUAGE.slug]) {
      for (const what of ["file", "errors"]) {
        const response = await page.request.get(`/${slug}/imports/${importId}/${what}`);
        expect.soft(response.status(), `${slug} ${what}`).toBe(404);
        expect.soft(await response.text(), `${slug} ${what}`).not.toContain(world.fixtures.marker);
      }
    }
  });

  test("servers and cloud: the product-by-tag and site-by-tag rules", async ({ baseURL }) => {
    // Built by hand (Nuage has no Boavizta import, so its page shows no form), posted to the page that has it.
    const call = buildAction(COVERED.hosting[0], `${baseURL}/${NUAGE.slug}/imports/hosting`, [
      NUAGE.slug,
      { periodId: world.nuage.openPeriod, tagKey: "app", tagValue: "booking", productId: world.nuage.product },
    ]);
    expect((await replay(page, call)).result).toEqual({ ok: true, data: { matched: 0, changed: 0 } });
    await expectBothRefused(page, call, {
      [world.nuage.openPeriod]: world.panier.openPeriod,
      [world.nuage.product]: world.panier.product,
    });
    // An estimate aimed at Panier (no Boavizta resource in the demo data: the id is made up; the lib's and
    // tests/cross-tenant's tests aim at another organisation's real resource).
    const estimate = buildAction(COVERED.hosting[1], `${baseURL}/${NUAGE.slug}/imports/hosting`, [
      NUAGE.slug,
      { resourceId: `res-${world.fixtures.marker}`, embeddedKg: "1", useKg: "", note: "Hijack" },
    ]);
    await expectBothRefused(page, estimate);
    const siteRule = buildAction(COVERED.hosting[2], `${baseURL}/${NUAGE.slug}/imports/hosting`, [
      NUAGE.slug,
      { periodId: world.nuage.openPeriod, tagKey: "app", tagValue: "booking", siteId: world.nuage.site },
    ]);
    expect((await replay(page, siteRule)).result).toEqual({ ok: true, data: { matched: 0, changed: 0 } });
    await expectBothRefused(page, siteRule, {
      [world.nuage.openPeriod]: world.panier.openPeriod,
      [world.nuage.site]: world.panier.site,
    });
  });

  test("BoaviztAPI forms: an assessment into Panier's period", async ({ baseURL }) => {
    // Built by hand, posted to the page that holds both forms: Panier's slug, or Nuage's slug with Panier's
    // period, is refused before BoaviztAPI is called (the stand-in, when the e2e server has one, records nothing).
    const at = `${baseURL}/${NUAGE.slug}/imports/boavizta-api`;
    const forms = [
      { ...cloudFormDefaults(world.nuage.openPeriod, "aws"), name: "intrus", instanceType: "m6g.xlarge" },
      { ...serverFormDefaults(world.nuage.openPeriod), name: "intrus" },
    ];
    for (const [i, name] of COVERED.boaviztaApi.entries()) {
      const call = buildAction(name, at, [NUAGE.slug, forms[i]]);
      await expectBothRefused(page, call, { [world.nuage.openPeriod]: world.panier.openPeriod });
    }
  });

  test("organisation pages with Panier's slug, or with Nuage's slug and Panier's ids", async () => {
    const ids = {
      customFactorId: world.fixtures.panier.customFactorId,
      ownerId: world.panier.ownerId,
      auditEventId: await db.value(`SELECT id FROM "AuditEvent" WHERE "organizationId" = $1 LIMIT 1`, [
        world.panier.org,
      ]),
      activityId: await latestEnergyLine(world.panier.org, world.panier.openPeriod),
      periodId: world.panier.openPeriod,
      emissionLineId: await db.value(`SELECT id FROM "EmissionLine" WHERE "organizationId" = $1 LIMIT 1`, [
        world.panier.org,
      ]),
      importId: world.fixtures.panier.importId,
      surveyCampaignId: world.fixtures.panier.surveyCampaignId,
      productId: world.panier.product,
    };
    // Anything of Panier's a page could show: its name, records, people and the spec's own Panier factor.
    const secrets = [
      PANIER.name,
      "Entrepôt Rezé",
      "Bureaux Nantes",
      "Panier livré",
      "Claire Dubois",
      DEMO.panier.owner,
      world.fixtures.panier.customFactorName,
    ];
    const expectNothingOfPanier = (body: string, label: string) => {
      for (const secret of secrets) expect.soft(body.includes(secret), `${label} shows "${secret}"`).toBe(false);
    };
    for (const [route, addresses] of Object.entries(PAGE_ROUTES)) {
      const { notFound, ownPage = [] } = addresses(PANIER.slug, NUAGE.slug, ids);
      for (const address of notFound) {
        // The document, and the flight data a client-side navigation asks for.
        for (const headers of [{}, { rsc: "1" }] as Array<Record<string, string>>) {
          const label = `${route || "(home)"} ${address}${"rsc" in headers ? " (RSC)" : ""}`;
          // (Next answers a flight request without its cache-busting parameter with a redirect to it, and
          // streams flight data with status 200: the 404 is the not-found boundary's digest in the stream.)
          const response = await page.request.get(address, { headers });
          const body = await response.text();
          if ("rsc" in headers) expect.soft(body, label).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
          else expect.soft(response.status(), label).toBe(404);
          expectNothingOfPanier(body, label);
        }
      }
      for (const address of ownPage) {
        const response = await page.request.get(address, { maxRedirects: 0 });
        expect.soft(response.status(), address).toBe(200);
        expectNothingOfPanier(await response.text(), address);
      }
    }
  });
});

test.describe("as Nuage's manager", () => {
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await signedIn(browser, testInfo, DEMO.nuage.manager);
  });
  test.afterAll(async () => page?.context().close());

  test("activity lines: preview, create, airport search, edit, duplicate, delete", async () => {
    const energy = `/${NUAGE.slug}/collection/energy`;
    const lineIds = {
      [await latestEnergyLine(world.nuage.org, world.nuage.openPeriod)]: await latestEnergyLine(
        world.panier.org,
        world.panier.openPeriod,
      ),
    };
    const [nuageLine] = Object.keys(lineIds);

    await page.goto(`${energy}/new`);
    await page.getByLabel(fr("activity.fields.activityType"), { exact: true }).selectOption("energy.electricity.grid");
    const preview = await captureAction(page, COVERED.activities[0], () =>
      page.getByLabel(fr("activity.fields.quantity"), { exact: true }).fill("1 000"),
    );
    await expectBothRefused(page, preview);
    const create = await captureAction(page, COVERED.activities[1], () =>
      page.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, create);

    await page.goto(`/${NUAGE.slug}/collection/travel/new`);
    const search = await captureAction(page, COVERED.activities[2], () =>
      page.getByRole("combobox", { name: fr("activity.fields.from"), exact: true }).fill("Lyon"),
    );
    await expectBothRefused(page, search);

    await page.goto(`${energy}/${nuageLine}`);
    const update = await captureAction(page, COVERED.activities[3], () =>
      page.getByRole("button", { name: fr("common.save") }).click(),
    );
    await expectBothRefused(page, update, lineIds);

    const firstRow = () =>
      page
        .getByRole("table", { name: fr("collection.categories.energy.title") })
        .getByRole("row")
        .nth(1);
    await page.goto(energy);
    await firstRow()
      .getByRole("button", { name: new RegExp(`^${fr("collection.actions.duplicate")}`) })
      .click();
    const duplicate = await captureAction(page, COVERED.activities[4], () =>
      firstRow()
        .getByRole("button", { name: fr("collection.actions.duplicateConfirm"), exact: true })
        .click(),
    );
    await expectBothRefused(page, duplicate, lineIds);

    await page.goto(energy);
    const remove = await captureAction(page, COVERED.activities[5], () =>
      confirm(page, firstRow(), fr("collection.actions.delete"), fr("collection.actions.confirmDelete")),
    );
    await expectBothRefused(page, remove, lineIds);
  });

  test("custom factors and factor release updates", async ({ baseURL }) => {
    const custom = `/${NUAGE.slug}/factors/custom`;
    const { nuage, panier } = world.fixtures;
    const factorIds = { [nuage.customFactorId]: panier.customFactorId };

    await page.goto(`${custom}/new`);
    const form = page.getByRole("form", { name: fr("customFactors.form.createTitle") });
    await fillCustomFactor(form, {
      nameFr: `Facteur ${world.fixtures.marker}`,
      value: "0,1",
      source: "Relevé",
      justification: "Une justification assez longue",
    });
    const create = await captureAction(page, COVERED.factors[0], () =>
      form.getByRole("button", { name: fr("customFactors.form.submitCreate") }).click(),
    );
    await expectBothRefused(page, create);

    await page.goto(`${custom}/${nuage.customFactorId}/new-version`);
    const version = await captureAction(page, COVERED.factors[1], () =>
      page.getByRole("button", { name: fr("customFactors.form.submitVersion", { version: 2 }) }).click(),
    );
    await expectBothRefused(page, version, factorIds);

    await page.goto(`${custom}/${nuage.customFactorId}`);
    const retire = await captureAction(page, COVERED.factors[2], () =>
      confirm(
        page,
        page.getByRole("main"),
        fr("customFactors.detail.retire"),
        fr("customFactors.detail.confirmRetire"),
      ),
    );
    await expectBothRefused(page, retire, factorIds);

    // No newer release is installed while other specs run, so no screen offers the update: the call is
    // built by hand from the build's action id. On Nuage it reaches the action (the shipped release is
    // not newer: CONFLICT); on Panier it must not.
    const apply = buildAction(COVERED.factors[3], `${baseURL}/${NUAGE.slug}/factors/releases`, [
      NUAGE.slug,
      { source: "ademe", version: "23.6" },
    ]);
    expect((await replay(page, apply)).result).toMatchObject({ ok: false, error: "CONFLICT" });
    await expectBothRefused(page, apply);
  });

  test("FEC import: read a ledger, preview, save and reset an account mapping", async ({ baseURL }) => {
    const [analyse, preview, save, reset] = COVERED.fec;
    const periodIds = { [world.nuage.openPeriod]: world.panier.openPeriod };
    const fec = [
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise",
      "AC\tAchats\t1\t20250301\t6064\tFournitures\t\t\tF1\t20250301\tx\t100,00\t\t\t\t20250301\t\t",
      "AC\tAchats\t1\t20250301\t401\tFournisseurs\t\t\tF1\t20250301\tx\t\t100,00\t\t\t20250301\t\t",
    ].join("\n");
    await page.goto(`/${NUAGE.slug}/imports/fec`);
    const form = page.getByRole("form", { name: fr("imports.fec.uploadLabel") });
    await form.getByLabel(fr("imports.fec.period"), { exact: true }).selectOption(world.nuage.openPeriod);
    await form
      .getByLabel(fr("imports.fec.file"), { exact: true })
      .setInputFiles({ name: "fec.txt", mimeType: "text/plain", buffer: Buffer.from(fec) });
    const upload = await captureAction(page, analyse, () =>
      form.getByRole("button", { name: fr("imports.fec.analyse") }).click(),
    );
    await expectBothRefused(page, upload, periodIds);
    // Built by hand: Panier's slug, and Nuage's slug with Panier's period.
    const at = `${baseURL}/${NUAGE.slug}/imports/fec`;
    const account = {
      account: "6064",
      label: "x",
      kind: "expense",
      debit: "100.00",
      credit: "0.00",
      net: "100.00",
      lines: 1,
      firstLine: 2,
    };
    await expectBothRefused(
      page,
      buildAction(preview, at, [NUAGE.slug, { periodId: world.nuage.openPeriod, accounts: [account], lines: 2 }]),
      periodIds,
    );
    await expectBothRefused(page, buildAction(save, at, [NUAGE.slug, { account: "6064", treatment: "excluded" }]));
    await expectBothRefused(page, buildAction(reset, at, [NUAGE.slug, { account: "6064" }]));
  });

  test("factor picker search", async ({ baseURL }) => {
    // Posted to a page that uses the picker (an action is only found on a page whose bundle holds it).
    const search = buildAction(COVERED.factors[4], `${baseURL}/${NUAGE.slug}/collection/energy/new`, [
      NUAGE.slug,
      { q: "chaleur" },
    ]);
    expect((await replay(page, search)).result).toMatchObject({ ok: true });
    await expectBothRefused(page, search);
  });
});

/** Panier's request, lines and notification to aim the workflow calls at (made once, kept like its data). */
function workflowTargets(): Record<
  "requestId" | "submittedId" | "draftId" | "notificationId" | "requestEvidenceId",
  string
> {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "e2e/support/workflow-data.ts", "targets", PANIER.slug],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").pop() as string) as ReturnType<typeof workflowTargets>;
}

test.describe("as Nuage's manager, the data-collection workflow", () => {
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await signedIn(browser, testInfo, DEMO.nuage.manager);
  });
  test.afterAll(async () => page?.context().close());

  test("line statuses, data requests and notifications", async ({ baseURL }) => {
    const target = workflowTargets();
    // Each action is posted to a page whose screens use it (Next finds it through that page).
    const at = (path: string) => `${baseURL}/${NUAGE.slug}/${path}`;
    const [submit, validate, reject, deleteRequest, markRead, createRequest] = COVERED.workflow;
    // Built by hand from the build's action ids, with Panier's ids: replayed with Panier's slug, then with
    // Nuage's own slug (the ids stay Panier's).
    const byId = [
      buildAction(submit, at("collection/requests"), [NUAGE.slug, { ids: [target.draftId] }]),
      buildAction(validate, at("collection/review"), [NUAGE.slug, { ids: [target.submittedId] }]),
      buildAction(reject, at("collection/review"), [NUAGE.slug, { id: target.submittedId, comment: "Hijack" }]),
      buildAction(deleteRequest, at("collection/requests"), [NUAGE.slug, { id: target.requestId }]),
      buildAction(markRead, at("notifications"), [NUAGE.slug, { ids: [target.notificationId] }]),
    ];
    for (const call of byId) {
      await expectRefused(page, substitute(call, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
      await expectRefused(page, call, "with Nuage's slug and Panier's ids");
    }

    // A request's files: the upload captured on one of Nuage's request cards, aimed at Panier's request;
    // the removal and the download of Panier's request file.
    await page.goto(at("collection/requests"));
    const card = page.locator('[data-testid^="request-"]').first();
    const nuageRequest = ((await card.getAttribute("data-testid")) ?? "").replace("request-", "");
    const pdf = Buffer.from(`%PDF-1.4\n% ${world.fixtures.marker}\ntrailer\n%%EOF\n`, "latin1");
    const attach = await captureAction(page, COVERED.evidence[0], () =>
      card
        .getByLabel(fr("evidence.chooseForRequest"))
        .setInputFiles({ name: "intrus.pdf", mimeType: "application/pdf", buffer: pdf }),
    );
    await expectBothRefused(page, attach, { [nuageRequest]: target.requestId });
    const removeFile = buildAction(COVERED.evidence[1], at("collection/requests"), [
      NUAGE.slug,
      { id: target.requestEvidenceId },
    ]);
    await expectRefused(page, substitute(removeFile, { [NUAGE.slug]: PANIER.slug }), "with Panier's slug and ids");
    await expectRefused(page, removeFile, "with Nuage's slug and Panier's ids");
    for (const slug of [PANIER.slug, NUAGE.slug]) {
      expect.soft((await page.request.get(`/${slug}/evidence/${target.requestEvidenceId}`)).status()).toBe(404);
    }
    const contributor = await db.value(
      `SELECT m."userId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND u.email = $2`,
      [world.nuage.org, DEMO.nuage.contributor],
    );
    const onOrg = [
      buildAction(createRequest, at("collection/requests/new"), [
        NUAGE.slug,
        {
          category: "waste",
          periodId: world.nuage.openPeriod,
          siteId: "",
          assigneeId: contributor,
          dueDate: "2026-06-30",
          instructions: "",
        },
      ]),
      buildAction(markRead, at("notifications"), [NUAGE.slug, { ids: "all" }]),
    ];
    for (const call of onOrg) await expectBothRefused(page, call);
  });
});

// The public API over HTTP, with a token of Nuage's: Panier's file import and period are 404, never listed,
// and Panier's rows stay as they were (the endpoints' full cross-tenant suite is
// tests/cross-tenant/api.integration.test.ts).
test("the public API: Nuage's token on Panier's file import and period", async ({ request }) => {
  const headers = { authorization: `Bearer ${world.fixtures.nuage.apiTokenSecret}` };
  const { importId } = world.fixtures.panier;
  const before = await db.fingerprint(world.panier.org);
  const calls = [
    ["GET", `/api/v1/imports/${importId}`],
    ["POST", `/api/v1/imports/${importId}/confirm`],
    ["POST", `/api/v1/imports/${importId}/rollback`],
    ["GET", `/api/v1/totals?periodId=${world.panier.openPeriod}`],
  ] as const;
  for (const [method, path] of calls) {
    const response = await request.fetch(path, { method, headers });
    expect.soft(response.status(), `${method} ${path}`).toBe(404);
    expect.soft(await response.text(), `${method} ${path}`).not.toContain(world.fixtures.marker);
  }
  const list = await request.get(`/api/v1/imports?cursor=${importId}`, { headers });
  expect(list.status()).toBe(200);
  expect(await list.text()).not.toContain(world.fixtures.marker);
  const upload = await request.post("/api/v1/imports", {
    headers,
    multipart: {
      periodId: world.panier.openPeriod,
      file: { name: "intrus.csv", mimeType: "text/csv", buffer: Buffer.from(`a;b\n${world.fixtures.marker};2\n`) },
    },
  });
  expect(upload.status()).toBe(404);
  expect(await db.fingerprint(world.panier.org)).toEqual(before);
});

test("a consultant cannot add a client to a firm they do not belong to", async ({ browser }, testInfo) => {
  const page = await signedIn(browser, testInfo, DEMO.consultant);
  try {
    const name = `Client ${world.fixtures.marker}`;
    await page.goto("/portfolio");
    const form = page.getByRole("form", { name: fr("portfolio.addClient") });
    await form.getByLabel(fr("portfolio.clientName"), { exact: true }).fill(name);
    const create = await captureAction(page, COVERED.portfolio[0], () =>
      form.getByRole("button", { name: fr("portfolio.create") }).click(),
    );
    const aimed = substitute(create, { [world.nuage.firm]: world.fixtures.otherFirmId });
    const outcome = await replay(page, aimed);
    expect(outcome.result, outcome.raw.slice(0, 400)).toEqual({ ok: false, error: "NOT_FOUND" });
    const created = await db.value(`SELECT count(*) FROM "Organization" WHERE name = $1 OR "consultingFirmId" = $2`, [
      name,
      world.fixtures.otherFirmId,
    ]);
    expect(created).toBe("0");
  } finally {
    await page.context().close();
  }
});
