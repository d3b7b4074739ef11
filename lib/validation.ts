import { z } from "zod";

// Zod messages are translation keys ("validation.tooShort?min=3"), turned into the user's language
// by translateValidation() wherever they are shown, so one schema serves the form and the server.
z.config({
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
      default:
        return "validation.invalid";
    }
  },
});

export { z };

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    result[key] ??= issue.message;
  }
  return result;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function parseMessageKey(message: string): { key: string; values: Record<string, string> } {
  const [key = message, query = ""] = message.split("?");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

export function translateValidation(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const { key, values } = parseMessageKey(message);
  if (!key.startsWith("validation.") && !key.startsWith("errors.")) return t("validation.invalid");
  return t(key, values);
}

// Form inputs arrive as strings: empty means "not given" for optional fields.
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v),
    z.string().trim().max(max).nullable(),
  );

export const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
    z.number().int({ error: "validation.integer" }).min(min).max(max).nullable(),
  );
