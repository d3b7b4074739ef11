import { ZYear } from "@/lib/periods/schemas";
import { ZCountryCode } from "@/lib/sites/schemas";
import { optionalInt, z } from "@/lib/validation";

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

// Accepts "1 234 567,89" as typed in French as well as "1234567.89"; kept as a string so the
// Decimal(16,2) column receives exactly what was typed, never a rounded float.
const ZRevenue = z.preprocess(
  (v) => {
    const value = emptyToNull(v);
    if (typeof value === "number") return String(value);
    return typeof value === "string" ? value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".") : value;
  },
  z
    .string()
    .regex(/^\d{1,14}(\.\d{1,2})?$/, { error: "validation.revenue" })
    .nullable(),
);

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
export const ZOrganizationProfile = z.object({
  name: z.string().trim().min(1).max(120),
  country: ZCountryCode,
  naceCode: ZNaceCode,
  headcount: optionalInt(0, 10_000_000),
  annualRevenueEur: ZRevenue,
  fiscalYearStartMonth: ZMonth,
  baseYear: z.preprocess(emptyToNull, ZYear.nullable()),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: "validation.currency" }),
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfile>;
