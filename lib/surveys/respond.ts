import "server-only";
import type { Db } from "@/lib/db/client";
import { buildOrganizationFactorIndex } from "@/lib/factors/org-index";
import { consumeClientRate } from "@/lib/http/client-rate";
import { ANONYMITY_THRESHOLD } from "@/lib/surveys/extrapolate";
import { respondentFootprint, type TFootprint } from "@/lib/surveys/footprint";
import type { TSurveyAnswer } from "@/lib/surveys/schemas";
import { answerCap, campaignState, isGone, type TCampaignState } from "@/lib/surveys/state";

// The respondent's side: what a public link shows and what submitting an answer does. Nothing here reads or
// returns an answer by id; the respondent gets their own figures back in the submit's response only.

export const SURVEY_RATE = { scope: "survey.answer", limit: 20, windowMs: 60_000 } as const;

export type TPublicCampaign = {
  id: string;
  organizationId: string;
  organizationName: string;
  digitalQuestions: boolean;
  closesOn: Date;
  opensOn: Date;
  state: TCampaignState;
};

export async function publicCampaign(db: Db, token: string, now = new Date()): Promise<TPublicCampaign | null> {
  if (token.length < 20 || token.length > 64) return null;
  const c = await db.surveyCampaign.findUnique({
    where: { token },
    select: {
      id: true,
      organizationId: true,
      digitalQuestions: true,
      opensOn: true,
      closesOn: true,
      status: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: c.organization.name,
    digitalQuestions: c.digitalQuestions,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    state: campaignState(c, now),
  };
}

export type TAverage = { respondents: number; commuteKg: number; digitalKg: number };

export type TSubmitOutcome =
  | { kind: "not_found" }
  | { kind: "gone" }
  | { kind: "scheduled"; opensOn: Date }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "full" }
  | { kind: "ok"; footprint: TFootprint; average: TAverage | null };

export async function submitAnswer(
  db: Db,
  input: { token: string; answer: TSurveyAnswer; clientKey: string | null; now?: Date },
): Promise<TSubmitOutcome> {
  const now = input.now ?? new Date();
  // Counted before anything else, so a burst of bad or closed-link requests is throttled too.
  const rate = await consumeClientRate(db, { ...SURVEY_RATE, clientKey: input.clientKey, now });
  if (!rate.allowed) return { kind: "throttled", retryAfterSeconds: rate.retryAfterSeconds };
  const campaign = await db.surveyCampaign.findUnique({
    where: { token: input.token },
    select: {
      id: true,
      organizationId: true,
      status: true,
      revokedAt: true,
      opensOn: true,
      closesOn: true,
      expectedPopulation: true,
      digitalQuestions: true,
      period: { select: { year: true } },
      organization: { select: { country: true } },
    },
  });
  if (!campaign) return { kind: "not_found" };
  const state = campaignState(campaign, now);
  if (isGone(state)) return { kind: "gone" };
  if (state === "scheduled") return { kind: "scheduled", opensOn: campaign.opensOn };
  // Digital answers count only when the campaign asks them.
  const answer: TSurveyAnswer = campaign.digitalQuestions ? input.answer : { ...input.answer, digital: undefined };
  const { index } = await buildOrganizationFactorIndex(db, campaign.organizationId);
  const footprint = respondentFootprint(
    answer,
    { region: campaign.organization.country, year: campaign.period.year },
    index,
  );
  const commute = footprint.commuteKg.toFixed(6);
  const digital = footprint.digitalKg.toFixed(6);
  const counters = await db.$transaction(async (tx) => {
    // Raises the counter (and the sums) only below the cap: concurrent answers can never exceed it.
    const raised = await tx.$queryRaw<{ responseCount: number; commuteKgSum: string; digitalKgSum: string }[]>`
      UPDATE "SurveyCampaign"
      SET "responseCount" = "responseCount" + 1,
          "commuteKgSum" = "commuteKgSum" + ${commute}::numeric,
          "digitalKgSum" = "digitalKgSum" + ${digital}::numeric
      WHERE "id" = ${campaign.id} AND "organizationId" = ${campaign.organizationId}
        AND "responseCount" < ${answerCap(campaign.expectedPopulation)}
      RETURNING "responseCount", "commuteKgSum"::text, "digitalKgSum"::text`;
    const row = raised[0];
    if (!row) return null;
    await tx.surveyResponse.create({
      data: {
        organizationId: campaign.organizationId,
        campaignId: campaign.id,
        answers: JSON.parse(JSON.stringify(answer)),
        commuteKgCO2e: commute,
        digitalKgCO2e: digital,
      },
      select: { id: true },
    });
    return row;
  });
  if (!counters) return { kind: "full" };
  return { kind: "ok", footprint, average: averageOf(counters) };
}

/** The answers' mean (this one included), only once at least ANONYMITY_THRESHOLD answers exist. */
function averageOf(c: { responseCount: number; commuteKgSum: string; digitalKgSum: string }): TAverage | null {
  if (c.responseCount < ANONYMITY_THRESHOLD) return null;
  return {
    respondents: c.responseCount,
    commuteKg: Number(c.commuteKgSum) / c.responseCount,
    digitalKg: Number(c.digitalKgSum) / c.responseCount,
  };
}
