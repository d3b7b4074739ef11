import "server-only";
import { randomUUID } from "node:crypto";
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

export type TSurveySite = { id: string; name: string };

// Everything the public page and the submission need, read once per request.
export type TPublicCampaign = {
  id: string;
  organizationId: string;
  organizationName: string;
  country: string;
  periodYear: number;
  expectedPopulation: number;
  digitalQuestions: boolean;
  closesOn: Date;
  opensOn: Date;
  state: TCampaignState;
  // Asked only when the organisation has at least 2 sites: with one, the answer would say nothing.
  sites: TSurveySite[];
};

type TCampaignRow = Omit<TPublicCampaign, "state" | "sites"> & {
  status: "OPEN" | "CLOSED";
  revokedAt: Date | null;
  sites: TSurveySite[];
};

/** The campaign behind a public link, in one round trip (every answer starts with it). */
export async function publicCampaign(db: Db, token: string, now = new Date()): Promise<TPublicCampaign | null> {
  if (token.length < 20 || token.length > 64) return null;
  const [c] = await db.$queryRaw<TCampaignRow[]>`
    SELECT c."id", c."organizationId", o."name" AS "organizationName", o."country", p."year" AS "periodYear",
           c."expectedPopulation", c."digitalQuestions", c."opensOn", c."closesOn", c."status"::text AS "status",
           c."revokedAt",
           COALESCE((SELECT json_agg(json_build_object('id', s."id", 'name', s."name") ORDER BY s."name", s."id")
                     FROM "Site" s WHERE s."organizationId" = c."organizationId"), '[]') AS "sites"
    FROM "SurveyCampaign" c
    JOIN "Organization" o ON o."id" = c."organizationId"
    JOIN "ReportingPeriod" p ON p."id" = c."periodId" AND p."organizationId" = c."organizationId"
    WHERE c."token" = ${token}`;
  if (!c) return null;
  const { status, revokedAt, sites, ...rest } = c;
  return {
    ...rest,
    state: campaignState({ status, revokedAt, opensOn: c.opensOn, closesOn: c.closesOn }, now),
    sites: sites.length >= 2 ? sites : [],
  };
}

export type TAverage = { respondents: number; commuteKg: number; digitalKg: number };

export type TSubmitOutcome =
  | { kind: "gone" }
  | { kind: "scheduled"; opensOn: Date }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "full" }
  | { kind: "ok"; footprint: TFootprint; average: TAverage | null };

/**
 * Records one answer to a campaign the caller has just read (publicCampaign, at the same `now`): the client's
 * rate is counted, then the answer is written only while the campaign is open and under its cap (a close or a
 * revocation since the read wins).
 */
export async function submitAnswer(
  db: Db,
  input: { campaign: TPublicCampaign; answer: TSurveyAnswer; clientKey: string | null; now?: Date },
): Promise<TSubmitOutcome> {
  const now = input.now ?? new Date();
  const { campaign } = input;
  const rate = await consumeClientRate(db, { ...SURVEY_RATE, clientKey: input.clientKey, now });
  if (!rate.allowed) return { kind: "throttled", retryAfterSeconds: rate.retryAfterSeconds };
  if (isGone(campaign.state)) return { kind: "gone" };
  if (campaign.state === "scheduled") return { kind: "scheduled", opensOn: campaign.opensOn };
  // Digital answers count only when the campaign asks them.
  // Digital answers count only when the campaign asks them; a site only when it is one of the organisation's.
  const answer: TSurveyAnswer = {
    ...input.answer,
    digital: campaign.digitalQuestions ? input.answer.digital : undefined,
    siteId: campaign.sites.some((s) => s.id === input.answer.siteId) ? input.answer.siteId : undefined,
  };
  const { index } = await buildOrganizationFactorIndex(db, campaign.organizationId);
  const footprint = respondentFootprint(answer, { region: campaign.country, year: campaign.periodYear }, index);
  const commute = footprint.commuteKg.toFixed(6);
  const digital = footprint.digitalKg.toFixed(6);
  // One statement: the counter (and the sums) rise only while the campaign is open and under its cap, and
  // the answer is inserted only when they did, so concurrent answers can never exceed the cap.
  const [counters] = await db.$queryRaw<{ responseCount: number; commuteKgSum: string; digitalKgSum: string }[]>`
    WITH raised AS (
      UPDATE "SurveyCampaign"
      SET "responseCount" = "responseCount" + 1,
          "commuteKgSum" = "commuteKgSum" + ${commute}::numeric,
          "digitalKgSum" = "digitalKgSum" + ${digital}::numeric
      WHERE "id" = ${campaign.id} AND "organizationId" = ${campaign.organizationId}
        AND "status" = 'OPEN' AND "revokedAt" IS NULL
        AND "responseCount" < ${answerCap(campaign.expectedPopulation)}
      RETURNING "id", "organizationId", "responseCount", "commuteKgSum", "digitalKgSum"
    ), inserted AS (
      INSERT INTO "SurveyResponse" ("id", "organizationId", "campaignId", "answers", "commuteKgCO2e", "digitalKgCO2e")
      SELECT ${randomUUID()}, "organizationId", "id", ${JSON.stringify(answer)}::jsonb, ${commute}::numeric,
             ${digital}::numeric
      FROM raised
    )
    SELECT "responseCount", "commuteKgSum"::text, "digitalKgSum"::text FROM raised`;
  if (!counters) {
    // Refused: either the cap was reached or the campaign was closed or revoked since it was read (rare).
    const open = await db.surveyCampaign.count({
      where: { id: campaign.id, organizationId: campaign.organizationId, status: "OPEN", revokedAt: null },
    });
    return { kind: open === 1 ? "full" : "gone" };
  }
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
