import { describe, expect, it } from "vitest";
import { formOptionsFor } from "@/lib/activity/form-options";

const typeOf = (category: Parameters<typeof formOptionsFor>[0], id: string) =>
  formOptionsFor(category).types.find((t) => t.id === id);

// The form asks each type only the options its mapping uses (emission-factors/mappings/activity-types.json).
describe("form options per activity type", () => {
  it("freight asks the direction; a van also its fuel", () => {
    expect(typeOf("freight", "freight.road.van")).toMatchObject({
      optionKeys: ["fuel", "direction"],
      fuels: ["diesel", "petrol", "lpg", "cng"],
    });
    expect(typeOf("freight", "freight.rail")?.optionKeys).toEqual(["direction"]);
  });

  it("waste lists only the treatments ADEME publishes for the material, the default first", () => {
    expect(typeOf("waste", "waste.plastics")).toMatchObject({
      optionKeys: ["treatment"],
      treatments: ["average", "incineration", "landfill"],
    });
    expect(typeOf("waste", "waste.organic")?.treatments).toEqual([
      "composting",
      "anaerobic_digestion",
      "incineration",
      "landfill",
    ]);
    expect(typeOf("waste", "waste.wastewater")?.optionKeys).toEqual([]);
  });

  it("equipment asks a lifetime, with ADEME-Arcep's default when published (smartphone 2.5 years, rack none)", () => {
    expect(typeOf("equipment", "equipment.smartphone")).toMatchObject({
      optionKeys: ["lifetimeYears"],
      lifetimeYears: 2.5,
    });
    expect(typeOf("equipment", "equipment.rack")).toMatchObject({
      optionKeys: ["lifetimeYears"],
      lifetimeYears: null,
    });
  });

  it("hosting asks the PUE; owned hosting is electricity (it takes a contract), cloud is not", () => {
    expect(typeOf("digital", "digital.hosting.owned")).toMatchObject({
      optionKeys: ["servers", "pue"],
      profile: "electricity",
    });
    expect(typeOf("digital", "digital.hosting.cloud")).toMatchObject({
      optionKeys: ["servers", "pue"],
      profile: "cloud_services",
    });
    expect(typeOf("energy", "energy.district_heating")?.optionKeys).toEqual(["network"]);
    // Energy is offered in kWh first, as bills state it.
    expect(typeOf("energy", "energy.electricity.grid")?.units[0]).toBe("kWh");
    // Video calls in hours first (minutes still offered); e-mails and storage in their own units.
    expect(typeOf("digital", "digital.video_call.laptop")?.units).toEqual(["hour", "minute"]);
    expect(typeOf("digital", "digital.email.text")?.units).toEqual(["email"]);
    expect(typeOf("digital", "digital.cloud_storage")?.units).toEqual(["GB.year"]);
  });
});
