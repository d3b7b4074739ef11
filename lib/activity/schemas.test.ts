import { describe, expect, it } from "vitest";
import { ZActivityBulkRow, ZActivityCreate, ZActivityUpdate } from "@/lib/activity/schemas";
import { fieldErrorsOf } from "@/lib/validation";

const base = { periodId: "p1", activityTypeId: "energy.electricity.grid", quantity: "12000", unit: "kWh" };

describe("activity schemas", () => {
  it("reads form values: decimal comma, spaces, empty strings as null, upper-case regions", () => {
    const parsed = ZActivityCreate.parse({
      ...base,
      quantity: "1 200,5",
      siteId: "",
      region: " fr ",
      uncertaintyPct: "5,5",
      activityDate: "2024-03-31",
      activityYear: "",
    });
    expect(parsed).toMatchObject({
      quantity: "1200.5",
      siteId: null,
      region: "FR",
      uncertaintyPct: "5.5",
      activityDate: "2024-03-31",
      activityYear: null,
      requestId: null,
      options: {},
    });
    expect(ZActivityCreate.parse({ ...base, quantity: 18.25 }).quantity).toBe("18.25");
  });

  it("refuses malformed values with translation keys", () => {
    const result = ZActivityCreate.safeParse({
      ...base,
      quantity: "-3",
      region: "France",
      activityDate: "2023-02-30",
      uncertaintyPct: "2000",
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      quantity: "activity.validation.decimal",
      region: "activity.validation.region",
      activityDate: "activity.validation.date",
      uncertaintyPct: "activity.validation.decimal",
    });
  });

  it("needs a quantity and a unit unless a flight is given as airports", () => {
    expect(fieldErrorsOf(ZActivityCreate.safeParse({ ...base, quantity: "", unit: "" }).error!)).toEqual({
      quantity: "validation.required",
      unit: "validation.required",
    });
    const flight = ZActivityCreate.parse({
      periodId: "p1",
      activityTypeId: "travel.plane",
      options: { airports: { from: "cdg", to: "nce" } },
    });
    expect(flight.options.airports).toEqual({ from: "CDG", to: "NCE", returnTrip: false, passengers: 1 });
    const notAFlight = ZActivityCreate.safeParse({ ...base, options: { airports: { from: "CDG", to: "NCE" } } });
    expect(fieldErrorsOf(notAFlight.error!)).toEqual({
      "options.airports": "activity.validation.airportsOnlyForFlights",
    });
    expect(ZActivityCreate.safeParse({ ...base, options: { colour: "green" } }).success).toBe(false);
  });

  it("takes a hotel's country as an ISO code (trimmed, upper-cased) and refuses anything else", () => {
    const stay = { ...base, activityTypeId: "travel.hotel", quantity: "3", unit: "night" };
    expect(ZActivityCreate.parse({ ...stay, options: { country: " pt " } }).options.country).toBe("PT");
    expect(fieldErrorsOf(ZActivityCreate.safeParse({ ...stay, options: { country: "Portugal" } }).error!)).toEqual({
      "options.country": "activity.validation.region",
    });
  });

  it("takes a spend line's ratio category (one of ADEME's 56) and purpose, and names an unknown one", () => {
    const spend = { ...base, activityTypeId: "spend.ratio", quantity: "1 200", unit: "EUR" };
    const parsed = ZActivityCreate.parse({
      ...spend,
      options: { ratioCategory: "hotels_restaurants", purpose: "purchased_services" },
    });
    expect(parsed.options).toEqual({ ratioCategory: "hotels_restaurants", purpose: "purchased_services" });
    const bad = ZActivityCreate.safeParse({ ...spend, options: { ratioCategory: "caviar", purpose: "gifts" } });
    expect(bad.success ? {} : fieldErrorsOf(bad.error)).toEqual({
      "options.ratioCategory": "activity.validation.unknownRatioCategory",
      "options.purpose": "activity.validation.unknownPurpose",
    });
  });

  it("refuses an input carrying its organisation, its author or a status, naming the field", () => {
    for (const schema of [ZActivityCreate, ZActivityUpdate, ZActivityBulkRow]) {
      const smuggled = schema.safeParse({ ...base, organizationId: "someone-else", status: "VALIDATED" });
      expect(smuggled.success ? {} : fieldErrorsOf(smuggled.error)).toEqual({
        organizationId: "validation.unknownField",
        status: "validation.unknownField",
      });
    }
    expect(ZActivityCreate.safeParse({ ...base, createdById: "u1" }).success).toBe(false);
  });

  it("links a new line to a request, never an edit", () => {
    expect(ZActivityCreate.parse({ ...base, requestId: "r1" }).requestId).toBe("r1");
    expect(ZActivityUpdate.safeParse({ ...base, requestId: "r1" }).success).toBe(false);
  });

  it("gives import rows a source, MANUAL by default", () => {
    expect(ZActivityBulkRow.parse(base)).toMatchObject({ sourceKind: "MANUAL", sourceRef: null });
    expect(ZActivityBulkRow.parse({ ...base, sourceKind: "FEC_IMPORT", sourceRef: " fec-2024:612 " })).toMatchObject({
      sourceKind: "FEC_IMPORT",
      sourceRef: "fec-2024:612",
    });
    expect(ZActivityBulkRow.safeParse({ ...base, sourceKind: "EMAIL" }).success).toBe(false);
  });
});
