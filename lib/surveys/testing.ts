import type { Db } from "@/lib/db/client";
import { publicCampaign, submitAnswer } from "@/lib/surveys/respond";
import type { TSurveyAnswer } from "@/lib/surveys/schemas";

/** For tests: what the public route does with one valid answer (read the link's campaign, then submit). */
export async function submitToLink(
  db: Db,
  input: { token: string; answer: TSurveyAnswer; clientKey: string | null; now: Date },
) {
  const campaign = await publicCampaign(db, input.token, input.now);
  if (!campaign) return { kind: "not_found" as const };
  return submitAnswer(db, { ...input, campaign });
}
