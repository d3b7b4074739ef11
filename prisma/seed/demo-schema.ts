import { ZDigitalModel } from "@/lib/products/digital/schemas";
import { z } from "zod";

const ZMember = z.object({
  email: z.string().email(),
  name: z.string().min(1),
  role: z.enum(["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"]),
});
const ZSite = z.object({
  name: z.string().min(1),
  kind: z.enum(["OFFICE", "PLANT", "DATA_CENTER", "WAREHOUSE", "STORE", "OTHER"]),
  address: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().length(2),
  surfaceM2: z.number().int().nullable(),
  headcount: z.number().int().nullable(),
});

const ZYearKey = z.string().regex(/^\d{4}$/);
const ZDecimalText = z.string().regex(/^\d+(\.\d{1,6})?$/);

export const ZDemoData = z.object({
  password: z.string().min(10),
  firm: z.object({
    name: z.string(),
    slug: z.string(),
    consultants: z.array(z.object({ email: z.string().email(), name: z.string() })),
  }),
  organizations: z.array(
    z.object({
      name: z.string(),
      slug: z.string().regex(/^[a-z0-9-]+$/),
      country: z.string().length(2),
      naceCode: z.string().nullable(),
      headcount: z.number().int(),
      annualRevenueEur: z.string().regex(/^\d+(\.\d{1,2})?$/),
      fiscalYearStartMonth: z.number().int().min(1).max(12),
      baseYear: z.number().int(),
      servedByFirm: z.boolean(),
      members: z.array(ZMember).min(1),
      sites: z.array(ZSite),
      products: z.array(
        z.object({
          name: z.string(),
          description: z.string().nullable(),
          functionalUnit: z.string(),
          // Functional units produced or sold per year (ProductPeriodVolume): the product intensities.
          volumes: z.record(ZYearKey, ZDecimalText).default({}),
          // Its digital-use model per year (lib/products/digital), computed into the year's activity data.
          digitalModels: z.record(ZYearKey, ZDigitalModel).default({}),
        }),
      ),
      periods: z.array(z.number().int()),
      // Each year's own headcount and revenue (the period's figures used by the intensities).
      periodFigures: z
        .record(ZYearKey, z.object({ headcount: z.number().int().positive(), annualRevenueEur: ZDecimalText }))
        .default({}),
      lockedPeriods: z.array(z.number().int()),
    }),
  ),
});
export type TDemoData = z.infer<typeof ZDemoData>;
