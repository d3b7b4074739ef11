import { isIsoDate } from "@/lib/periods/dates";
import { optionalText, requiredText, z } from "@/lib/validation";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

// Years arrive from inputs and selects as strings; one message whatever is wrong with them.
export const ZYear = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v),
  z
    .number({ error: "validation.year" })
    .int({ error: "validation.year" })
    .min(MIN_YEAR, { error: "validation.year" })
    .max(MAX_YEAR, { error: "validation.year" }),
);

export const ZIsoDate = z.string().trim().refine(isIsoDate, { error: "validation.date" });

// Empty or absent means "use the default computed from the fiscal year".
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);
const optionalIsoDate = z.preprocess(blankToNull, ZIsoDate.nullable());

const endAfterStart = (value: { startDate: string | null; endDate: string | null }) =>
  !value.startDate || !value.endDate || value.endDate > value.startDate;
const dateOrderIssue = { error: "validation.dateOrder", path: ["endDate"] };

export const ZPeriodCreate = z
  .object({
    year: ZYear,
    label: z.preprocess(blankToNull, optionalText(60)),
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
  })
  .refine(endAfterStart, dateOrderIssue);
export type TPeriodCreate = z.infer<typeof ZPeriodCreate>;

// The year is the period's identity (unique per organisation), so only label and dates can change.
export const ZPeriodUpdate = z
  .object({ label: requiredText(60), startDate: ZIsoDate, endDate: ZIsoDate })
  .refine(endAfterStart, dateOrderIssue);
export type TPeriodUpdate = z.infer<typeof ZPeriodUpdate>;
