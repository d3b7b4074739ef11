import { CONTROL_CHARACTERS_MESSAGE, isSafeText, z } from "@/lib/validation";

// Password rules: long enough to resist guessing, with letters and digits; no arbitrary symbol quotas.
// Kept apart from hashing so browser forms can check them without the native argon2 module.
// Never trimmed (spaces are part of a password). Control characters and lone surrogates are refused in a
// new password: no keyboard types them, and a lone surrogate would reach argon2 as U+FFFD, making distinct
// inputs the same password. Sign-in does not apply this rule: it only compares with the stored hash.
export const ZPassword = z
  .string()
  .refine((p) => isSafeText(p), { error: CONTROL_CHARACTERS_MESSAGE, abort: true })
  .min(10, { error: "validation.passwordTooShort" })
  .max(128, { error: "validation.tooLong?max=128" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "validation.passwordWeak" });
