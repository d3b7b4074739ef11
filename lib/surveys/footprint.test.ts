import { describe, expect, it } from "vitest";
import { computeActivities } from "@/lib/calc";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { kgOf } from "@/lib/calc/testing/totals";
import { commuteActivities, digitalActivities } from "@/lib/surveys/activities";
import { extrapolateActivities, extrapolatedTotal, responseRate } from "@/lib/surveys/extrapolate";
import { respondentFootprint } from "@/lib/surveys/footprint";
import { ZSurveyAnswer, type TSurveyAnswer } from "@/lib/surveys/schemas";

// Worked examples with ADEME Base Carbone 23.6 and ADEME-Arcep 2022 values (lib/calc/testing fixtures).
const index = fixtureIndex();
const ctx = { region: "FR", year: 2025 };
const answer = (a: Partial<TSurveyAnswer> & Pick<TSurveyAnswer, "legs">): TSurveyAnswer =>
  ZSurveyAnswer.parse({ daysOnSitePerWeek: 5, remoteDaysPerWeek: 0, weeksWorked: 47, ...a });

const carpooler = answer({
  legs: [{ mode: "car", distanceKm: 20, carFuel: "diesel", carOccupancy: 2 }],
  daysOnSitePerWeek: 4,
  remoteDaysPerWeek: 1,
});
const busAndMetro = answer({
  legs: [
    { mode: "bus", distanceKm: 5 },
    { mode: "metro", distanceKm: 10 },
  ],
});
const fullyRemote = answer({ legs: [{ mode: "car", distanceKm: 30 }], daysOnSitePerWeek: 0, remoteDaysPerWeek: 5 });

describe("a respondent's commute through the engine", () => {
  it("car, diesel, 20 km, 4 days × 47 weeks, two in the car: 2 × 20 × 4 × 47 = 7,520 km / 2 × 0.190 = 714.4 kg", () => {
    const f = respondentFootprint(carpooler, ctx, index);
    expect(f.commuteKg).toBeCloseTo(714.4, 6);
    expect(f.items).toEqual([
      expect.objectContaining({ quantity: 3760, unit: "km", factorId: "ademe:43788@23.6", factorValue: 0.19 }),
    ]);
  });

  it("two legs: bus 5 km (2,350 p.km × 0.122 = 286.7) + metro 10 km (4,700 × 0.00442 = 20.774) = 307.474 kg", () => {
    expect(respondentFootprint(busAndMetro, ctx, index).commuteKg).toBeCloseTo(307.474, 6);
  });

  it("fully remote (0 days on site) and walking commute nothing; the average car is 43791 at 0.256/km", () => {
    expect(respondentFootprint(fullyRemote, ctx, index)).toEqual({ commuteKg: 0, digitalKg: 0, items: [] });
    expect(commuteActivities(answer({ legs: [{ mode: "walk", distanceKm: 2 }] }), ctx)).toEqual([]);
    const solo = respondentFootprint(answer({ legs: [{ mode: "car", distanceKm: 10 }] }), ctx, index);
    expect(solo.commuteKg).toBeCloseTo(4700 * 0.256, 6); // 1,203.2 kg
  });
});

describe("digital habits through the engine (network and data centre only)", () => {
  it("laptop 5 h + smartphone 2 h a week, 20 e-mails a day half with attachments, 50 GB: 8.701131 kg", () => {
    const a = answer({
      legs: [{ mode: "walk", distanceKm: 1 }],
      digital: {
        videoHours: { laptop: 5, desktop: 0, smartphone: 2, tablet: 0 },
        emailsPerDay: 20,
        attachments: "half",
        cloudStorageGb: 50,
      },
    });
    expect(digitalActivities(a, ctx).map((x) => [x.activityTypeId, x.quantity])).toEqual([
      ["digital.video_call.laptop", 235],
      ["digital.video_call.smartphone", 94],
      ["digital.email.attachment", 2350],
      ["digital.email.text", 2350],
      ["digital.cloud_storage", 50],
    ]);
    // 235 × 0.006795914 + 94 × 0.017585974 + 2350 × 0.0010784093 + 2350 × 0.00011941593 + 50 × 0.0527224
    expect(respondentFootprint(a, ctx, index).digitalKg).toBeCloseTo(8.701130632, 6);
  });
});

describe("extrapolation to the headcount (mean per respondent × headcount)", () => {
  const respondents = [carpooler, busAndMetro, fullyRemote];
  const perRespondentKg = respondents.map((r) => respondentFootprint(r, ctx, index).commuteKg);
  const mean = (714.4 + 307.474 + 0) / 3; // 340.624667 kg

  it.each([
    [30, 0.1, true],
    [6, 0.5, false],
    [3, 1, false],
  ])("headcount %i (response rate %d): engine on the extrapolated activities = mean × headcount", (pop, rate, low) => {
    expect(responseRate(3, pop)).toEqual({ respondents: 3, population: pop, rate, low });
    expect(extrapolatedTotal(perRespondentKg, pop)).toBeCloseTo(mean * pop, 6);
    const scaled = extrapolateActivities(
      respondents.map((r) => commuteActivities(r, ctx)),
      pop,
    );
    const kg = computeActivities(scaled, index).reduce((s, o) => s + (o.ok ? kgOf(o.result.lines) : NaN), 0);
    expect(kg).toBeCloseTo(mean * pop, 6);
  });

  it("no answers extrapolate to nothing", () => {
    expect(extrapolateActivities([], 100)).toEqual([]);
    expect(extrapolatedTotal([], 100)).toBe(0);
  });
});

describe("bounds on every answer", () => {
  const base = { legs: [{ mode: "bus", distanceKm: 5 }], daysOnSitePerWeek: 5, remoteDaysPerWeek: 0, weeksWorked: 47 };
  const messageOf = (value: unknown) => ZSurveyAnswer.safeParse(value).error?.issues[0]?.message;
  it("refuses a distance over 500 km, more than 7 days, on-site + remote days over 7, and unknown fields", () => {
    expect(messageOf({ ...base, legs: [{ mode: "bus", distanceKm: 501 }] })).toBe("validation.tooBig?max=500");
    expect(messageOf({ ...base, legs: [{ mode: "bus", distanceKm: -1 }] })).toBe("validation.tooSmall?min=0");
    expect(messageOf({ ...base, daysOnSitePerWeek: 8 })).toBe("validation.tooBig?max=7");
    expect(messageOf({ ...base, remoteDaysPerWeek: 3 })).toBe("surveys.validation.tooManyDays");
    expect(messageOf({ ...base, name: "Jane" })).toBe("validation.unknownField");
    expect(ZSurveyAnswer.safeParse(base).success).toBe(true);
  });
});
