import type { Role } from "@/generated/prisma/enums";
import type { EffectiveRole } from "@/lib/permissions";

// Owners may reset anyone's password but their own; managers (and consultants, who act as managers) only
// that of contributors and viewers, never of someone who could in turn manage them.
export function mayResetPasswordOf(actor: EffectiveRole, target: Role): boolean {
  if (actor === "OWNER") return true;
  if (actor === "MANAGER" || actor === "CONSULTANT") return target === "CONTRIBUTOR" || target === "VIEWER";
  return false;
}
