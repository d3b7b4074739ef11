import { ZYear } from "@/lib/periods/schemas";
import { ZCountryCode } from "@/lib/sites/schemas";
import { optionalUserDecimal, optionalUserInteger, requiredText, z } from "@/lib/validation";

const emptyToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

// NACE rev. 2 division, group or class: "62", "62.0" or "62.01".
const ZNaceCode = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{1,2})?$/, { error: "validation.naceCode" })
    .nullable(),
);

// Revenue goes to a Decimal(16, 2) column as the exact decimal typed, never a rounded float.
const REVENUE_MAX = "99999999999999.99";

const ZMonth = z.preprocess(
  (v) => (typeof v === "string" && v !== "" ? Number(v) : v),
  z
    .number({ error: "validation.month" })
    .int({ error: "validation.month" })
    .min(1, { error: "validation.month" })
    .max(12, { error: "validation.month" }),
);

// Only the profile's own fields: z.object drops anything else (id, slug, organizationId, consultingFirmId),
// so a crafted request cannot move the organisation or rename its URL through this form.
// Built for the user's locale, which decides how typed numbers read ("1 250 000,50" in French).
export const zOrganizationProfile = (locale: string) =>
  z.object({
    name: requiredText(120),
    country: ZCountryCode,
    naceCode: ZNaceCode,
    headcount: optionalUserInteger(locale, { min: 0, max: 10_000_000 }),
    annualRevenueEur: optionalUserDecimal(locale, { min: 0, max: REVENUE_MAX, maxFractionDigits: 2 }),
    fiscalYearStartMonth: ZMonth,
    baseYear: z.preprocess(emptyToNull, ZYear.nullable()),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: "validation.currency" }),
  });
export type TOrganizationProfile = z.output<ReturnType<typeof zOrganizationProfile>>;
export type TOrganizationProfileInput = z.input<ReturnType<typeof zOrganizationProfile>>;
