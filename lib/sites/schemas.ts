import { optionalInt, optionalText, z } from "@/lib/validation";

export const SITE_KINDS = ["OFFICE", "PLANT", "DATA_CENTER", "WAREHOUSE", "STORE", "OTHER"] as const;

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "validation.country" });

export const ZSiteCreate = z.object({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(SITE_KINDS),
  address: optionalText(200),
  city: optionalText(120),
  country: ZCountryCode,
  surfaceM2: optionalInt(0, 10_000_000),
  headcount: optionalInt(0, 10_000_000),
});
export type TSiteCreate = z.infer<typeof ZSiteCreate>;

// Same fields as create: a site's owner never changes, so there is nothing else to exclude.
export const ZSiteUpdate = ZSiteCreate;
export type TSiteUpdate = z.infer<typeof ZSiteUpdate>;

export const ZEntityId = z.string().min(1).max(64);
