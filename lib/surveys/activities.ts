import type { TActivityInput } from "@/lib/calc";
import type { TSurveyAnswer, TSurveyMode, TVideoDevice } from "@/lib/surveys/schemas";
import { VIDEO_DEVICES } from "@/lib/surveys/schemas";

// A survey answer as the activity data of the commuting and digital activity types, so the engine (lib/calc)
// computes it exactly as it computes a line typed in the collection forms: one calculation path.

// Walking and pedal bikes emit nothing a factor covers: they produce no activity.
const MODE_TYPES: Record<TSurveyMode, string | null> = {
  walk: null,
  bike: null,
  bike_electric: "commuting.bike_electric",
  scooter_electric: "commuting.scooter_electric",
  bus: "commuting.bus",
  metro: "commuting.metro",
  tram: "commuting.tram",
  rer: "commuting.rer",
  train: "commuting.train",
  tgv: "commuting.tgv",
  motorbike: "commuting.motorbike",
  car: "commuting.car", // per vehicle-km: the respondent's share is km / occupancy
};

const VIDEO_TYPES: Record<TVideoDevice, string> = {
  laptop: "digital.video_call.laptop",
  desktop: "digital.video_call.desktop",
  smartphone: "digital.video_call.smartphone",
  tablet: "digital.video_call.tablet",
};

// Share of e-mails sent with an attachment (1 MB) rather than a link (0.1 MB e-mail), per stated habit.
const ATTACHMENT_SHARE = { mostly_attachments: 0.75, half: 0.5, mostly_links: 0.25 } as const;

export type TSurveyContext = { region: string; year: number };

/** methodology.md, employee commuting survey: annual km = 2 × one-way distance × days per week × weeks. */
export function annualKm(distanceKm: number, daysPerWeek: number, weeks: number): number {
  return 2 * distanceKm * daysPerWeek * weeks;
}

export function commuteActivities(answer: TSurveyAnswer, ctx: TSurveyContext): TActivityInput[] {
  const result: TActivityInput[] = [];
  for (const leg of answer.legs) {
    const activityTypeId = MODE_TYPES[leg.mode];
    const km = annualKm(leg.distanceKm, answer.daysOnSitePerWeek, answer.weeksWorked);
    if (!activityTypeId || km === 0) continue;
    if (leg.mode === "car") {
      const occupancy = leg.carOccupancy ?? 1;
      result.push({
        activityTypeId,
        quantity: km / occupancy,
        unit: "km",
        ...ctx,
        options: { fuel: leg.carFuel ?? "average" },
      });
    } else {
      result.push({ activityTypeId, quantity: km, unit: "km", ...ctx });
    }
  }
  return result;
}

export function digitalActivities(answer: TSurveyAnswer, ctx: TSurveyContext): TActivityInput[] {
  const habits = answer.digital;
  if (!habits) return [];
  const weeks = answer.weeksWorked;
  const workDays = (answer.daysOnSitePerWeek + answer.remoteDaysPerWeek) * weeks;
  const emails = habits.emailsPerDay * workDays;
  const share = ATTACHMENT_SHARE[habits.attachments];
  const drafts: TActivityInput[] = [
    ...VIDEO_DEVICES.map((device) => ({
      activityTypeId: VIDEO_TYPES[device],
      quantity: habits.videoHours[device] * weeks,
      unit: "hour",
      ...ctx,
    })),
    { activityTypeId: "digital.email.attachment", quantity: emails * share, unit: "email", ...ctx },
    { activityTypeId: "digital.email.text", quantity: emails * (1 - share), unit: "email", ...ctx },
    // Files kept in the cloud all year: GB × 1 year.
    { activityTypeId: "digital.cloud_storage", quantity: habits.cloudStorageGb, unit: "GB.year", ...ctx },
  ];
  return drafts.filter((a) => a.quantity > 0);
}
