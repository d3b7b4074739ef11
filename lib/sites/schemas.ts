import { optionalText, optionalUserInteger, requiredText, ZId, z } from "@/lib/validation";

export const SITE_KINDS = ["OFFICE", "PLANT", "DATA_CENTER", "WAREHOUSE", "STORE", "OTHER"] as const;

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "validation.country" });

// Built for the user's locale, which decides how typed numbers read ("1 200" in French, "1,200" in English).
export const zSiteCreate = (locale: string) =>
  z.object({
    name: requiredText(120),
    kind: z.enum(SITE_KINDS),
    address: optionalText(200, { multiline: true }),
    city: optionalText(120),
    country: ZCountryCode,
    surfaceM2: optionalUserInteger(locale, { min: 0, max: 10_000_000 }),
    headcount: optionalUserInteger(locale, { min: 0, max: 10_000_000 }),
  });
export type TSiteCreate = z.output<ReturnType<typeof zSiteCreate>>;

// Same fields as create: a site's owner never changes, so there is nothing else to exclude.
export const zSiteUpdate = zSiteCreate;
export type TSiteUpdate = TSiteCreate;

export const ZEntityId = ZId;
