import { describe, expect, it } from "vitest";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import {
  computeStoredActivities,
  storedQuantity,
  toEngineInput,
  type TActivityForCalc,
  type TCalcContext,
} from "@/lib/activity/engine-input";

const activity = (overrides: Partial<TActivityForCalc> = {}): TActivityForCalc => ({
  id: "a1",
  periodId: "p2024",
  siteId: null,
  activityTypeId: "energy.electricity.grid",
  quantity: "12000",
  unit: "kWh",
  region: null,
  activityDate: null,
  activityYear: null,
  options: {},
  uncertaintyPct: null,
  customFactorId: null,
  ...overrides,
});

const ctx: TCalcContext = {
  country: "FR",
  siteCountry: new Map([["london", "GB"]]),
  periodYear: new Map([["p2024", 2024]]),
  orgIndex: { index: fixtureIndex(), currentCustomFactorId: (id) => (id === "retired-for-good" ? null : `${id}-v2`) },
};

describe("stored activity → engine input", () => {
  it("takes the region from the activity, else its site, else the organisation", () => {
    expect(toEngineInput(activity(), ctx, null).region).toBe("FR");
    expect(toEngineInput(activity({ siteId: "london" }), ctx, null).region).toBe("GB");
    expect(toEngineInput(activity({ siteId: "london", region: "DE" }), ctx, null).region).toBe("DE");
  });

  it("takes the year from the date, else the stated year, else the period", () => {
    expect(toEngineInput(activity(), ctx, null).year).toBe(2024);
    expect(toEngineInput(activity({ activityYear: 2023 }), ctx, null).year).toBe(2023);
    expect(
      toEngineInput(activity({ activityYear: 2023, activityDate: new Date("2022-12-31T00:00:00Z") }), ctx, null).year,
    ).toBe(2022);
  });

  it("passes only the engine's options, and the chosen factor", () => {
    const input = toEngineInput(
      activity({
        options: {
          airports: { from: "CDG", to: "NCE", returnTrip: true, passengers: 1 },
          legKm: 780.5,
          includeContrails: false,
        },
      }),
      ctx,
      "custom:x",
    );
    expect(input).toMatchObject({
      options: { legKm: 780.5, includeContrails: false },
      factorId: "custom:x",
      quantity: 12_000,
    });
    expect(input.options).not.toHaveProperty("airports");
  });

  it("stores a flight given as airports as passenger-km, with the leg distance for the band", () => {
    const stored = storedQuantity({
      quantity: null,
      unit: null,
      options: { airports: { from: "CDG", to: "NCE", returnTrip: true, passengers: 2 } },
    });
    expect(stored.unit).toBe("p.km");
    expect(Number(stored.quantity)).toBeCloseTo((stored.options.legKm as number) * 4, 6);
    expect(stored.options.legKm).toBeGreaterThan(780);
  });

  it("computes a batch with one outcome per activity, in order", () => {
    const outcomes = computeStoredActivities(
      [
        activity(),
        activity({ id: "a2", unit: "L" }),
        activity({ id: "a3", customFactorId: "retired-for-good" }),
        activity({ id: "a4", quantity: "1000" }),
      ],
      ctx,
    );
    expect(outcomes.map((o) => (o.ok ? o.rounded.kgCO2e : o.error.message))).toEqual([
      "622.800000",
      "activity.validation.incompatibleUnit",
      "activity.validation.customFactorRetired",
      "51.900000",
    ]);
  });
});
