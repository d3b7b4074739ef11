import type { ErrorCode } from "@/lib/errors";
import type { FieldErrors } from "@/lib/validation";

export type ActionError = { ok: false; error: ErrorCode | "INTERNAL"; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionError;
