import "server-only";
import type { Db } from "@/lib/db/client";
import { responseRate, type TResponseRate } from "@/lib/surveys/extrapolate";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { surveyResults, withKnownSite } from "@/lib/surveys/results";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";
import { campaignState, type TCampaignState } from "@/lib/surveys/state";

// What managers see of their campaigns: dates, link, state and live counters. Scoped by organisation.

export type TCampaignRow = {
  id: string;
  periodId: string;
  periodLabel: string;
  periodYear: number;
  token: string;
  opensOn: Date;
  closesOn: Date;
  expectedPopulation: number;
  digitalQuestions: boolean;
  state: TCampaignState;
  rate: TResponseRate;
  lastDay: number; // answers in the last 24 hours
};

export async function listCampaigns(db: Db, organizationId: string, now = new Date()): Promise<TCampaignRow[]> {
  const campaigns = await db.surveyCampaign.findMany({
    where: { organizationId },
    orderBy: [{ period: { year: "desc" } }, { createdAt: "desc" }],
    include: { period: { select: { label: true, year: true } } },
  });
  const recent = await db.surveyResponse.groupBy({
    by: ["campaignId"],
    where: { organizationId, createdAt: { gte: new Date(now.getTime() - 86_400_000) } },
    _count: { _all: true },
  });
  const lastDay = new Map(recent.map((r) => [r.campaignId, r._count._all]));
  return campaigns.map((c) => ({
    id: c.id,
    periodId: c.periodId,
    periodLabel: c.period.label,
    periodYear: c.period.year,
    token: c.token,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    expectedPopulation: c.expectedPopulation,
    digitalQuestions: c.digitalQuestions,
    state: campaignState(c, now),
    rate: responseRate(c.responseCount, c.expectedPopulation),
    lastDay: lastDay.get(c.id) ?? 0,
  }));
}

/** One campaign's results (lib/surveys/results.ts), or null when the organisation has no such campaign. */
export async function getCampaignResults(db: Db, organizationId: string, campaignId: string) {
  const campaign = await db.surveyCampaign.findFirst({
    where: { id: campaignId, organizationId },
    include: {
      period: { select: { label: true, year: true } },
      organization: {
        select: { country: true, sites: { select: { id: true, name: true, headcount: true } } },
      },
    },
  });
  if (!campaign) return null;
  const responses = await db.surveyResponse.findMany({
    where: { organizationId, campaignId },
    select: { answers: true },
  });
  const { index } = await buildOrganizationFactorIndex(db, organizationId);
  const siteIds = new Set(campaign.organization.sites.map((s) => s.id));
  const results = surveyResults(
    responses.map((r) => withKnownSite(ZSurveyAnswer.parse(r.answers), siteIds)),
    campaign.expectedPopulation,
    { region: campaign.organization.country, year: campaign.period.year },
    index,
  );
  // Site names and headcounts for the "by site" table.
  const sites = new Map(campaign.organization.sites.map((s) => [s.id, { name: s.name, headcount: s.headcount }]));
  return { periodLabel: campaign.period.label, state: campaignState(campaign), results, sites };
}
