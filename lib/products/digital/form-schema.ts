import { DIGITAL_METHODS, ZDigitalModelSave } from "@/lib/products/digital/schemas";
import { optionalUserDecimal, userDecimal, z, ZId } from "@/lib/validation";

// The model form's fields, typed the user's way ("1,2" Mo in French), shaped like ZDigitalModelSave so the
// model's own checks (shares summing to 100 %…) land on the same field names. Empty country rows are dropped.

export const MAX_COUNTRY_ROWS = 6;

export const zDigitalModelForm = (locale: string) => {
  const num = (max: number | string, maxFractionDigits = 6) =>
    userDecimal(locale, { min: 0, max, maxFractionDigits }).transform(Number);
  const pct = num(100, 4);
  const minutes = num(1440, 2);
  return z
    .object({
      productId: ZId,
      periodId: ZId,
      model: z.object({
        method: z.enum(DIGITAL_METHODS),
        monthlyRequests: num("1000000000000", 2),
        mbUpPerRequest: num(1_000_000),
        mbDownPerRequest: num(1_000_000),
        mobileSharePct: pct,
        devices: z.object({
          smartphone: z.object({ minutes }),
          tablet: z.object({ sharePct: pct, minutes }),
          laptop: z.object({ sharePct: pct, minutes }),
          desktop: z.object({ sharePct: pct, minutes }),
        }),
        countries: z
          .array(z.object({ country: z.string().trim(), sharePct: optionalUserDecimal(locale, { min: 0, max: 100 }) }))
          .max(MAX_COUNTRY_ROWS)
          .transform((rows) =>
            rows
              .filter((r) => r.country !== "")
              .map((r) => ({ country: r.country, sharePct: Number(r.sharePct ?? 0) })),
          ),
      }),
    })
    .pipe(ZDigitalModelSave);
};
export type TDigitalModelFormInput = z.input<ReturnType<typeof zDigitalModelForm>>;
