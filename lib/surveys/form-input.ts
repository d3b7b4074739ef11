import { parseUserNumber } from "@/lib/numbers/user-number";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation";
import {
  DEFAULT_WEEKS_WORKED,
  DISTANCE_BANDS,
  MAX_LEGS,
  VIDEO_DEVICES,
  ZSurveyAnswer,
  type TSurveyAnswer,
} from "@/lib/surveys/schemas";

// The respondent's HTML form (no JavaScript) as a ZSurveyAnswer: numbers typed the way their language
// writes them, a distance band instead of a number, empty optional legs skipped. Errors are keyed by the
// form's field names, as translation keys. Pure.

export type TSurveyFormValues = Record<string, string>;
export type TSurveyFormResult =
  { ok: true; answer: TSurveyAnswer } | { ok: false; fieldErrors: FieldErrors; values: TSurveyFormValues };

const get = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().slice(0, 40) : "";
};

export const legField = (i: number, name: string) => `leg${i}.${name}`;

function numberOf(text: string, locale: string, field: string, errors: FieldErrors): number | undefined {
  if (text === "") return undefined;
  const parsed = parseUserNumber(text, locale);
  if (parsed === null) {
    errors[field] ??= "validation.number";
    return undefined;
  }
  return Number(parsed);
}

export type TSurveyFormOptions = { digital: boolean; siteIds: readonly string[] };

// The site list's "prefer not to say" entry.
export const NO_SITE = "none";

export function readSurveyForm(form: FormData, locale: string, options: TSurveyFormOptions): TSurveyFormResult {
  const values: TSurveyFormValues = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") values[k] = v.slice(0, 40);
  const errors: FieldErrors = {};
  const fieldOfPath = new Map<string, string>();
  const num = (field: string, path: string) => {
    fieldOfPath.set(path, field);
    return numberOf(get(form, field), locale, field, errors);
  };

  const legs: unknown[] = [];
  for (let i = 0; i < MAX_LEGS; i++) {
    const mode = get(form, legField(i, "mode"));
    if (mode === "") continue; // an optional leg left empty
    const at = `legs.${legs.length}`;
    fieldOfPath.set(`${at}.mode`, legField(i, "mode"));
    const band = get(form, legField(i, "band"));
    const typed = num(legField(i, "distance"), `${at}.distanceKm`);
    const fromBand = band in DISTANCE_BANDS ? DISTANCE_BANDS[band as keyof typeof DISTANCE_BANDS] : undefined;
    const distanceKm = typed ?? fromBand;
    if (distanceKm === undefined) errors[legField(i, "distance")] ??= "surveys.validation.distanceRequired";
    const leg: Record<string, unknown> = { mode };
    leg.distanceKm = distanceKm ?? 0;
    if (mode === "car") {
      leg.carFuel = get(form, legField(i, "fuel")) || "average";
      fieldOfPath.set(`${at}.carFuel`, legField(i, "fuel"));
      leg.carOccupancy = num(legField(i, "occupancy"), `${at}.carOccupancy`) ?? 1;
    }
    legs.push(leg);
  }
  if (legs.length === 0) errors[legField(0, "mode")] ??= "surveys.validation.legRequired";

  const raw: Record<string, unknown> = {
    legs,
    daysOnSitePerWeek: num("days", "daysOnSitePerWeek") ?? 0,
    remoteDaysPerWeek: num("remote", "remoteDaysPerWeek") ?? 0,
    weeksWorked: num("weeks", "weeksWorked") ?? DEFAULT_WEEKS_WORKED,
  };
  if (get(form, "days") === "") errors.days ??= "validation.required";
  const site = get(form, "site");
  if (site !== "" && site !== NO_SITE) {
    if (options.siteIds.includes(site)) raw.siteId = site;
    else errors.site ??= "surveys.validation.unknownSite";
  }
  if (options.digital) {
    const videoHours = Object.fromEntries(
      VIDEO_DEVICES.map((d) => [d, num(`video.${d}`, `digital.videoHours.${d}`) ?? 0]),
    );
    fieldOfPath.set("digital.attachments", "attachments");
    raw.digital = {
      videoHours,
      emailsPerDay: num("emails", "digital.emailsPerDay") ?? 0,
      attachments: get(form, "attachments") || "half",
      cloudStorageGb: num("cloud", "digital.cloudStorageGb") ?? 0,
    };
  }

  const parsed = ZSurveyAnswer.safeParse(raw);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
      errors[fieldOfPath.get(path) ?? "_form"] ??= message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, fieldErrors: errors, values };
  return { ok: true, answer: parsed.data };
}
