import { FACTOR_UNITS } from "@/lib/factors/record";
import { optionalInt, optionalText, optionalUserDecimal, requiredText, userDecimal, ZId, z } from "@/lib/validation";

// Messages in the customFactors namespace are shown by the custom factor form (components/factors);
// the others are the shared validation keys.
export const CUSTOM_FACTOR_MESSAGES = {
  region: "customFactors.validation.region",
} as const;

const ZRegion = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^([A-Z]{2}|EU|WORLD)$/, { error: CUSTOM_FACTOR_MESSAGES.region })
    .nullable(),
);

// Built for the user's locale, which decides how typed numbers read ("0,052" in French, "0.052" in English).
export const zCustomFactorCreate = (locale: string) =>
  z.object({
    nameFr: requiredText(200),
    nameEn: optionalText(200),
    unit: z.enum(FACTOR_UNITS),
    value: userDecimal(locale, { min: 0, max: 999_999_999_999, maxFractionDigits: 15 }),
    uncertaintyPct: optionalUserDecimal(locale, { min: 0, max: 1000, maxFractionDigits: 15 }),
    source: requiredText(300),
    justification: requiredText(2000, { min: 10, multiline: true }),
    region: ZRegion,
    referenceYear: optionalInt(1990, 2100),
  });
export type TCustomFactorCreate = z.output<ReturnType<typeof zCustomFactorCreate>>;
export type TCustomFactorInput = z.input<ReturnType<typeof zCustomFactorCreate>>;

// A new version takes the same fields: the organisation and the lineage never change.
export const zCustomFactorVersion = zCustomFactorCreate;
export type TCustomFactorVersion = TCustomFactorCreate;

export const ZCustomFactorId = ZId;
