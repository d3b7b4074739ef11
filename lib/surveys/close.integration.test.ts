import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createCampaign } from "@/lib/surveys/campaigns";
import { closeCampaign, reopenCampaign } from "@/lib/surveys/close";
import { submitToLink } from "@/lib/surveys/testing";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

// Closing a campaign through the one engine path, against a real PostgreSQL with the accepted releases.
const db = testDb();
afterAll(() => db.$disconnect());

const JUNE = new Date("2025-06-15T10:00:00Z");
const answers = [
  // car, diesel, 20 km, 4 days, two in the car: 3,760 vkm × 0.190 = 714.4 kg
  {
    legs: [{ mode: "car", distanceKm: 20, carFuel: "diesel", carOccupancy: 2 }],
    daysOnSitePerWeek: 4,
    remoteDaysPerWeek: 1,
  },
  // bus 5 km + metro 10 km, 5 days: 286.7 + 20.774 = 307.474 kg
  {
    legs: [
      { mode: "bus", distanceKm: 5 },
      { mode: "metro", distanceKm: 10 },
    ],
    daysOnSitePerWeek: 5,
    remoteDaysPerWeek: 0,
  },
  // remote 5 days: 0 kg
  { legs: [{ mode: "car", distanceKm: 30 }], daysOnSitePerWeek: 0, remoteDaysPerWeek: 5 },
].map((a) => ZSurveyAnswer.parse({ weeksWorked: 47, ...a }));
const MEAN = (714.4 + 307.474 + 0) / 3; // 340.624667 kg per respondent

async function campaignWithAnswers(population: number) {
  const t = await tenantWithPeriods(db, [2025]);
  const c = await createCampaign(db, t.scope(), {
    periodId: t.periodOf(2025),
    opensOn: "2025-06-01",
    closesOn: "2025-06-30",
    expectedPopulation: population,
    digitalQuestions: false,
  });
  for (const answer of answers) {
    const o = await submitToLink(db, { token: c.token, answer, clientKey: `c-${uniqueSuffix()}`, now: JUNE });
    expect(o.kind).toBe("ok");
  }
  return { t, c };
}

const surveyRows = (organizationId: string) =>
  db.activityData.findMany({
    where: { organizationId, sourceKind: "SURVEY" },
    select: { activityTypeId: true, quantity: true, kgCO2e: true, dataQuality: true, sourceRef: true },
    orderBy: { sourceRef: "asc" },
  });
const total = (rows: { kgCO2e: { toNumber(): number } }[]) => rows.reduce((s, r) => s + r.kgCO2e.toNumber(), 0);

describe("closing a survey campaign", () => {
  it.each([
    [30, "10 %"],
    [6, "50 %"],
    [3, "100 %"],
  ])("headcount %i (%s answered): commuting activity data = mean per respondent × headcount", async (population) => {
    const { t, c } = await campaignWithAnswers(population);
    const result = await closeCampaign(db, t.scope(), c.id);
    expect(result.rate.rate).toBeCloseTo(3 / population, 9);
    const rows = await surveyRows(t.organizationId);
    expect(rows.map((r) => r.activityTypeId)).toEqual(["commuting.bus", "commuting.car", "commuting.metro"]);
    expect(rows.every((r) => r.dataQuality === "extrapolated")).toBe(true);
    expect(total(rows)).toBeCloseTo(MEAN * population, 4);
    // The engine's lines of those activities add up to the same total, in the commuting category (cat. 7).
    const lines = await db.emissionLine.findMany({
      where: { organizationId: t.organizationId, activity: { sourceKind: "SURVEY" } },
      select: { kgCO2e: true, ghgCategory: true },
    });
    expect(total(lines)).toBeCloseTo(MEAN * population, 4);
    expect(new Set(lines.map((l) => l.ghgCategory))).toEqual(new Set([7]));
  });

  it("closing again after reopening and one more answer replaces the rows, never duplicates them; audited", async () => {
    const { t, c } = await campaignWithAnswers(30);
    await closeCampaign(db, t.scope(), c.id);
    const first = await surveyRows(t.organizationId);
    await closeCampaign(db, t.scope(), c.id);
    expect(await surveyRows(t.organizationId)).toEqual(first);
    await reopenCampaign(db, t.scope(), c.id);
    const walk = ZSurveyAnswer.parse({
      legs: [{ mode: "walk", distanceKm: 1 }],
      daysOnSitePerWeek: 5,
      remoteDaysPerWeek: 0,
      weeksWorked: 47,
    });
    expect((await submitToLink(db, { token: c.token, answer: walk, clientKey: "walker", now: JUNE })).kind).toBe("ok");
    await closeCampaign(db, t.scope(), c.id);
    const second = await surveyRows(t.organizationId);
    expect(second).toHaveLength(3);
    expect(total(second)).toBeCloseTo(((714.4 + 307.474) / 4) * 30, 4); // the walker lowers the mean
    const actions = await db.auditEvent.findMany({
      where: { organizationId: t.organizationId, entityId: c.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "survey.create",
      "survey.close",
      "survey.close",
      "survey.reopen",
      "survey.close",
    ]);
  });

  it("refuses a campaign without answers, another organisation's, or one in a locked period", async () => {
    const { t, c } = await campaignWithAnswers(10);
    const other = await tenantWithPeriods(db, [2025]);
    await expect(closeCampaign(db, other.scope(), c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.reportingPeriod.update({ where: { id: t.periodOf(2025) }, data: { status: "LOCKED" } });
    await expect(closeCampaign(db, t.scope(), c.id)).rejects.toMatchObject({ code: "PERIOD_LOCKED" });
    const empty = await createCampaign(db, other.scope(), {
      periodId: other.periodOf(2025),
      opensOn: "2025-06-01",
      closesOn: "2025-06-30",
      expectedPopulation: 10,
      digitalQuestions: false,
    });
    await expect(closeCampaign(db, other.scope(), empty.id)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await surveyRows(t.organizationId)).toEqual([]);
  });

  it("books each site of 5 answers or more on its site, the rest without a site; the total is unchanged", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const site = (name: string) =>
      db.site.create({ data: { organizationId: t.organizationId, name }, select: { id: true } });
    const [paris, lyon, gone] = [await site("Paris"), await site("Lyon"), await site("Closed site")];
    const c = await createCampaign(db, t.scope(), {
      periodId: t.periodOf(2025),
      opensOn: "2025-06-01",
      closesOn: "2025-06-30",
      expectedPopulation: 40,
      digitalQuestions: false,
    });
    const bus = (siteId?: string) =>
      ZSurveyAnswer.parse({
        legs: [{ mode: "bus", distanceKm: 5 }],
        daysOnSitePerWeek: 5,
        remoteDaysPerWeek: 0,
        weeksWorked: 47,
        siteId,
      });
    const sites = [...Array(5).fill(paris.id), lyon.id, gone.id, undefined, undefined, undefined];
    for (const siteId of sites) {
      const o = await submitToLink(db, {
        token: c.token,
        answer: bus(siteId),
        clientKey: `c-${uniqueSuffix()}`,
        now: JUNE,
      });
      expect(o.kind).toBe("ok");
    }
    await db.site.delete({ where: { id: gone.id } });
    await closeCampaign(db, t.scope(), c.id);
    const rows = await db.activityData.findMany({
      where: { organizationId: t.organizationId, sourceKind: "SURVEY" },
      select: { siteId: true, kgCO2e: true },
    });
    const bySite = new Map(rows.map((r) => [r.siteId, r.kgCO2e.toNumber()]));
    const perAnswer = 2350 * 0.122; // 2 × 5 km × 5 days × 47 weeks × bus 0.122 kg/p.km = 286.7 kg
    const scale = 40 / 10; // population / respondents
    expect([...bySite.keys()].sort()).toEqual([paris.id, null].sort());
    expect(bySite.get(paris.id)).toBeCloseTo(5 * perAnswer * scale, 4);
    expect(bySite.get(null)).toBeCloseTo(5 * perAnswer * scale, 4); // Lyon (1 answer), the deleted site, not said
    expect(total(rows)).toBeCloseTo(perAnswer * 40, 4); // mean × population, as without sites
  });
});
