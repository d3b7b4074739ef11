import { CAR_FUELS } from "@/lib/calc";
import { z } from "@/lib/validation";

// One anonymous survey answer, as stored (SurveyResponse.answers) and as the engine reads it. Only choices
// and bounded numbers: no free text, nothing that identifies the respondent. Messages are translation keys.

export const SURVEY_MODES = [
  "walk",
  "bike",
  "bike_electric",
  "scooter_electric",
  "bus",
  "metro",
  "tram",
  "rer",
  "train",
  "tgv",
  "motorbike",
  "car",
] as const;
export type TSurveyMode = (typeof SURVEY_MODES)[number];

// Typical one-way distances for people who do not know theirs: each band counts as its midpoint.
export const DISTANCE_BANDS = {
  "0-2": 1,
  "2-5": 3.5,
  "5-10": 7.5,
  "10-20": 15,
  "20-35": 27.5,
  "35-50": 42.5,
  "50-80": 65,
  "80-120": 100,
} as const satisfies Record<string, number>;
export type TDistanceBand = keyof typeof DISTANCE_BANDS;
export const DISTANCE_BAND_IDS = Object.keys(DISTANCE_BANDS) as TDistanceBand[];

export const ATTACHMENT_HABITS = ["mostly_attachments", "half", "mostly_links"] as const;
export const VIDEO_DEVICES = ["laptop", "desktop", "smartphone", "tablet"] as const;
export type TVideoDevice = (typeof VIDEO_DEVICES)[number];

export const MAX_LEGS = 3;
export const DEFAULT_WEEKS_WORKED = 47; // methodology.md: weeks worked per year, default 47

export const ZSurveyLeg = z.strictObject({
  mode: z.enum(SURVEY_MODES),
  distanceKm: z.number().min(0).max(500), // one way
  carFuel: z.enum(CAR_FUELS).optional(), // car legs only
  carOccupancy: z.number().int().min(1).max(9).optional(), // people in the car, the respondent included
});
export type TSurveyLeg = z.infer<typeof ZSurveyLeg>;

export const ZDigitalHabits = z.strictObject({
  // Hours of video calls per week, by the device the respondent joins from.
  videoHours: z.strictObject(
    Object.fromEntries(VIDEO_DEVICES.map((d) => [d, z.number().min(0).max(60)])) as Record<TVideoDevice, z.ZodNumber>,
  ),
  emailsPerDay: z.number().int().min(0).max(500),
  attachments: z.enum(ATTACHMENT_HABITS),
  cloudStorageGb: z.number().min(0).max(10_000),
});
export type TDigitalHabits = z.infer<typeof ZDigitalHabits>;

export const ZSurveyAnswer = z
  .strictObject({
    legs: z.array(ZSurveyLeg).min(1).max(MAX_LEGS),
    daysOnSitePerWeek: z.number().min(0).max(7),
    remoteDaysPerWeek: z.number().min(0).max(7),
    weeksWorked: z.number().int().min(0).max(52),
    digital: ZDigitalHabits.optional(),
    // The site the respondent mostly works at, one of the organisation's (checked against them on submit);
    // absent when the organisation has fewer than 2 sites or the respondent preferred not to say.
    siteId: z.string().min(1).max(40).optional(),
  })
  .refine((a) => a.daysOnSitePerWeek + a.remoteDaysPerWeek <= 7, {
    error: "surveys.validation.tooManyDays",
    path: ["remoteDaysPerWeek"],
  });
export type TSurveyAnswer = z.infer<typeof ZSurveyAnswer>;
