import { describe, expect, it } from "vitest";
import { ZOrganizationProfile } from "@/lib/organizations/profile-schemas";

const form = {
  name: " Albedo SAS ",
  country: "fr",
  naceCode: "62.01",
  headcount: "42",
  annualRevenueEur: "1 250 000,50",
  fiscalYearStartMonth: "4",
  baseYear: "2022",
  currency: "eur",
};

describe("ZOrganizationProfile", () => {
  it("turns form text into typed values", () => {
    expect(ZOrganizationProfile.parse(form)).toEqual({
      name: "Albedo SAS",
      country: "FR",
      naceCode: "62.01",
      headcount: 42,
      annualRevenueEur: "1250000.50",
      fiscalYearStartMonth: 4,
      baseYear: 2022,
      currency: "EUR",
    });
  });

  it("treats empty optional fields as not given", () => {
    const parsed = ZOrganizationProfile.parse({
      ...form,
      naceCode: "",
      headcount: "",
      annualRevenueEur: "",
      baseYear: "",
    });
    expect(parsed).toMatchObject({ naceCode: null, headcount: null, annualRevenueEur: null, baseYear: null });
  });

  it("never carries identity or ownership fields", () => {
    const parsed = ZOrganizationProfile.parse({
      ...form,
      id: "x",
      slug: "pirate",
      organizationId: "y",
      consultingFirmId: "z",
    });
    expect(Object.keys(parsed).sort()).toEqual([
      "annualRevenueEur",
      "baseYear",
      "country",
      "currency",
      "fiscalYearStartMonth",
      "headcount",
      "naceCode",
      "name",
    ]);
  });

  it.each([
    ["naceCode", "6201", "validation.naceCode"],
    ["naceCode", "62.012", "validation.naceCode"],
    ["annualRevenueEur", "-5", "validation.revenue"],
    ["annualRevenueEur", "12.345", "validation.revenue"],
    ["fiscalYearStartMonth", "13", "validation.month"],
    ["fiscalYearStartMonth", "0", "validation.month"],
    ["baseYear", "1989", "validation.year"],
    ["baseYear", "2101", "validation.year"],
    ["currency", "EURO", "validation.currency"],
    ["country", "FRA", "validation.country"],
  ])("rejects %s = %j with %s", (field, value, message) => {
    const result = ZOrganizationProfile.safeParse({ ...form, [field]: value });
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });

  it("accepts a NACE division or group as well as a class", () => {
    expect(ZOrganizationProfile.parse({ ...form, naceCode: "62" }).naceCode).toBe("62");
    expect(ZOrganizationProfile.parse({ ...form, naceCode: "62.0" }).naceCode).toBe("62.0");
  });
});
