import { z } from "@/lib/validation";

// Password rules: long enough to resist guessing, with letters and digits; no arbitrary symbol quotas.
// Kept apart from hashing so browser forms can check them without the native argon2 module.
export const ZPassword = z
  .string()
  .min(10, { error: "validation.passwordTooShort" })
  .max(128, { error: "validation.tooLong?max=128" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "validation.passwordWeak" });
