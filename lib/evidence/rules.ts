import type { EffectiveRole } from "@/lib/permissions";
import { can } from "@/lib/permissions";

// Evidence follows its line: whoever validates lines may attach to or remove from any of them; a
// contributor only on lines they entered themselves.
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES_PER_LINE = 20;

export function mayChangeEvidence(
  actor: { role: EffectiveRole; userId: string },
  activity: { createdById: string | null },
): boolean {
  if (can(actor.role, "activity.validate")) return true;
  return can(actor.role, "activity.create") && activity.createdById === actor.userId;
}
