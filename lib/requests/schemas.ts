import { ACTIVITY_CATEGORIES } from "@/lib/activity/categories";
import { isIsoDate } from "@/lib/periods/dates";
import { optionalText, requiredText, ZId, z } from "@/lib/validation";

// One schema per operation, shared by the request form and the server. Strict: nothing else is accepted.
export const REQUEST_MESSAGES = {
  unknownPeriod: "validation.unknownPeriod",
  unknownSite: "validation.unknownSite",
  invalidAssignee: "validation.invalidAssignee",
  date: "validation.date",
} as const;

const emptyToNull = (v: unknown) => (v === undefined || v === null || v === "" ? null : v);

export const ZRequestCreate = z.strictObject({
  category: z.enum(ACTIVITY_CATEGORIES, { error: "validation.required" }),
  periodId: ZId,
  siteId: z.preprocess(emptyToNull, ZId.nullable()),
  assigneeId: ZId,
  dueDate: requiredText(10).refine(isIsoDate, { error: REQUEST_MESSAGES.date }),
  instructions: optionalText(2000, { multiline: true }),
});
export type TRequestCreate = z.output<typeof ZRequestCreate>;
export type TRequestCreateInput = z.input<typeof ZRequestCreate>;

export const ZRequestId = z.strictObject({ id: ZId });
