import { describe, expect, it } from "vitest";
import { variantKeyOf } from "@/lib/activity/variant-key";

describe("variantKeyOf", () => {
  it("keeps a flight's band, seat class and contrails, in name order, after the unit", () => {
    const key = variantKeyOf(
      { variant: { seatClass: "101_220", contrails: true }, legKmBand: [1000, 2000] },
      "passenger.km",
    );
    expect(key).toBe("unit=passenger.km;band=1000-2000;contrails=true;seatClass=101_220");
  });

  it("writes an open-ended band as max", () => {
    expect(variantKeyOf({ variant: {}, legKmBand: [5000, null] }, "passenger.km")).toBe(
      "unit=passenger.km;band=5000-max",
    );
  });

  it("keeps a spend ratio category and purpose but nothing of the ratio year", () => {
    const key = variantKeyOf(
      { variant: { ratioCategory: "conseil", purpose: "purchased_services" }, legKmBand: null },
      "k€",
    );
    expect(key).toBe("unit=k€;purpose=purchased_services;ratioCategory=conseil");
  });

  it("leaves out the GWP set and what only scales the quantity", () => {
    const key = variantKeyOf(
      { variant: { gwpSet: "AR6", pue: 1.4, capitalGoodsMethod: "amortised", lifetimeYears: 4 }, legKmBand: null },
      "unit",
    );
    expect(key).toBe("unit=unit");
  });
});
