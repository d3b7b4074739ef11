// Who may change an existing activity line. Contributors only change the lines they created; everyone else
// with `activity.create` changes any line of the organisation. Data requests will widen the contributor
// rule (lines of their assigned requests): this is the one place to change.
import type { DbClient } from "@/lib/factors/org-index";
import { AppError } from "@/lib/errors";
import { can, type EffectiveRole } from "@/lib/permissions";

export type TEditor = { organizationId: string; role: EffectiveRole; userId: string };

/** Pure rule, also used by pages to show or hide the edit and delete buttons. */
export function mayEditActivity(editor: Pick<TEditor, "role" | "userId">, activity: { createdById: string | null }) {
  if (!can(editor.role, "activity.create")) return false;
  return editor.role !== "CONTRIBUTOR" || activity.createdById === editor.userId;
}

/** NOT_FOUND for another organisation's id (nothing is revealed), FORBIDDEN for someone else's line. */
export async function assertMayEditActivity(db: DbClient, editor: TEditor, activityId: string): Promise<void> {
  const activity = await db.activityData.findFirst({
    where: { id: activityId, organizationId: editor.organizationId },
    select: { createdById: true },
  });
  if (!activity) throw new AppError("NOT_FOUND");
  if (!mayEditActivity(editor, activity)) throw new AppError("FORBIDDEN");
}
