// The columns an import template can hold, as data (templates.json) checked by zod when loaded. A column
// names the activity field it fills; its header is written in the user's language and recognised in either.
import { z } from "@/lib/validation";

export const COLUMN_KINDS = ["number", "integer", "date", "text", "enum", "boolean"] as const;
export type TColumnKind = (typeof COLUMN_KINDS)[number];

// Where an enum column's allowed values come from (lib/imports/templates/values.ts lists them).
export const VALUE_LISTS = [
  "activityType", // the category's activity type ids
  "unit", // the units the category's types accept
  "airport", // IATA codes
  "seatClass",
  "fuel",
  "country", // hotel countries with a factor
  "ratioCategory", // ADEME's monetary-ratio categories
  "purpose",
  "direction",
  "treatment",
] as const;
export type TValueList = (typeof VALUE_LISTS)[number];

export const ZTemplateColumn = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z]*$/),
  headerFr: z.string().min(1).max(60),
  headerEn: z.string().min(1).max(60),
  kind: z.enum(COLUMN_KINDS),
  list: z.enum(VALUE_LISTS).optional(), // enum columns only
  notesFr: z.string().min(1),
  notesEn: z.string().min(1),
});
export type TTemplateColumn = z.output<typeof ZTemplateColumn>;
