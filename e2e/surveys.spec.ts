// Staff surveys: a manager opens a campaign; five anonymous people answer on a 390 px phone (one with two
// legs, one working from home 5 days, one in English); each sees their own footprint, the fifth the company
// average; the manager sees the counter; a revoked link answers 410. Screenshots desktop + phone, FR + EN.
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { DEMO, NUAGE, signIn } from "./support/app";
import { en, fr } from "./support/messages";
import { openTenantDb } from "./support/tenant-db";

const PARIS = "Siège Paris"; // a seeded site of Nuage Analytics: the five respondents work there
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

type Leg = { mode: string; km?: string; band?: string; fuel?: string; people?: string };
type Answer = { days: string; remote: string; legs: Leg[]; video?: { smartphone: string }; site?: string };

/** One anonymous respondent on a phone, in a fresh browser (no cookie, nothing shared). */
async function respond(
  browser: Browser,
  link: string,
  answer: Answer,
  locale: "fr" | "en",
  testInfo: TestInfo,
  name?: string,
) {
  const t = locale === "fr" ? fr : en;
  const context = await browser.newContext({ ...PHONE, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: t("survey.title") })).toBeVisible();
  await noSidewaysScroll(page);
  if (name) await shot(page, testInfo, `${name}-form`);
  if (answer.site) await page.getByLabel(t("survey.site")).selectOption({ label: answer.site });
  await page.getByLabel(t("survey.days")).fill(answer.days);
  await page.getByLabel(t("survey.remote")).fill(answer.remote);
  for (const [i, leg] of answer.legs.entries()) {
    const group = page.getByRole("group", { name: i === 0 ? t("survey.legMain") : t("survey.legExtra", { n: i + 1 }) });
    await group.getByLabel(t("survey.mode")).selectOption(leg.mode);
    if (leg.km) await group.getByLabel(t("survey.distance")).fill(leg.km);
    if (leg.band) await group.getByLabel(t("survey.band")).selectOption(leg.band);
    if (leg.fuel) await group.getByLabel(t("survey.fuel")).selectOption(leg.fuel);
    if (leg.people) await group.getByLabel(t("survey.occupancy")).fill(leg.people);
  }
  if (answer.video) await page.getByLabel(t("survey.devices.smartphone")).fill(answer.video.smartphone);
  await page.getByRole("button", { name: t("survey.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("survey.thanks") })).toBeVisible();
  await noSidewaysScroll(page);
  if (name) await shot(page, testInfo, `${name}-feedback`);
  const commute = (await page.getByTestId("commute-kg").textContent()) ?? "";
  const text = (await page.locator("main").textContent()) ?? "";
  await context.close();
  return { commute, text };
}

test("a manager opens a survey, five people answer from a phone, closing books mean × headcount once, the link is revoked", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.nuage.owner);
  await page.goto(`/${NUAGE.slug}/collection/surveys`);
  await expect(page.getByRole("heading", { level: 1, name: fr("surveys.title") })).toBeVisible();
  await page.getByRole("button", { name: fr("surveys.new") }).click();
  const form = page.getByRole("form", { name: fr("surveys.new") });
  await form.getByLabel(fr("surveys.population")).fill("20");
  await form.getByRole("button", { name: fr("common.save") }).click();
  const campaign = page.getByTestId("survey-campaign").first();
  await expect(campaign.getByTestId("survey-responses")).toHaveText("0");
  const link = await campaign.getByTestId("survey-link").inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

  // 2 × 12 km × 4 days × 47 weeks = 4,512 km, diesel, alone: 4,512 × 0.190 = 857 kg.
  const driver = await respond(
    browser,
    link,
    {
      days: "4",
      remote: "1",
      legs: [{ mode: "car", km: "12", fuel: "diesel", people: "1" }],
      video: { smartphone: "3" },
      site: PARIS,
    },
    "fr",
    testInfo,
    "respondent-fr",
  );
  expect(driver.commute).toBe(fr("survey.kgPerYear", { value: "857" }));
  expect(driver.text).toContain("ademe:43788");
  expect(driver.text).toContain(fr("survey.tips.carpool"));
  expect(driver.text).toContain(fr("survey.averageLater"));
  // Two legs: bus 3.5 km (band 2–5) + RER 20 km, 5 days: 1,645 × 0.122 + 9,400 × 0.00978 = 200.69 + 91.93 = 292.62 kg.
  const twoLegs = await respond(
    browser,
    link,
    {
      days: "5",
      remote: "0",
      legs: [
        { mode: "bus", band: "2-5" },
        { mode: "rer", km: "20" },
      ],
      site: PARIS,
    },
    "en",
    testInfo,
    "respondent-en",
  );
  expect(twoLegs.commute).toBe(en("survey.kgPerYear", { value: "293" }));
  // Working from home 5 days: no commute at all.
  const remote = await respond(
    browser,
    link,
    { days: "0", remote: "5", legs: [{ mode: "car", km: "30" }], site: PARIS },
    "fr",
    testInfo,
  );
  expect(remote.commute).toBe(fr("survey.kgPerYear", { value: "0" }));
  await respond(
    browser,
    link,
    { days: "5", remote: "0", legs: [{ mode: "bike", km: "4" }], site: PARIS },
    "fr",
    testInfo,
  );
  // The fifth answer shows the company average: (857.28 + 292.62 + 0 + 0 + 20.77) / 5 = 234.13 kg of commuting, plus 2.48 kg of smartphone video calls / 5: 235 kg.
  const fifth = await respond(
    browser,
    link,
    { days: "5", remote: "0", legs: [{ mode: "metro", km: "10" }], site: PARIS },
    "fr",
    testInfo,
  );
  expect(fifth.text).toContain(
    fr("survey.belowAverage", { count: 5, average: fr("survey.kgPerYear", { value: "235" }) }),
  );

  await page.reload();
  await expect(campaign.getByTestId("survey-responses")).toHaveText("5");
  await expect(campaign.getByText(fr("surveys.lowRate"))).toBeVisible(); // 5 / 20 = 25 %
  await shot(page, testInfo, "manager-desktop-fr");
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await shot(page, testInfo, "manager-phone-fr");

  // Closing books the answers, extrapolated to the 20 people, as commuting activity data. The methodology's
  // formula, computed here from the answers and ADEME's factors: annual km = 2 × distance × days × 47.
  const km = (oneWay: number, days: number) => 2 * oneWay * days * 47;
  const perRespondent = [
    km(12, 4) * 0.19, // diesel car, alone
    km(3.5, 5) * 0.122 + km(20, 5) * 0.00978, // bus (band 2–5 km) + RER
    0, // remote 5 days
    0, // bicycle
    km(10, 5) * 0.00442, // metro
  ];
  const expected = (perRespondent.reduce((a, b) => a + b, 0) / perRespondent.length) * 20; // mean × headcount
  const db = await openTenantDb();
  const token = link.split("/s/")[1] as string;
  const booked = async () => {
    const campaignId = await db.value(`SELECT id FROM "SurveyCampaign" WHERE token = $1`, [token]);
    return {
      rows: Number(
        await db.value(`SELECT count(*) FROM "ActivityData" WHERE "sourceKind" = 'SURVEY' AND "sourceRef" LIKE $1`, [
          `survey:${campaignId}:%`,
        ]),
      ),
      sites: await db.value(
        `SELECT string_agg(DISTINCT coalesce(s.name, '-'), ',') FROM "ActivityData" a
         LEFT JOIN "Site" s ON s.id = a."siteId" WHERE a."sourceKind" = 'SURVEY' AND a."sourceRef" LIKE $1`,
        [`survey:${campaignId}:%`],
      ),
      commutingKg: Number(
        await db.value(
          `SELECT coalesce(sum("kgCO2e"), 0) FROM "ActivityData" WHERE "sourceKind" = 'SURVEY' AND "sourceRef" LIKE $1
           AND "activityTypeId" LIKE 'commuting.%'`,
          [`survey:${campaignId}:%`],
        ),
      ),
    };
  };
  await campaign.getByRole("button", { name: fr("surveys.close"), exact: true }).click();
  await campaign.getByRole("button", { name: fr("surveys.confirmClose") }).click();
  await expect(campaign.getByText(fr("surveys.states.closed"))).toBeVisible();
  const first = await booked();
  expect(first.commutingKg).toBeCloseTo(expected, 3); // 4,682.70 kg
  expect(first.sites).toBe(PARIS); // 5 answers from the Paris office: booked on its site
  await shot(page, testInfo, "manager-closed-phone-fr");
  // Closing again replaces the rows: the same total, never twice.
  await campaign.getByRole("button", { name: fr("surveys.closeAgain") }).click();
  await campaign.getByRole("button", { name: fr("surveys.confirmClose") }).click();
  await expect(campaign.getByRole("button", { name: fr("surveys.closeAgain") })).toBeVisible();
  expect(await booked()).toEqual(first);
  const campaignId = await db.value(`SELECT id FROM "SurveyCampaign" WHERE token = $1`, [token]);
  await db.close();

  // The results, in English: the same extrapolated total, by mode and distance (groups under 5 folded).
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: "albedo-locale", value: "en", url: origin }]);
  await page.goto(`/${NUAGE.slug}/collection/surveys/${campaignId}`);
  await expect(page.getByTestId("survey-total")).toHaveText(
    `${new Intl.NumberFormat("en", { maximumFractionDigits: 0 }).format(expected)} kgCO2e`,
  );
  await expect(page.getByRole("table", { name: en("surveys.results.byMode") })).toContainText(
    en("surveys.results.other"),
  );
  await expect(page.getByRole("table", { name: en("surveys.results.bySite") })).toContainText(PARIS);
  await noSidewaysScroll(page);
  await shot(page, testInfo, "results-phone-en");
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, testInfo, "results-desktop-en");
  await page.goto(`/${NUAGE.slug}/collection/surveys`);
  await shot(page, testInfo, "manager-desktop-en");
  await page.context().addCookies([{ name: "albedo-locale", value: "fr", url: origin }]);
  await page.goto(`/${NUAGE.slug}/collection/surveys`);
  // A closed link answers 410; reopened, it takes answers again until revoked.
  expect((await request.get(link)).status()).toBe(410);
  await campaign.getByRole("button", { name: fr("surveys.reopen") }).click();
  await campaign.getByRole("button", { name: fr("surveys.confirmReopen") }).click();
  await expect(campaign.getByText(fr("surveys.states.open"))).toBeVisible();

  await campaign.getByRole("button", { name: fr("surveys.revoke") }).click();
  await campaign.getByRole("button", { name: fr("surveys.confirmRevoke") }).click();
  await expect(campaign.getByText(fr("surveys.states.revoked"))).toBeVisible();
  const gone = await request.get(link, { headers: { "accept-language": "en" } });
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain(en("survey.notices.closed.title"));
  expect(gone.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(gone.headers()["x-content-type-options"]).toBe("nosniff");
});
