import { describe, expect, it } from "vitest";
import { defaultEntryFor, defaultTable, spendChoices } from "@/lib/imports/fec/default-mapping";

const choice = (account: string) => {
  const e = defaultEntryFor(account);
  return e && [e.prefix, e.treatment, e.ratioCategory, e.purpose];
};

describe("the default PCG prefix table", () => {
  it("loads, and offers every one of ADEME's 56 ratio categories and the seven purposes", () => {
    expect(defaultTable().size).toBeGreaterThan(80);
    const { categories, purposes } = spendChoices();
    expect(categories).toHaveLength(56);
    expect(purposes.map((p) => p.id)).toEqual([
      "purchased_goods",
      "purchased_services",
      "capital_goods",
      "business_travel",
      "freight_inbound",
      "freight_outbound",
      "waste_services",
    ]);
  });

  it("takes the longest prefix", () => {
    expect(choice("606400")).toEqual(["6064", "mapped", "paper", "purchased_goods"]);
    expect(choice("6068")).toEqual(["6068", "mapped", "other_manufactured_goods", "purchased_goods"]);
    expect(choice("60611000")).toEqual(["6061", "excluded", null, null]);
    expect(choice("62510")).toEqual(["6251", "mapped", "land_transport", "business_travel"]);
    expect(choice("62420")).toEqual(["6242", "mapped", "land_transport", "freight_outbound"]);
    expect(choice("6256")).toEqual(["6256", "mapped", "hotels_restaurants", "business_travel"]);
    expect(choice("6257")).toEqual(["6257", "mapped", "hotels_restaurants", "purchased_services"]);
    expect(choice("21830000")).toEqual(["2183", "mapped", "it_hardware", "capital_goods"]);
    expect(choice("651100")).toEqual(["651", "mapped", "it_services", "purchased_services"]);
    expect(choice("658")).toEqual(["65", "outOfScope", null, null]);
    expect(choice("6999")).toEqual(["69", "outOfScope", null, null]);
    expect(choice("6411")).toEqual(["64", "outOfScope", null, null]);
    expect(choice("6899")).toEqual(["68", "outOfScope", null, null]);
    expect(choice("6789")).toEqual(["67", "outOfScope", null, null]);
    expect(choice("2199")).toEqual(["2", "mapped", "machinery", "capital_goods"]);
    expect(choice("401")).toBeNull();
  });

  it("marks what physical data covers", () => {
    expect(defaultEntryFor("6061")?.coveredBy).toContain("energy.");
    expect(defaultEntryFor("6251")?.coveredBy).toEqual(["travel."]);
    expect(defaultEntryFor("6064")?.coveredBy).toBeUndefined();
  });
});
