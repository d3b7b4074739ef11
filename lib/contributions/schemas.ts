import { optionalText, requiredText, userDecimal, z } from "@/lib/validation";

export const CONTRIBUTION_KINDS = ["AVOIDANCE", "REMOVAL"] as const;

const ZVintage = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number().int({ error: "validation.integer" }).min(1990).max(2100),
);

// A funded project, typed in the user's locale ("12,50" € per tonne in French). No organisation field.
export const zContributionCreate = (locale: string) =>
  z
    .object({
      name: requiredText(160),
      kind: z.enum(CONTRIBUTION_KINDS),
      standard: optionalText(120),
      registry: optionalText(200),
      vintage: ZVintage,
      tonnes: userDecimal(locale, { min: "0.001", max: 100_000_000, maxFractionDigits: 3 }),
      pricePerTonneEur: userDecimal(locale, { min: 0, max: 100_000, maxFractionDigits: 2 }),
    })
    .strict();
export type TContributionCreate = z.output<ReturnType<typeof zContributionCreate>>;
