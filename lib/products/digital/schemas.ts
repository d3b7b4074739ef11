import { DEVICE_TYPES } from "@/lib/products/digital/constants";
import { z, ZId } from "@/lib/validation";

// A product's digital-use model for one period, in the units people think in (MB, %, minutes). The same
// schema checks the stored JSON, the server action's input (after the form's locale parsing) and the
// sensitivity variants, so a bad value never reaches the model.

export const DIGITAL_METHODS = ["SWD_V4", "ADEME_ARCEP"] as const;
export type TDigitalMethod = (typeof DIGITAL_METHODS)[number];

const pct = z.number().min(0, { error: "validation.tooSmall?min=0" }).max(100, { error: "validation.tooBig?max=100" });
const minutes = z.number().min(0).max(1440, { error: "validation.tooBig?max=1440" });
const sumsTo100 = (values: number[]) => Math.abs(values.reduce((a, b) => a + b, 0) - 100) < 0.001;

export const ZDeviceMix = z.strictObject({
  smartphone: z.strictObject({ minutes }),
  // Shares of the requests that are not mobile (100 − mobile share), summing to 100.
  tablet: z.strictObject({ sharePct: pct, minutes }),
  laptop: z.strictObject({ sharePct: pct, minutes }),
  desktop: z.strictObject({ sharePct: pct, minutes }),
});
export type TDeviceMix = z.infer<typeof ZDeviceMix>;

export const ZCountryShare = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, { error: "activity.validation.region" }),
  sharePct: pct.refine((v) => v > 0, { error: "validation.tooSmall?min=0" }),
});

export const ZDigitalModel = z
  .strictObject({
    method: z.enum(DIGITAL_METHODS),
    monthlyRequests: z.number().min(0).max(1e15),
    mbUpPerRequest: z.number().min(0).max(1e6),
    mbDownPerRequest: z.number().min(0).max(1e6),
    mobileSharePct: pct,
    devices: ZDeviceMix,
    countries: z.array(ZCountryShare).min(1, { error: "products.digital.validation.countries" }).max(20),
  })
  .superRefine((m, ctx) => {
    if (!sumsTo100(m.countries.map((c) => c.sharePct)))
      ctx.addIssue({ code: "custom", path: ["countries"], message: "products.digital.validation.countriesSum" });
    if (new Set(m.countries.map((c) => c.country)).size !== m.countries.length)
      ctx.addIssue({ code: "custom", path: ["countries"], message: "products.digital.validation.countriesUnique" });
    const fixed = DEVICE_TYPES.filter((d) => d !== "smartphone").map((d) => m.devices[d as "tablet"].sharePct);
    if (m.mobileSharePct < 100 && !sumsTo100(fixed))
      ctx.addIssue({ code: "custom", path: ["devices"], message: "products.digital.validation.devicesSum" });
  });
export type TDigitalModel = z.infer<typeof ZDigitalModel>;

export const ZDigitalModelSave = z.strictObject({ productId: ZId, periodId: ZId, model: ZDigitalModel });
export type TDigitalModelSave = z.infer<typeof ZDigitalModelSave>;
