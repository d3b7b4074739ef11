import { afterAll, describe, expect, it } from "vitest";
import { tenantWithPeriods } from "@/lib/activity/testing";
import { createCampaign, duplicateCampaign, revokeCampaign } from "@/lib/surveys/campaigns";
import { getCampaignResults, listCampaigns } from "@/lib/surveys/queries";
import { publicCampaign, submitAnswer, SURVEY_RATE } from "@/lib/surveys/respond";
import { submitToLink } from "@/lib/surveys/testing";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";
import { testDb, uniqueSuffix } from "@/tests/fixtures/tenants";

// Campaigns and anonymous answers against a real PostgreSQL, with the organisation's accepted releases.
const db = testDb();
afterAll(() => db.$disconnect());

const JUNE = new Date("2025-06-15T10:00:00Z");
const window = { opensOn: "2025-06-01", closesOn: "2025-06-30" };
const bus = ZSurveyAnswer.parse({
  legs: [{ mode: "bus", distanceKm: 5 }],
  daysOnSitePerWeek: 5,
  remoteDaysPerWeek: 0,
  weeksWorked: 47,
});
const client = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

async function campaignFor(population: number, overrides: { digitalQuestions?: boolean } = {}) {
  const t = await tenantWithPeriods(db, [2024, 2025]);
  const campaign = await createCampaign(db, t.scope(), {
    periodId: t.periodOf(2025),
    ...window,
    expectedPopulation: population,
    digitalQuestions: overrides.digitalQuestions ?? false,
  });
  return { t, campaign };
}

describe("survey campaigns", () => {
  it("default the population to the organisation's headcount, refuse without one, audit without the token", async () => {
    const t = await tenantWithPeriods(db, [2025]);
    const input = { periodId: t.periodOf(2025), ...window, expectedPopulation: null, digitalQuestions: true };
    await expect(createCampaign(db, t.scope(), input)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { expectedPopulation: "surveys.validation.populationRequired" },
    });
    await db.organization.update({ where: { id: t.organizationId }, data: { headcount: 120 } });
    const c = await createCampaign(db, t.scope(), input);
    expect(c.expectedPopulation).toBe(120);
    expect(Buffer.from(c.token, "base64url")).toHaveLength(32); // 256 random bits
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: t.organizationId, entityId: c.id } });
    expect(audit.action).toBe("survey.create");
    expect(JSON.stringify(audit.after)).not.toContain(c.token);
  });

  it("refuse a locked period and another organisation's period or campaign", async () => {
    const t = await tenantWithPeriods(db, [2024, 2025], { locked: [2024] });
    const other = await campaignFor(10);
    const base = { ...window, expectedPopulation: 10, digitalQuestions: false };
    await expect(createCampaign(db, t.scope(), { ...base, periodId: t.periodOf(2024) })).rejects.toMatchObject({
      code: "PERIOD_LOCKED",
    });
    await expect(createCampaign(db, t.scope(), { ...base, periodId: other.t.periodOf(2025) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(revokeCampaign(db, t.scope(), other.campaign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      duplicateCampaign(db, t.scope(), { id: other.campaign.id, periodId: t.periodOf(2025), ...window }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCampaigns(db, t.organizationId)).toEqual([]);
    const foreign = await db.surveyCampaign.findUniqueOrThrow({ where: { id: other.campaign.id } });
    expect(foreign.revokedAt).toBeNull();
  });

  it("duplicate last year's campaign with a new link, and list both with live counters", async () => {
    const { t, campaign } = await campaignFor(40, { digitalQuestions: true });
    const copy = await duplicateCampaign(db, t.scope(), {
      id: campaign.id,
      periodId: t.periodOf(2024),
      opensOn: "2024-06-01",
      closesOn: "2024-06-30",
    });
    expect(copy).toMatchObject({ expectedPopulation: 40, digitalQuestions: true, periodId: t.periodOf(2024) });
    expect(copy.token).not.toBe(campaign.token);
    await submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE });
    const rows = await listCampaigns(db, t.organizationId, JUNE);
    expect(rows.map((r) => [r.periodYear, r.rate.respondents, r.rate.rate, r.rate.low, r.state])).toEqual([
      [2025, 1, 1 / 40, true, "open"],
      [2024, 0, 0, true, "ended"],
    ]);
  });
});

describe("anonymous answers", () => {
  it("compute the respondent's footprint through the engine and store no personal data", async () => {
    const { t, campaign } = await campaignFor(10);
    const outcome = await submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE });
    if (outcome.kind !== "ok") throw new Error(outcome.kind);
    expect(outcome.footprint.commuteKg).toBeCloseTo(2350 * 0.122, 6); // 2 × 5 × 5 × 47 p.km × bus 43739
    expect(outcome.footprint.items[0]?.factorId).toMatch(/^ademe:43739@/);
    expect(outcome.average).toBeNull(); // fewer than 5 answers: no comparison
    const [row] = await db.surveyResponse.findMany({ where: { organizationId: t.organizationId } });
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ["answers", "campaignId", "commuteKgCO2e", "createdAt", "digitalKgCO2e", "id", "organizationId"].sort(),
    );
    expect(row?.commuteKgCO2e.toFixed()).toBe("286.7");
  });

  it("show the company average only from the 5th answer", async () => {
    const { campaign } = await campaignFor(10);
    const averages = [];
    for (let i = 0; i < 5; i++) {
      const o = await submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE });
      averages.push(o.kind === "ok" ? o.average : "refused");
    }
    expect(averages.slice(0, 4)).toEqual([null, null, null, null]);
    expect(averages[4]).toEqual({ respondents: 5, commuteKg: 286.7, digitalKg: 0 });
  });

  it("refuse answers beyond 3 × the population", async () => {
    const { campaign } = await campaignFor(1);
    const kinds = [];
    for (let i = 0; i < 4; i++) {
      kinds.push((await submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE })).kind);
    }
    expect(kinds).toEqual(["ok", "ok", "ok", "full"]);
    expect(await db.surveyResponse.count({ where: { campaignId: campaign.id } })).toBe(3);
  });

  it("a revoked, a closed or an ended campaign is gone; before its opening it is scheduled", async () => {
    const { t, campaign } = await campaignFor(10);
    const submit = (now: Date) => submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now });
    expect((await submit(new Date("2025-07-01T00:00:00Z"))).kind).toBe("gone");
    expect((await submit(new Date("2025-05-31T23:00:00Z"))).kind).toBe("scheduled");
    await revokeCampaign(db, t.scope(), campaign.id);
    expect((await submit(JUNE)).kind).toBe("gone");
    const closed = await campaignFor(10);
    await db.surveyCampaign.update({ where: { id: closed.campaign.id }, data: { status: "CLOSED" } });
    const o = await submitToLink(db, { token: closed.campaign.token, answer: bus, clientKey: client(), now: JUNE });
    expect(o.kind).toBe("gone");
    expect(await db.surveyResponse.count({ where: { organizationId: { in: [t.organizationId] } } })).toBe(0);
  });

  it("refuse an answer to a campaign closed since the page read it, and drop a site of another organisation", async () => {
    const { campaign } = await campaignFor(10);
    const read = await publicCampaign(db, campaign.token, JUNE);
    if (!read) throw new Error("campaign not found");
    await db.surveyCampaign.update({ where: { id: campaign.id }, data: { status: "CLOSED" } });
    const late = await submitAnswer(db, { campaign: read, answer: bus, clientKey: client(), now: JUNE });
    expect(late.kind).toBe("gone");
    expect(await db.surveyResponse.count({ where: { campaignId: campaign.id } })).toBe(0);

    const { t, campaign: open } = await campaignFor(10);
    const other = await tenantWithPeriods(db, [2025]);
    const foreign = await db.site.create({ data: { organizationId: other.organizationId, name: "Elsewhere" } });
    for (const name of ["Paris", "Lyon"]) await db.site.create({ data: { organizationId: t.organizationId, name } });
    const page = await publicCampaign(db, open.token, JUNE);
    expect(page?.sites.map((s) => s.name)).toEqual(["Lyon", "Paris", "Siège"]);
    if (!page) throw new Error("campaign not found");
    const o = await submitAnswer(db, {
      campaign: page,
      answer: { ...bus, siteId: foreign.id },
      clientKey: client(),
      now: JUNE,
    });
    expect(o.kind).toBe("ok");
    const [stored] = await db.surveyResponse.findMany({ where: { campaignId: open.id }, select: { answers: true } });
    expect(stored?.answers).not.toHaveProperty("siteId");
  });

  it("throttle a burst from one client without touching another client", async () => {
    const { campaign } = await campaignFor(100);
    const burst = client();
    const kinds = [];
    for (let i = 0; i <= SURVEY_RATE.limit; i++) {
      kinds.push((await submitToLink(db, { token: campaign.token, answer: bus, clientKey: burst, now: JUNE })).kind);
    }
    expect(kinds.filter((k) => k === "ok")).toHaveLength(SURVEY_RATE.limit);
    expect(kinds.at(-1)).toBe("throttled");
    expect((await submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE })).kind).toBe(
      "ok",
    );
    const nextMinute = new Date(JUNE.getTime() + 60_000);
    expect(
      (await submitToLink(db, { token: campaign.token, answer: bus, clientKey: burst, now: nextMinute })).kind,
    ).toBe("ok");
  });
});

describe("results for managers", () => {
  it("break nothing down under 5 answers, then show the modes; never another organisation's campaign", async () => {
    const { t, campaign } = await campaignFor(20);
    const submit = () => submitToLink(db, { token: campaign.token, answer: bus, clientKey: client(), now: JUNE });
    for (let i = 0; i < 4; i++) await submit();
    const four = await getCampaignResults(db, t.organizationId, campaign.id);
    expect(four?.results).toMatchObject({ shown: false, byMode: [], distances: [] });
    await submit();
    const five = await getCampaignResults(db, t.organizationId, campaign.id);
    expect(five?.results.byMode).toEqual([{ mode: "bus", respondents: 5, kgCO2e: expect.closeTo(5 * 286.7, 6) }]);
    expect(five?.results.extrapolatedKgCO2e).toBeCloseTo(286.7 * 20, 6);
    const other = await tenantWithPeriods(db, [2025]);
    expect(await getCampaignResults(db, other.organizationId, campaign.id)).toBeNull();
  });
});
