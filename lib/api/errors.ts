import { ZodError } from "zod";
import { ActivityRowsError, type TRowError } from "@/lib/activity/errors";
import { AppError, prismaErrorCode, type ErrorCode } from "@/lib/errors";
import { IMPORT_MAX_MB } from "@/lib/imports/limits";
import { fieldErrorsOf } from "@/lib/validation";

// Every error of the public API is JSON: { error: { code, message, fieldErrors?, rowErrors? } }. Field and
// row messages are the app's translation keys (e.g. "activity.validation.decimal"), stable for scripts.
export type TApiErrorCode =
  ErrorCode | "RATE_LIMITED" | "INVALID_JSON" | "INVALID_FORM" | "PAYLOAD_TOO_LARGE" | "INTERNAL";

export type TApiRowError = { row: number; externalId: string | null; field: string; message: string };
export type TApiErrorBody = {
  error: {
    code: TApiErrorCode;
    message: string;
    fieldErrors?: Record<string, string>;
    rowErrors?: TApiRowError[];
  };
};

const STATUS: Partial<Record<TApiErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  INVALID_JSON: 400,
  INVALID_FORM: 400,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  PERIOD_LOCKED: 409,
  CARRIED_PERIOD_LOCKED: 409,
  STATUS_CHANGED: 409,
  IN_USE: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

const MESSAGES: Partial<Record<TApiErrorCode, string>> = {
  UNAUTHENTICATED: "Missing, unknown, expired or revoked API token.",
  FORBIDDEN: "This token's role does not allow this request.",
  NOT_FOUND: "Not found in this token's organisation.",
  VALIDATION: "The request is not valid: see fieldErrors or rowErrors. Nothing was written.",
  INVALID_JSON: "The request body is not valid JSON.",
  INVALID_FORM: "The request body is not multipart/form-data.",
  PAYLOAD_TOO_LARGE: `The file is larger than the import limit (${IMPORT_MAX_MB} MB). Nothing was written.`,
  CONFLICT: "Conflicts with an earlier request or a concurrent change.",
  PERIOD_LOCKED: "The reporting period is locked. Nothing was written.",
  CARRIED_PERIOD_LOCKED: "Amortised equipment reaches a locked later period. Nothing was written.",
  RATE_LIMITED: "Too many requests for this token: retry after the Retry-After delay.",
  INTERNAL: "Internal error.",
};

export const statusOfError = (code: TApiErrorCode): number => STATUS[code] ?? 400;

export function apiErrorBody(code: TApiErrorCode, extra: Omit<TApiErrorBody["error"], "code" | "message"> = {}) {
  return { error: { code, message: MESSAGES[code] ?? code, ...extra } } satisfies TApiErrorBody;
}

export function apiError(
  code: TApiErrorCode,
  extra: Omit<TApiErrorBody["error"], "code" | "message"> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json(apiErrorBody(code, extra), { status: statusOfError(code), headers });
}

// The bulk path names the client's externalId "sourceRef" (lib/activity/bulk.ts); API clients read their own
// field name, except when they sent a sourceRef themselves (reservedField).
const RESERVED_FIELD = "api.errors.reservedField";
const apiField = (e: TRowError) => (e.field === "sourceRef" && e.message !== RESERVED_FIELD ? "externalId" : e.field);

export const apiRowErrors = (errors: readonly TRowError[]): TApiRowError[] =>
  errors.map((e) => ({ row: e.row, externalId: e.sourceRef ?? null, field: apiField(e), message: e.message }));

/** The row errors as fieldErrors keyed by their path in the request body ("activities.3.quantity"). */
function rowFieldErrors(rows: readonly TApiRowError[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const e of rows) fieldErrors[`activities.${e.row}.${e.field}`] ??= e.message;
  return fieldErrors;
}

/** An error thrown by a handler or the domain, as the JSON answer; null for one that must be logged. */
export function knownErrorResponse(error: unknown): Response | null {
  if (error instanceof ActivityRowsError) {
    const rowErrors = apiRowErrors(error.rowErrors);
    return apiError(error.code, { fieldErrors: rowFieldErrors(rowErrors), rowErrors });
  }
  if (error instanceof AppError)
    return apiError(error.code, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
  if (error instanceof ZodError) return apiError("VALIDATION", { fieldErrors: fieldErrorsOf(error) });
  const code = prismaErrorCode(error);
  if (code === "P2002" || code === "P2034") return apiError("CONFLICT");
  if (code === "P2025") return apiError("NOT_FOUND");
  return null;
}
