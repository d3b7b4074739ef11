import { describe, expect, it } from "vitest";
import { tipsFor } from "@/lib/surveys/tips";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";

const answer = (a: object) =>
  ZSurveyAnswer.parse({ daysOnSitePerWeek: 5, remoteDaysPerWeek: 0, weeksWorked: 47, ...a });
const footprint = (commuteKg: number) => ({ commuteKg, digitalKg: 0, items: [] });

describe("tips picked from the respondent's own answer", () => {
  it("a solo driver over a short distance: e-bike, then carpooling; at most three", () => {
    const a = answer({ legs: [{ mode: "car", distanceKm: 6, carOccupancy: 1 }] });
    expect(tipsFor(a, footprint(4700 * 0.256 * 0.6))).toEqual(["bike", "carpool", "remote"]);
  });

  it("a smartphone video caller who attaches files, arriving on foot: the digital tips", () => {
    const a = answer({
      legs: [{ mode: "walk", distanceKm: 1 }],
      digital: {
        videoHours: { laptop: 0, desktop: 0, smartphone: 4, tablet: 0 },
        emailsPerDay: 30,
        attachments: "mostly_attachments",
        cloudStorageGb: 5,
      },
    });
    expect(tipsFor(a, footprint(0))).toEqual(["videoDevice", "links"]);
  });

  it("nothing to improve: encouragement", () => {
    expect(tipsFor(answer({ legs: [{ mode: "bike", distanceKm: 4 }] }), footprint(0))).toEqual(["keepItUp"]);
  });
});
