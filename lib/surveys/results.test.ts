import { describe, expect, it } from "vitest";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { surveyResults } from "@/lib/surveys/results";
import { ZSurveyAnswer } from "@/lib/surveys/schemas";

const index = fixtureIndex();
const ctx = { region: "FR", year: 2025 };
const bus = ZSurveyAnswer.parse({
  legs: [{ mode: "bus", distanceKm: 5 }],
  daysOnSitePerWeek: 3,
  remoteDaysPerWeek: 2,
  weeksWorked: 47,
});
const driver = ZSurveyAnswer.parse({
  legs: [{ mode: "car", distanceKm: 30, carFuel: "diesel" }],
  daysOnSitePerWeek: 5,
  remoteDaysPerWeek: 0,
  weeksWorked: 47,
});
const BUS_KG = 2 * 5 * 3 * 47 * 0.122; // 172.02
const CAR_KG = 2 * 30 * 5 * 47 * 0.19; // 2,679

describe("survey results for managers", () => {
  it("break down by mode and distance, folding groups under 5 answers into 'other'", () => {
    const r = surveyResults([bus, bus, bus, bus, bus, driver], 60, ctx, index);
    expect(r.shown).toBe(true);
    expect(r.rate).toEqual({ respondents: 6, population: 60, rate: 0.1, low: true });
    expect(r.byMode.map((m) => [m.mode, m.respondents])).toEqual([
      ["bus", 5],
      ["other", 1], // the one driver is never shown as such
    ]);
    expect(r.byMode[0]?.kgCO2e).toBeCloseTo(5 * BUS_KG, 6);
    expect(r.distances).toEqual([
      { group: "5-10", respondents: 5 },
      { group: "other", respondents: 1 },
    ]);
    expect(r.remoteShare).toBeCloseTo(10 / 30, 9); // 5 × 2 remote days over 5 × 5 + 5 worked days
    expect(r.extrapolatedKgCO2e).toBeCloseTo(((5 * BUS_KG + CAR_KG) / 6) * 60, 6);
  });

  it("show no breakdown at all under 5 answers", () => {
    const r = surveyResults([bus, bus, bus, driver], 10, ctx, index);
    expect(r).toMatchObject({ shown: false, byMode: [], distances: [] });
    expect(r.meanKgCO2e).toBeCloseTo((3 * BUS_KG + CAR_KG) / 4, 6);
  });

  it("break down by the site respondents chose, folding sites under 5 answers and keeping 'not said' apart", () => {
    const at = (a: typeof bus, siteId?: string) => ({ ...a, siteId });
    const answers = [
      ...Array.from({ length: 5 }, () => at(bus, "paris")),
      ...Array.from({ length: 5 }, () => at(driver)),
      at(bus, "lyon"), // one answer from Lyon: never shown as such
      at(driver, "nantes"),
    ];
    const r = surveyResults(answers, 40, ctx, index);
    expect(r.bySite.map((s) => [s.site, s.respondents])).toEqual([
      ["none", 5],
      ["paris", 5],
      ["other", 2],
    ]);
    expect(r.bySite[0]?.kgCO2e).toBeCloseTo(5 * CAR_KG, 6);
    expect(r.bySite[1]?.kgCO2e).toBeCloseTo(5 * BUS_KG, 6);
    expect(r.bySite[2]?.kgCO2e).toBeCloseTo(BUS_KG + CAR_KG, 6);
  });
});
