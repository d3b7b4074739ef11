import { POST_KEYS, zIdList } from "@/lib/targets/posts";
import { optionalText, optionalUserDecimal, requiredText, ZId, z } from "@/lib/validation";

export const ACTION_TYPES = ["REDUCTION", "AVOIDED"] as const;
export const ACTION_STATUSES = ["IDEA", "PLANNED", "IN_PROGRESS", "DONE", "ABANDONED"] as const;
export const EXPECTED_UNITS = ["TCO2E", "PERCENT"] as const;

const ZOptionalDate = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.iso.date({ error: "validation.invalid" }).nullable(),
);
const ZProgress = z.preprocess(
  (v) => (v === "" || v === undefined ? 0 : typeof v === "string" ? Number(v) : v),
  z.number().int({ error: "validation.integer" }).min(0).max(100),
);

// One schema for create and update: an action's organisation never changes and is never a field. Linked
// sites, products and the owner are checked against the organisation by the mutation.
export const zActionInput = (locale: string) =>
  z
    .object({
      title: requiredText(160),
      description: optionalText(2000, { multiline: true }),
      type: z.enum(ACTION_TYPES),
      status: z.enum(ACTION_STATUSES),
      posts: z.array(z.enum(POST_KEYS)).max(POST_KEYS.length).default([]),
      siteIds: zIdList(),
      productIds: zIdList(),
      ownerId: z.preprocess((v) => (v === "" ? null : v), ZId.nullable().default(null)),
      startDate: ZOptionalDate,
      endDate: ZOptionalDate,
      expectedUnit: z.enum(EXPECTED_UNITS),
      expectedValue: optionalUserDecimal(locale, { min: 0, max: 10_000_000, maxFractionDigits: 3 }),
      costEur: optionalUserDecimal(locale, { min: 0, max: 1_000_000_000, maxFractionDigits: 2 }),
      progressPct: ZProgress,
    })
    .strict()
    .refine((a) => !(a.startDate && a.endDate && a.endDate < a.startDate), {
      error: "reductions.validation.endBeforeStart",
      path: ["endDate"],
    })
    .refine((a) => !(a.expectedUnit === "PERCENT" && a.expectedValue !== null && Number(a.expectedValue) > 100), {
      error: "validation.tooBig?max=100",
      path: ["expectedValue"],
    })
    .refine((a) => !(a.expectedUnit === "PERCENT" && a.expectedValue !== null && a.posts.length === 0), {
      error: "reductions.validation.percentNeedsPosts",
      path: ["posts"],
    });
export type TActionInput = z.output<ReturnType<typeof zActionInput>>;

export const ZMoveAction = z.object({ id: ZId, status: z.enum(ACTION_STATUSES) }).strict();
