import { ZIsoDate } from "@/lib/periods/schemas";
import { optionalUserInteger, ZId, z } from "@/lib/validation";

// Manager-side inputs (lib/surveys/campaigns.ts). Update payloads never carry the organisation or the token.
export const MAX_POPULATION = 1_000_000;

export const zCampaignCreate = (locale: string) =>
  z
    .object({
      periodId: ZId,
      opensOn: ZIsoDate,
      closesOn: ZIsoDate,
      // Empty: the organisation's (or the period's) headcount.
      expectedPopulation: optionalUserInteger(locale, { min: 1, max: MAX_POPULATION }),
      digitalQuestions: z.boolean(),
    })
    .refine((c) => c.closesOn >= c.opensOn, { error: "surveys.validation.closesBeforeOpens", path: ["closesOn"] });
export type TCampaignCreate = z.output<ReturnType<typeof zCampaignCreate>>;

export const ZCampaignRef = z.object({ id: ZId });

// Duplicating last year's campaign into another period: same population and questions, new link and dates.
export const ZCampaignDuplicate = z
  .object({ id: ZId, periodId: ZId, opensOn: ZIsoDate, closesOn: ZIsoDate })
  .refine((c) => c.closesOn >= c.opensOn, { error: "surveys.validation.closesBeforeOpens", path: ["closesOn"] });
