import { FACTOR_UNITS } from "@/lib/factors/record";
import { optionalInt, optionalText, z } from "@/lib/validation";

// Messages in the customFactors namespace are shown by the custom factor form (components/factors);
// the others are the shared validation keys.
export const CUSTOM_FACTOR_MESSAGES = {
  decimal: "customFactors.validation.decimal",
  uncertainty: "customFactors.validation.uncertainty",
  region: "customFactors.validation.region",
} as const;

// Form inputs arrive as strings; "0,052" (French decimal comma) and "1 200" are accepted.
const decimalText = (v: unknown) =>
  typeof v === "string"
    ? v
        .trim()
        .replace(/[\s\u00a0\u202f]/g, "")
        .replace(",", ".")
    : v;
const DECIMAL = /^\d{1,12}(\.\d{1,15})?$/;

const ZFactorValue = z.preprocess(
  decimalText,
  z.string().min(1).regex(DECIMAL, { error: CUSTOM_FACTOR_MESSAGES.decimal }),
);

const ZUncertainty = z.preprocess(
  (v) => {
    const text = decimalText(v);
    return text === "" || text === undefined || text === null ? null : text;
  },
  z
    .string()
    .regex(DECIMAL, { error: CUSTOM_FACTOR_MESSAGES.uncertainty })
    .refine((v) => Number(v) <= 1000, { error: CUSTOM_FACTOR_MESSAGES.uncertainty })
    .nullable(),
);

const ZRegion = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^([A-Z]{2}|EU|WORLD)$/, { error: CUSTOM_FACTOR_MESSAGES.region })
    .nullable(),
);

export const ZCustomFactorCreate = z.object({
  nameFr: z.string().trim().min(1).max(200),
  nameEn: optionalText(200),
  unit: z.enum(FACTOR_UNITS),
  value: ZFactorValue,
  uncertaintyPct: ZUncertainty,
  source: z.string().trim().min(1).max(300),
  justification: z.string().trim().min(10).max(2000),
  region: ZRegion,
  referenceYear: optionalInt(1990, 2100),
});
export type TCustomFactorCreate = z.infer<typeof ZCustomFactorCreate>;

// A new version takes the same fields: the organisation and the lineage never change.
export const ZCustomFactorVersion = ZCustomFactorCreate;
export type TCustomFactorVersion = z.infer<typeof ZCustomFactorVersion>;

export const ZCustomFactorId = z.string().min(1).max(64);
