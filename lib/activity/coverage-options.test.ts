import { describe, expect, it } from "vitest";
import { CalcError } from "@/lib/calc";
import { fixtureIndex } from "@/lib/calc/testing/fixtures";
import { computeStoredActivities, type TActivityForCalc, type TCalcContext } from "@/lib/activity/engine-input";
import { calcFieldError } from "@/lib/activity/errors";
import { ZActivityDataOptions } from "@/lib/activity/schemas";

// The options of the equipment, freight, waste and hosting types, from a stored activity to the engine
// and back as field errors in the user's language.
const stored = (activityTypeId: string, quantity: string, unit: string, options: unknown): TActivityForCalc => ({
  id: "a1",
  periodId: "p2025",
  siteId: null,
  activityTypeId,
  quantity,
  unit,
  region: null,
  activityDate: null,
  activityYear: null,
  options,
  uncertaintyPct: null,
  customFactorId: null,
});
const ctx: TCalcContext = {
  country: "FR",
  siteCountry: new Map(),
  periodYear: new Map([["p2025", 2025]]),
  orgIndex: { index: fixtureIndex(), currentCustomFactorId: (id) => id },
};
const compute = (activity: TActivityForCalc) => {
  const [outcome] = computeStoredActivities([activity], ctx);
  if (!outcome) throw new Error("no outcome");
  return outcome;
};

describe("coverage options on stored activities", () => {
  it("accepts direction, treatment, lifetimeYears and pue; refuses values out of range with their own message", () => {
    expect(
      ZActivityDataOptions.parse({ direction: "outbound", treatment: "recycling", lifetimeYears: 2.5, pue: 1.4 }),
    ).toEqual({ direction: "outbound", treatment: "recycling", lifetimeYears: 2.5, pue: 1.4 });
    const messages = (options: unknown) =>
      ZActivityDataOptions.safeParse(options).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ direction: "sideways" })).toEqual(["direction: activity.validation.unknownDirection"]);
    expect(messages({ treatment: "burial" })).toEqual(["treatment: activity.validation.unknownTreatment"]);
    expect(messages({ lifetimeYears: 0 })).toEqual(["lifetimeYears: activity.validation.lifetimeYears"]);
    expect(messages({ lifetimeYears: 51 })).toEqual(["lifetimeYears: activity.validation.lifetimeYears"]);
    expect(messages({ pue: 0.9 })).toEqual(["pue: activity.validation.pue"]);
  });

  it("passes them to the engine: 1,000 t.km outbound by 34–40 t truck = 87.5 kg in cat. 4 / 3.2; 2 t cardboard recycled = 1,984 kg; 1,000 kWh cloud at PUE 1.5 × 0.0519 = 77.85 kg", () => {
    const truck = compute(stored("freight.road.articulated_34_40t", "1000", "t.km", { direction: "outbound" }));
    const cardboard = compute(stored("waste.paper_cardboard", "2", "t", { treatment: "recycling" }));
    const cloud = compute(stored("digital.hosting.cloud", "1000", "kWh", { pue: 1.5 }));
    if (!truck.ok || !cardboard.ok || !cloud.ok) throw new Error("expected three computed activities");
    const total = (o: typeof truck) => (o.ok ? o.rounded.lines.reduce((sum, l) => sum + Number(l.kgCO2e), 0) : NaN);
    expect(total(truck)).toBeCloseTo(87.5, 5);
    expect(truck.rounded.lines.map((l) => l.begesPoste)).toEqual(["3.2", "3.2", "3.2"]);
    expect(total(cardboard)).toBeCloseTo(1984, 5);
    expect(total(cloud)).toBeCloseTo(77.85, 5);
  });

  it("points each refusal at its field: a PUE on a car, an unpublished treatment, a missing lifetime", () => {
    const car = compute(stored("travel.car", "100", "km", { pue: 1.2 }));
    expect(car).toMatchObject({
      ok: false,
      error: { field: "options.pue", message: "activity.validation.optionNotForType", code: "UNKNOWN_OPTION" },
    });
    const weee = compute(stored("waste.weee", "100", "kg", { treatment: "landfill" }));
    expect(weee).toMatchObject({
      ok: false,
      error: { field: "options.treatment", message: "activity.validation.unknownTreatment", code: "NO_FACTOR" },
    });
    const direction = new CalcError("UNKNOWN_OPTION", "unknown", {
      option: "direction",
      value: "x",
      allowed: ["inbound"],
    });
    expect(calcFieldError(direction)).toMatchObject({ message: "activity.validation.unknownDirection" });
    const lifetime = new CalcError("MISSING_OPTION", "needs a lifetime", {
      typeId: "equipment.server",
      option: "lifetimeYears",
    });
    expect(calcFieldError(lifetime)).toMatchObject({
      field: "options.lifetimeYears",
      message: "activity.validation.missingOption",
    });
  });
});
