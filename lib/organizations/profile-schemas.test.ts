import { describe, expect, it } from "vitest";
import { zOrganizationProfile } from "@/lib/organizations/profile-schemas";

const ZOrganizationProfile = zOrganizationProfile("fr");

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
    ["annualRevenueEur", "-5", "validation.tooSmall?min=0"],
    ["annualRevenueEur", "12,345", "validation.decimals?max=2"],
    ["annualRevenueEur", "1,250.5", "validation.number"],
    ["annualRevenueEur", "100000000000000", "validation.tooBig?max=99999999999999.99"],
    ["headcount", "12,5", "validation.integer"],
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

  it("reads numbers the way the user's language writes them", () => {
    const en = zOrganizationProfile("en");
    expect(en.parse({ ...form, annualRevenueEur: "9,500,000", headcount: "1,200" })).toMatchObject({
      annualRevenueEur: "9500000",
      headcount: 1200,
    });
    expect(
      ZOrganizationProfile.parse({ ...form, annualRevenueEur: "9\u202f500\u00a0000", headcount: "1 200" }),
    ).toMatchObject({ annualRevenueEur: "9500000", headcount: 1200 });
    expect(en.safeParse({ ...form, annualRevenueEur: "1 250 000,50" }).error?.issues[0]?.message).toBe(
      "validation.number",
    );
  });
});
