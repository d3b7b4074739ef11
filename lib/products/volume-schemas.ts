import { optionalUserDecimal, z, ZId } from "@/lib/validation";

// A product's functional-unit volumes, one per period, typed in the user's locale ("12 500,5" in French).
// Empty = no volume for that period (the row is removed). Stored in a numeric(20, 6) column.
const VOLUME_MAX = "99999999999999.999999";

export const zProductVolumes = (locale: string) =>
  z.object({
    productId: ZId,
    volumes: z
      .array(
        z.object({
          periodId: ZId,
          volume: optionalUserDecimal(locale, { min: "0.000001", max: VOLUME_MAX, maxFractionDigits: 6 }),
        }),
      )
      .min(1)
      .max(50)
      .refine((rows) => new Set(rows.map((r) => r.periodId)).size === rows.length),
  });
export type TProductVolumes = z.output<ReturnType<typeof zProductVolumes>>;
export type TProductVolumesInput = z.input<ReturnType<typeof zProductVolumes>>;
