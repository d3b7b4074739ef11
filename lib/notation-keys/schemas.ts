import { ACTIVITY_CATEGORIES } from "@/lib/activity/categories";
import { optionalText, ZId, z } from "@/lib/validation";

// A notation key says why a category has no lines for a period (or why its lines are not disclosed).
export const NOTATION_KEY_KINDS = ["NOT_OCCURRING", "NOT_ESTIMATED", "INCLUDED_ELSEWHERE", "CONFIDENTIAL"] as const;
export type TNotationKeyKind = (typeof NOTATION_KEY_KINDS)[number];

// The kinds that mean "no lines here": they cannot sit on a category that holds lines.
export const KINDS_WITHOUT_LINES: readonly TNotationKeyKind[] = [
  "NOT_OCCURRING",
  "NOT_ESTIMATED",
  "INCLUDED_ELSEWHERE",
];

const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const ZNotationKeyTarget = z.object({
  periodId: ZId,
  category: z.enum(ACTIVITY_CATEGORIES),
  siteId: z.preprocess(emptyToNull, ZId.nullable()).default(null),
});

export const ZNotationKeySet = ZNotationKeyTarget.extend({
  kind: z.enum(NOTATION_KEY_KINDS),
  explanation: optionalText(500, { multiline: true }),
}).superRefine((value, ctx) => {
  // Auditors need the reason a source is not estimated, and where an included one is counted.
  if (value.explanation) return;
  if (value.kind === "NOT_ESTIMATED")
    ctx.addIssue({ code: "custom", path: ["explanation"], message: "notationKeys.errors.reasonRequired" });
  if (value.kind === "INCLUDED_ELSEWHERE")
    ctx.addIssue({ code: "custom", path: ["explanation"], message: "notationKeys.errors.whereRequired" });
});
export type TNotationKeySet = z.output<typeof ZNotationKeySet>;
export type TNotationKeyTarget = z.output<typeof ZNotationKeyTarget>;
