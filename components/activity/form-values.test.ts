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

describe("resolution rule", () => {
  it("splits a region fallback from the year rule", () => {
    expect(splitRule("exact")).toEqual({ base: "exact", fallback: null });
    expect(splitRule("region-fallback:EU")).toEqual({ base: "exact", fallback: "EU" });
    expect(splitRule("region-fallback:WORLD+earlier-year")).toEqual({ base: "earlier-year", fallback: "WORLD" });
  });
});
