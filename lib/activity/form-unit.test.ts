import { describe, expect, it } from "vitest";
import { formUnitOf } from "@/lib/activity/form-unit";

describe("the unit a stored line shows in the form", () => {
  it("maps a stored spelling to the code the select offers, so saving keeps 14.4 k€ as k€", () => {
    expect(formUnitOf("k€", ["EUR", "kEUR"])).toBe("kEUR");
    expect(formUnitOf("€", ["EUR", "kEUR"])).toBe("EUR");
  });

  it("keeps a unit the select offers, and leaves anything else for the schema to report", () => {
    expect(formUnitOf("kWh", ["kWh", "MWh"])).toBe("kWh");
    expect(formUnitOf("furlong", ["km"])).toBe("furlong");
  });
});
