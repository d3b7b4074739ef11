import { describe, expect, it } from "vitest";
import { blankValues, toActivityPayload, valuesFromStored } from "@/components/activity/form-values";
import { splitRule } from "@/components/activity/labels";
import { ZActivityCreate } from "@/lib/activity/schemas";

const base = blankValues("cperiod00000000000000001", { id: "travel.plane", units: ["p.km"] });

describe("activity form payload", () => {
  it("reads numbers in the user's language and sends them in plain notation", () => {
    const values = { ...base, activityTypeId: "energy.electricity.grid", quantity: "1 250,5", unit: "kWh" };
    expect(toActivityPayload(values, [], "fr").quantity).toBe("1250.5");
    expect(toActivityPayload({ ...values, quantity: "1,250.5" }, [], "en").quantity).toBe("1250.5");
    // English "1,250" is 1250, never the French reading 1.25.
    expect(toActivityPayload({ ...values, quantity: "1,250" }, [], "en").quantity).toBe("1250");
    // Unreadable text goes as typed, so the shared schema reports it on the field.
    expect(toActivityPayload({ ...values, quantity: "-5" }, [], "fr").quantity).toBe("-5");
    expect(ZActivityCreate.safeParse(toActivityPayload({ ...values, quantity: "-5" }, [], "fr")).error?.issues).toEqual(
      [expect.objectContaining({ path: ["quantity"], message: "activity.validation.decimal" })],
    );
  });

  it("a flight by airports sends the trip and no quantity; only the type's options; never a status", () => {
    const values = {
      ...base,
      options: {
        ...base.options,
        fuel: "diesel",
        seatClass: "over_220",
        airports: { from: "LYS", to: "LIS", returnTrip: true, passengers: "2" },
      },
    };
    const payload = toActivityPayload(values, ["airports"], "fr");
    expect(payload).toMatchObject({ quantity: "", unit: "" });
    expect(payload.options).toEqual({
      seatClass: "over_220",
      airports: { from: "LYS", to: "LIS", returnTrip: true, passengers: 2 },
    });
    expect(payload).not.toHaveProperty("status");
    expect(ZActivityCreate.safeParse(payload).success).toBe(true);
    const byDistance = toActivityPayload(
      { ...values, flightMode: "distance", quantity: "2 400", unit: "p.km" },
      ["airports"],
      "fr",
    );
    expect(byDistance).toMatchObject({ quantity: "2400", unit: "p.km", options: { seatClass: "over_220" } });
  });

  it("a stored flight comes back as its airports; a stored number in the user's notation", () => {
    const stored = {
      periodId: "p",
      activityTypeId: "travel.plane",
      quantity: "5428.3",
      unit: "p.km",
      activityDate: null,
      siteId: null,
      productId: null,
      label: null,
      description: null,
      uncertaintyPct: "12.5",
      options: { airports: { from: "LYS", to: "LIS", returnTrip: true, passengers: 2 }, legKm: 1357.1 },
    };
    const values = valuesFromStored(stored, (v) => v.replace(".", ","));
    expect(values).toMatchObject({ flightMode: "airports", quantity: "", uncertaintyPct: "12,5" });
    expect(values.options.airports).toEqual({ from: "LYS", to: "LIS", returnTrip: true, passengers: "2" });
  });
});

describe("engine options and calculation choices in the payload", () => {
  const freight = { ...base, activityTypeId: "freight.road.van", quantity: "1 200", unit: "t.km" };

  it("sends the freight direction and the waste treatment only for types that take them", () => {
    const values = { ...freight, options: { ...base.options, direction: "outbound", treatment: "recycling" } };
    const payload = toActivityPayload(values, ["fuel", "direction"], "fr");
    expect(payload.options).toEqual({ direction: "outbound" });
    expect(ZActivityCreate.safeParse(payload).success).toBe(true);
    const waste = { ...values, activityTypeId: "waste.paper_cardboard", unit: "t", quantity: "2,5" };
    expect(toActivityPayload(waste, ["treatment"], "fr").options).toEqual({ treatment: "recycling" });
  });

  it("reads a lifetime and a PUE in the user's language and sends them as numbers", () => {
    const laptop = { ...base, activityTypeId: "equipment.laptop", quantity: "12", unit: "unit" };
    const fr = { ...laptop, options: { ...base.options, lifetimeYears: "2,5", pue: "1,4" } };
    expect(toActivityPayload(fr, ["lifetimeYears"], "fr").options).toEqual({ lifetimeYears: 2.5 });
    expect(toActivityPayload(fr, ["pue"], "fr").options).toEqual({ pue: 1.4 });
    const en = { ...laptop, options: { ...base.options, lifetimeYears: "2.5", pue: "1.4" } };
    expect(toActivityPayload(en, ["lifetimeYears", "pue"], "en").options).toEqual({ lifetimeYears: 2.5, pue: 1.4 });
    // A lifetime the form does not ask (a period counting equipment whole) is not sent.
    expect(toActivityPayload(en, [], "en").options).toEqual({});
  });

  it("out-of-range or unreadable lifetimes and PUEs get the field's own message", () => {
    const laptop = { ...base, activityTypeId: "equipment.laptop", quantity: "12", unit: "unit" };
    const issues = (lifetimeYears: string, pue: string) =>
      ZActivityCreate.safeParse(
        toActivityPayload(
          { ...laptop, options: { ...base.options, lifetimeYears, pue } },
          ["lifetimeYears", "pue"],
          "fr",
        ),
      ).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues("60", "0,5")).toEqual([
      ["options.lifetimeYears", "activity.validation.lifetimeYears"],
      ["options.pue", "activity.validation.pue"],
    ]);
    expect(issues("cinq", "1,2")).toEqual([["options.lifetimeYears", "activity.validation.lifetimeYears"]]);
    expect(issues("0", "6")).toEqual([
      ["options.lifetimeYears", "activity.validation.lifetimeYears"],
      ["options.pue", "activity.validation.pue"],
    ]);
  });

  it("sends the data quality, the chosen library factor's reference and an electricity contract", () => {
    const grid = { ...base, activityTypeId: "energy.electricity.grid", quantity: "10 000", unit: "kWh" };
    const values = {
      ...grid,
      dataQuality: "estimated" as const,
      libraryFactor: {
        id: "ademe:15591@23.6",
        ref: "ademe:15591",
        nameFr: "Électricité",
        nameEn: null,
        value: "0.052",
        unit: "kWh",
        uncertaintyPct: "10",
      },
      marketInstrument: { kind: "supplier" as const, kgCO2ePerKWh: "0,035", supplier: "Enercoop" },
    };
    const payload = toActivityPayload(values, [], "fr", { electricity: true });
    expect(payload).toMatchObject({
      dataQuality: "estimated",
      uncertaintyPct: "",
      libraryFactorId: "ademe:15591",
      marketInstrument: { kind: "supplier", kgCO2ePerKWh: "0.035", supplier: "Enercoop" },
    });
    const parsed = ZActivityCreate.parse(payload);
    expect(parsed).toMatchObject({ dataQuality: "estimated", uncertaintyPct: null, libraryFactorId: "ademe:15591" });
    expect(parsed.marketInstrument).toEqual({ kind: "supplier", kgCO2ePerKWh: "0.035", supplier: "Enercoop" });
    const en = { ...values, marketInstrument: { kind: "residual_mix" as const, kgCO2ePerKWh: "0.0421" } };
    expect(ZActivityCreate.parse(toActivityPayload(en, [], "en", { electricity: true })).marketInstrument).toEqual({
      kind: "residual_mix",
      kgCO2ePerKWh: "0.0421",
      supplier: null,
    });
    // Not an electricity type: no contract is sent, whatever the form holds.
    expect(toActivityPayload(values, [], "fr").marketInstrument).toBeNull();
    // An explicit percentage, typed in French, goes with the level (the percentage wins on the server).
    expect(toActivityPayload({ ...values, uncertaintyPct: "7,5" }, [], "fr").uncertaintyPct).toBe("7.5");
  });

  it("a stored line comes back with its options, choices and contract in the user's notation", () => {
    const stored = {
      periodId: "p",
      activityTypeId: "energy.electricity.grid",
      quantity: "10000",
      unit: "kWh",
      activityDate: null,
      siteId: null,
      productId: null,
      label: null,
      description: null,
      uncertaintyPct: null,
      dataQuality: "metered",
      marketInstrument: { kind: "residual_mix", kgCO2ePerKWh: "0.0421", supplier: null },
      options: { direction: "downstream", treatment: "landfill", lifetimeYears: 2.5, pue: 1.4 },
    };
    const picked = {
      id: "ademe:15591@23.6",
      ref: "ademe:15591",
      nameFr: "Électricité",
      nameEn: null,
      value: "0.052",
      unit: "kWh",
      uncertaintyPct: null,
    };
    const fr = (v: string) => v.replace(".", ",");
    const values = valuesFromStored(stored, fr, picked);
    expect(values).toMatchObject({
      quantity: "10000",
      dataQuality: "metered",
      uncertaintyPct: "",
      libraryFactor: picked,
      marketInstrument: { kind: "residual_mix", kgCO2ePerKWh: "0,0421" },
      options: { direction: "downstream", treatment: "landfill", lifetimeYears: "2,5", pue: "1,4" },
    });
    expect(values.marketInstrument).not.toHaveProperty("supplier");
    // Round trip: what the form shows is what it sends back.
    const payload = toActivityPayload(values, ["direction", "treatment", "lifetimeYears", "pue"], "fr", {
      electricity: true,
    });
    expect(payload).toMatchObject({
      quantity: "10000",
      dataQuality: "metered",
      libraryFactorId: "ademe:15591",
      marketInstrument: { kind: "residual_mix", kgCO2ePerKWh: "0.0421" },
      options: { direction: "downstream", treatment: "landfill", lifetimeYears: 2.5, pue: 1.4 },
    });
    expect(valuesFromStored({ ...stored, marketInstrument: null, dataQuality: null }, fr)).toMatchObject({
      dataQuality: null,
      libraryFactor: null,
      marketInstrument: null,
    });
  });
});

describe("resolution rule", () => {
  it("splits a region fallback from the year rule", () => {
    expect(splitRule("exact")).toEqual({ base: "exact", fallback: null });
    expect(splitRule("region-fallback:EU")).toEqual({ base: "exact", fallback: "EU" });
    expect(splitRule("region-fallback:WORLD+earlier-year")).toEqual({ base: "earlier-year", fallback: "WORLD" });
  });
});

describe("hosting by servers", () => {
  const hosting = {
    ...base,
    activityTypeId: "digital.hosting.owned",
    hostingMode: "servers" as const,
    region: "DE",
    quantity: "999",
    unit: "kWh",
    options: { ...base.options, pue: "1,5", servers: { count: "4", watts: "350,5", hours: "" } },
  };

  it("sends the servers (French decimals read), the period's 8,760 h for empty hours, the country, and no quantity", () => {
    const payload = toActivityPayload(hosting, ["servers", "pue"], "fr", { periodHours: 8760 });
    expect(payload).toMatchObject({ quantity: "", unit: "", region: "DE" });
    expect(payload.options).toEqual({ pue: 1.5, servers: { count: 4, watts: 350.5, hours: 8760 } });
    expect(ZActivityCreate.safeParse(payload).success).toBe(true);
    // Metered mode sends the kWh typed and no servers.
    const metered = toActivityPayload({ ...hosting, hostingMode: "energy" }, ["servers", "pue"], "fr");
    expect(metered).toMatchObject({ quantity: "999", unit: "kWh" });
    expect(metered.options).toEqual({ pue: 1.5 });
  });

  it("a fractional server count is a field message on options.servers.count", () => {
    const payload = toActivityPayload(
      { ...hosting, options: { ...hosting.options, servers: { count: "2,5", watts: "350", hours: "100" } } },
      ["servers"],
      "fr",
    );
    expect(ZActivityCreate.safeParse(payload).error?.issues).toEqual([
      expect.objectContaining({ path: ["options", "servers", "count"], message: "activity.validation.serverCount" }),
    ]);
  });

  it("reopens a stored line with its servers in the user's notation and the servers mode", () => {
    const values = valuesFromStored(
      {
        periodId: "p",
        activityTypeId: "digital.hosting.owned",
        quantity: "12264",
        unit: "kWh",
        region: "DE",
        activityDate: null,
        siteId: null,
        productId: null,
        label: null,
        description: null,
        uncertaintyPct: null,
        options: { servers: { count: 4, watts: 350.5, hours: 8760 } },
      },
      (v) => new Intl.NumberFormat("fr", { maximumFractionDigits: 20 }).format(Number(v)),
    );
    expect(values).toMatchObject({ hostingMode: "servers", quantity: "", region: "DE" });
    expect(values.options.servers).toEqual({ count: "4", watts: "350,5", hours: "8\u202f760" });
  });
});
