import { z } from "zod";
import { compareDecimals, numberToDecimal } from "@/lib/numbers/decimal";
import { parseUserNumber } from "@/lib/numbers/user-number";

// Zod messages are translation keys ("validation.tooShort?min=3"), turned into the user's language
// by translateValidation() wherever they are shown, so one schema serves the form and the server.
z.config({
  // In the browser zod would probe for eval (`Function("")`), which the Content-Security-Policy refuses
  // and reports as a violation; its interpreted parser is fast enough for forms.
  jitless: typeof window !== "undefined",
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === ""
          ? "validation.required"
          : "validation.invalid";
      case "too_small":
        if (issue.origin === "string") {
          return issue.minimum === 1 ? "validation.required" : `validation.tooShort?min=${issue.minimum}`;
        }
        return `validation.tooSmall?min=${issue.minimum}`;
      case "too_big":
        return issue.origin === "string"
          ? `validation.tooLong?max=${issue.maximum}`
          : `validation.tooBig?max=${issue.maximum}`;
      case "invalid_format":
        return issue.format === "email" ? "validation.email" : "validation.invalid";
      case "unrecognized_keys":
        return "validation.unknownField";
      default:
        return "validation.invalid";
    }
  },
});

export { z };

export type FieldErrors = Record<string, string>;

/**
 * The fields an issue is about: its path, or for keys a strict schema does not know (a smuggled `status`,
 * `organizationId`…) each of those keys, so the refusal names the field.
 */
export function issueFields(issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => [...issue.path, key].join("."));
  return [issue.path.join(".") || "_form"];
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    for (const key of issueFields(issue)) result[key] ??= issue.message;
  }
  return result;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function parseMessageKey(message: string): { key: string; values: Record<string, string> } {
  const [key = message, query = ""] = message.split("?");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

// The message namespaces that hold field errors; anything else (zod's own English text) reads as "invalid".
const FIELD_ERROR_NAMESPACES = [
  "validation.",
  "errors.",
  "activity.validation.",
  "notationKeys.errors.",
  "evidence.errors.",
  "surveys.validation.",
  "products.digital.validation.",
  "trajectory.validation.",
  "reductions.validation.",
  "transparency.validation.",
  "allocation.validation.",
];

export function translateValidation(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const { key, values } = parseMessageKey(message);
  if (!FIELD_ERROR_NAMESPACES.some((prefix) => key.startsWith(prefix))) return t("validation.invalid");
  return t(key, values);
}

// Text typed by people never holds control characters: PostgreSQL refuses NUL in text columns, and the
// others (C0 except tab and line breaks, DEL, C1) are invisible and only ever come from crafted requests or
// broken pastes. Multi-line fields keep tab, LF and CR; single-line fields refuse them too. Lone UTF-16
// surrogates are refused as well: they are not characters and would silently become U+FFFD on the way to
// the database.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const CONTROL_CHARACTERS_MESSAGE = "validation.controlCharacters";

type TTextRules = { min?: number; multiline?: boolean };

/** True when `value` holds nothing a person could not have typed (see above). */
export function isSafeText(value: string, multiline = false): boolean {
  return !(multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value) && !LONE_SURROGATE.test(value);
}

/** The one schema for text typed by people: trimmed, free of control characters, at most `max` long. */
export const requiredText = (max: number, { min = 1, multiline = false }: TTextRules = {}) =>
  z
    .string()
    .trim()
    .refine((v) => isSafeText(v, multiline), { error: CONTROL_CHARACTERS_MESSAGE, abort: true })
    .min(min)
    .max(max);

// Form inputs arrive as strings: empty means "not given" for optional fields.
export const optionalText = (max: number, { multiline = false }: Pick<TTextRules, "multiline"> = {}) =>
  z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v),
    requiredText(max, { min: 0, multiline }).nullable(),
  );

/** Identifiers sent back by forms and links: plain text, so a crafted one is a field error, never a crash. */
export const ZId = requiredText(64);

// Numbers typed in a form are read the way the user's language writes them (lib/numbers/user-number):
// the schemas that hold them are built for a locale, in the browser from the page's locale and on the
// server from the request's, so both read "1 250,5" alike. Numbers (JSON, importers) are taken as they are.
type TNumberRules = {
  min?: number | string;
  max?: number | string;
  /** Most decimals a value may have (the column's scale). */
  maxFractionDigits?: number;
};

const ZNumberInput = z.union([z.string(), z.number(), z.null()]).optional();
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function readNumber(raw: unknown, locale: string, rules: TNumberRules, integer: boolean, ctx: z.RefinementCtx) {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message, input: raw });
    return z.NEVER;
  };
  if (isBlank(raw)) return fail("validation.required");
  const value =
    typeof raw === "number"
      ? Number.isFinite(raw)
        ? numberToDecimal(raw)
        : null
      : parseUserNumber(String(raw), locale);
  if (value === null) return fail(integer ? "validation.integer" : "validation.number");
  const decimals = value.split(".")[1]?.replace(/0+$/, "").length ?? 0;
  if (integer && decimals > 0) return fail("validation.integer");
  if (rules.maxFractionDigits !== undefined && decimals > rules.maxFractionDigits) {
    return fail(`validation.decimals?max=${rules.maxFractionDigits}`);
  }
  if (rules.min !== undefined && compareDecimals(value, rules.min) < 0)
    return fail(`validation.tooSmall?min=${rules.min}`);
  if (rules.max !== undefined && compareDecimals(value, rules.max) > 0)
    return fail(`validation.tooBig?max=${rules.max}`);
  return value;
}

/** A required decimal typed in `locale`, as plain decimal text ("1 250,5" → "1250.5"). */
export const userDecimal = (locale: string, rules: TNumberRules = {}) =>
  ZNumberInput.transform((v, ctx) => readNumber(v, locale, rules, false, ctx));

/** An optional decimal typed in `locale`: empty → null. */
export const optionalUserDecimal = (locale: string, rules: TNumberRules = {}) =>
  ZNumberInput.transform((v, ctx) => (isBlank(v) ? null : readNumber(v, locale, rules, false, ctx)));

/** An optional whole number typed in `locale` ("1 200" in French, "1,200" in English): empty → null. */
export const optionalUserInteger = (locale: string, rules: TNumberRules = {}) =>
  ZNumberInput.transform((v, ctx) => {
    if (isBlank(v)) return null;
    const value = readNumber(v, locale, rules, true, ctx);
    return typeof value === "string" ? Number(value) : value;
  });

// Years and other whole numbers written without thousands separators: the same in every locale.
export const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
    z.number().int({ error: "validation.integer" }).min(min).max(max).nullable(),
  );
