import { optionalUserDecimal, optionalUserInteger, z } from "@/lib/validation";

// A period's own headcount and revenue, typed in the user's locale; empty = the profile's figures.
export const zPeriodFigures = (locale: string) =>
  z.object({
    headcount: optionalUserInteger(locale, { min: 1, max: 10_000_000 }),
    annualRevenueEur: optionalUserDecimal(locale, { min: "0.01", max: "99999999999999.99", maxFractionDigits: 2 }),
  });
export type TPeriodFigures = z.output<ReturnType<typeof zPeriodFigures>>;
