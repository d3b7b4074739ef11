import { isoDateOf } from "@/lib/periods/dates";

// Whether a campaign's public link takes answers today. Pure: shared by the public page and the managers' list.
export type TCampaignState = "open" | "scheduled" | "ended" | "closed" | "revoked";

export type TCampaignDates = {
  status: "OPEN" | "CLOSED";
  revokedAt: Date | null;
  opensOn: Date;
  closesOn: Date; // inclusive, a calendar date (UTC)
};

export function campaignState(c: TCampaignDates, now: Date = new Date()): TCampaignState {
  if (c.revokedAt) return "revoked";
  if (c.status === "CLOSED") return "closed";
  const today = isoDateOf(now);
  if (today < isoDateOf(c.opensOn)) return "scheduled";
  if (today > isoDateOf(c.closesOn)) return "ended";
  return "open";
}

/** "Gone for good" (HTTP 410): revoked, closed by a manager, or past its closing date. */
export const isGone = (state: TCampaignState) => state === "revoked" || state === "closed" || state === "ended";

// Answers beyond this many per expected respondent are refused (a flood, not a survey).
export const ANSWER_CAP_FACTOR = 3;
export const answerCap = (expectedPopulation: number) => ANSWER_CAP_FACTOR * expectedPopulation;
