// One error type for expected failures; its code maps to a translated message (messages/*.json "errors").
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "LAST_OWNER",
  "PERIOD_LOCKED",
  "PERIOD_OVERLAP",
  "INVITATION_INVALID",
  "INVITATION_EXPIRED",
  "INVITATION_USED",
  "TOO_MANY_ATTEMPTS",
  "SETUP_CLOSED",
  "INVALID_CREDENTIALS",
  "ALREADY_MEMBER",
  "PERIOD_HAS_DATA",
  "IN_USE",
  "RESET_INVALID",
  "RESET_EXPIRED",
  "RESET_USED",
  "RESET_SELF",
  "RESET_ROLE",
  "RESET_OTHER_ORGANIZATIONS",
  "STATUS_CHANGED",
  "NOT_ASSIGNED",
  "TARGET_BASE_PERIOD", // a reduction target measures from this period
  "CARRIED_PERIOD_LOCKED", // amortised equipment whose share reaches a locked later period
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

// Prisma errors are mapped by code, never by message text.
export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return prismaErrorCode(error) === "P2002";
}
