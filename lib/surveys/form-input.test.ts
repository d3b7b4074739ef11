import { describe, expect, it } from "vitest";
import { NO_SITE, readSurveyForm } from "@/lib/surveys/form-input";

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};
const base = { days: "4,5", "leg0.mode": "bus", "leg0.distance": "12,5" };
const options = { digital: false, siteIds: ["site-paris", "site-lyon"] };

describe("reading the respondent's form", () => {
  it("reads French decimals and a site from the list", () => {
    const r = readSurveyForm(formOf({ ...base, site: "site-lyon" }), "fr", options);
    expect(r).toEqual({
      ok: true,
      answer: {
        legs: [{ mode: "bus", distanceKm: 12.5 }],
        daysOnSitePerWeek: 4.5,
        remoteDaysPerWeek: 0,
        weeksWorked: 47,
        siteId: "site-lyon",
      },
    });
  });

  it("leaves the site out when the respondent prefers not to say", () => {
    const r = readSurveyForm(formOf({ ...base, site: NO_SITE }), "fr", options);
    expect(r.ok && r.answer.siteId).toBe(undefined);
  });

  it("refuses a site that is not in the list, on the site field", () => {
    const r = readSurveyForm(formOf({ ...base, site: "site-of-another-company" }), "fr", options);
    expect(r).toMatchObject({ ok: false, fieldErrors: { site: "surveys.validation.unknownSite" } });
  });

  it("takes a distance band's midpoint when no distance is typed", () => {
    const r = readSurveyForm(formOf({ days: "5", "leg0.mode": "train", "leg0.band": "20-35" }), "en", options);
    expect(r.ok && r.answer.legs[0]?.distanceKm).toBe(27.5);
  });
});
