import { CAR_FUELS } from "@/lib/calc";
import { formatDate } from "@/lib/numbers/format";
import type { FieldErrors } from "@/lib/validation";
import { legField, NO_SITE, type TSurveyFormValues } from "@/lib/surveys/form-input";
import type { TSurveySite } from "@/lib/surveys/respond";
import {
  ATTACHMENT_HABITS,
  DEFAULT_WEEKS_WORKED,
  DISTANCE_BAND_IDS,
  MAX_LEGS,
  SURVEY_MODES,
  VIDEO_DEVICES,
} from "@/lib/surveys/schemas";
import { esc, fieldError, type TView } from "@/components/surveys/respondent/html";

// The survey form: several legs, days, weeks, optional digital habits. Bounds are in the markup (min, max)
// and checked again by the server, whose messages come back next to the fields.

type TFormState = { values: TSurveyFormValues; errors: FieldErrors };
type TFieldSpec = { name: string; label: string; hint?: string; control: (attrs: string) => string };

const idOf = (name: string) => name.replace(/\./g, "-");

function field(view: TView, state: TFormState, spec: TFieldSpec): string {
  const id = idOf(spec.name);
  const error = fieldError(view, state.errors[spec.name]);
  const described = [spec.hint ? `${id}-hint` : "", error ? `${id}-err` : ""].filter(Boolean).join(" ");
  const attrs = `id="${id}" name="${esc(spec.name)}"${described ? ` aria-describedby="${described}"` : ""}${
    error ? ' aria-invalid="true"' : ""
  }`;
  return `<div><label for="${id}">${esc(spec.label)}${
    spec.hint ? `<span class="hint" id="${id}-hint">${esc(spec.hint)}</span>` : ""
  }</label>${spec.control(attrs)}${error ? `<p class="err" id="${id}-err">${esc(error)}</p>` : ""}</div>`;
}

// Text with a decimal keypad rather than type="number": French decimals are typed with a comma.
const numberInput = (value: string) => (attrs: string) =>
  `<input ${attrs} type="text" inputmode="decimal" autocomplete="off" value="${esc(value)}">`;

const select = (value: string, options: readonly [string, string][]) => (attrs: string) =>
  `<select ${attrs}>${options
    .map(([v, label]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(label)}</option>`)
    .join("")}</select>`;

function legFieldset(view: TView, state: TFormState, i: number): string {
  const { t } = view;
  const v = (name: string) => state.values[legField(i, name)] ?? "";
  const modes: [string, string][] = [
    ["", i === 0 ? t("survey.chooseMode") : t("survey.noLeg")] as [string, string],
    ...SURVEY_MODES.map((m) => [m, t(`survey.modes.${m}`)] as [string, string]),
  ];
  const bands: [string, string][] = [
    ["", t("survey.bandNone")],
    ...DISTANCE_BAND_IDS.map((b) => [b, t(`survey.bands.${b}`)] as [string, string]),
  ];
  const fuels: [string, string][] = CAR_FUELS.map((f) => [f, t(`survey.fuels.${f}`)]);
  return `<fieldset><legend>${esc(i === 0 ? t("survey.legMain") : t("survey.legExtra", { n: i + 1 }))}</legend>
${field(view, state, { name: legField(i, "mode"), label: t("survey.mode"), control: select(v("mode"), modes) })}
<div class="row">
${field(view, state, { name: legField(i, "distance"), label: t("survey.distance"), hint: t("survey.distanceHint"), control: numberInput(v("distance")) })}
${field(view, state, { name: legField(i, "band"), label: t("survey.band"), hint: t("survey.bandHint"), control: select(v("band"), bands) })}
</div>
<div class="row">
${field(view, state, { name: legField(i, "fuel"), label: t("survey.fuel"), hint: t("survey.carOnly"), control: select(v("fuel") || "average", fuels) })}
${field(view, state, { name: legField(i, "occupancy"), label: t("survey.occupancy"), hint: t("survey.occupancyHint"), control: numberInput(v("occupancy")) })}
</div></fieldset>`;
}

function digitalFieldset(view: TView, state: TFormState): string {
  const { t } = view;
  const v = (name: string) => state.values[name] ?? "";
  const video = VIDEO_DEVICES.map((d) =>
    field(view, state, { name: `video.${d}`, label: t(`survey.devices.${d}`), control: numberInput(v(`video.${d}`)) }),
  ).join("");
  const habits: [string, string][] = ATTACHMENT_HABITS.map((h) => [h, t(`survey.attachmentHabits.${h}`)]);
  return `<fieldset><legend>${esc(t("survey.digitalTitle"))}</legend><p class="hint">${esc(t("survey.digitalIntro"))}</p>
<p><strong>${esc(t("survey.videoHours"))}</strong><span class="hint">${esc(t("survey.videoHint"))}</span></p><div class="row">${video}</div>
${field(view, state, { name: "emails", label: t("survey.emails"), hint: t("survey.emailsHint"), control: numberInput(v("emails")) })}
${field(view, state, { name: "attachments", label: t("survey.attachments"), control: select(v("attachments") || "half", habits) })}
${field(view, state, { name: "cloud", label: t("survey.cloud"), hint: t("survey.cloudHint"), control: numberInput(v("cloud")) })}
</fieldset>`;
}

function siteField(view: TView, state: TFormState, sites: readonly TSurveySite[]): string {
  if (sites.length === 0) return "";
  const options: [string, string][] = [
    [NO_SITE, view.t("survey.siteNone")],
    ...sites.map((s) => [s.id, s.name] as [string, string]),
  ];
  const value = state.values.site ?? NO_SITE;
  return field(view, state, {
    name: "site",
    label: view.t("survey.site"),
    hint: view.t("survey.siteHint"),
    control: select(value, options),
  });
}

function errorSummary(view: TView, errors: FieldErrors): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return "";
  const items = entries
    .map(([name, message]) => `<li><a href="#${idOf(name)}">${esc(fieldError(view, message))}</a></li>`)
    .join("");
  return `<div class="alert" role="alert" tabindex="-1"><h2>${esc(view.t("survey.fixErrors"))}</h2><ul>${items}</ul></div>`;
}

export function surveyForm(
  view: TView,
  input: {
    organizationName: string;
    closesOn: Date;
    digital: boolean;
    sites: readonly TSurveySite[];
    action: string;
    state: TFormState;
  },
): string {
  const { t } = view;
  const { state } = input;
  const v = (name: string, fallback = "") => state.values[name] ?? fallback;
  const legs = Array.from({ length: MAX_LEGS }, (_, i) => legFieldset(view, state, i)).join("");
  return `<h1>${esc(t("survey.title"))}</h1>
<p>${esc(t("survey.intro", { organization: input.organizationName, date: formatDate(input.closesOn, view.locale) }))}</p>
<p class="hint">${esc(t("survey.anonymous"))}</p>
${errorSummary(view, state.errors)}
<form method="post" action="${esc(input.action)}" novalidate>
<input type="hidden" name="lang" value="${view.locale}">
<fieldset><legend>${esc(t("survey.weekTitle"))}</legend>
${siteField(view, state, input.sites)}<div class="row">
${field(view, state, { name: "days", label: t("survey.days"), hint: t("survey.daysHint"), control: numberInput(v("days")) })}
${field(view, state, { name: "remote", label: t("survey.remote"), hint: t("survey.daysHint"), control: numberInput(v("remote", "0")) })}
</div>
${field(view, state, { name: "weeks", label: t("survey.weeks"), hint: t("survey.weeksHint", { weeks: DEFAULT_WEEKS_WORKED }), control: numberInput(v("weeks", String(DEFAULT_WEEKS_WORKED))) })}
</fieldset>
<p>${esc(t("survey.legsIntro"))}</p>
${legs}
${input.digital ? digitalFieldset(view, state) : ""}
<button type="submit">${esc(t("survey.submit"))}</button>
</form>`;
}
