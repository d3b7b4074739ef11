import { ALLOCATION_KINDS } from "@/lib/allocation/compute";
import { Decimal } from "@/lib/numbers/decimal";
import { POST_KEYS } from "@/lib/targets/posts";
import { optionalUserDecimal, z, ZId } from "@/lib/validation";

// The key of one post for one period, typed in the user's locale. Revenue (€) and headcount per product
// are ≥ 0 with at least one above zero; custom percentages add up to exactly 100; a hosting key has no
// inputs (its weights are the period's Boavizta lines per product). Empty = 0 for that product.
const VALUE_MAX = "99999999999999.999999";

export const ZAllocationTarget = z.object({ periodId: ZId, post: z.enum(POST_KEYS) }).strict();

export const zAllocationKey = (locale: string) =>
  ZAllocationTarget.extend({
    kind: z.enum(ALLOCATION_KINDS),
    inputs: z
      .array(
        z
          .object({
            productId: ZId,
            value: optionalUserDecimal(locale, { min: "0", max: VALUE_MAX, maxFractionDigits: 6 }),
          })
          .strict(),
      )
      .max(200)
      .refine((rows) => new Set(rows.map((r) => r.productId)).size === rows.length),
  }).superRefine((key, ctx) => {
    if (key.kind === "HOSTING") return;
    const total = key.inputs.reduce((s, i) => s.plus(i.value ?? "0"), new Decimal(0));
    if (key.kind === "CUSTOM" && !total.eq(100)) {
      ctx.addIssue({
        code: "custom",
        path: ["inputs"],
        message: `allocation.validation.customSum?sum=${total.toFixed()}`,
      });
    } else if (total.isZero()) {
      ctx.addIssue({ code: "custom", path: ["inputs"], message: "allocation.validation.allZero" });
    }
  });

export type TAllocationKeyInput = z.input<ReturnType<typeof zAllocationKey>>;
export type TAllocationKey = z.output<ReturnType<typeof zAllocationKey>>;
export type TAllocationTarget = z.output<typeof ZAllocationTarget>;
