"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { ZId, z } from "@/lib/validation";

// Everyone of the organisation reads their own notifications (every role holds activity.read).
const ZMarkRead = z.strictObject({ ids: z.union([z.literal("all"), z.array(ZId).min(1).max(200)]) });

export const markNotificationsReadAction = orgAction(
  { permission: "activity.read", schema: ZMarkRead },
  async ({ ids }, ctx) => {
    const count = await markNotificationsRead(db(), { organizationId: ctx.organization.id, userId: ctx.user.id }, ids);
    revalidatePath(`/${ctx.organization.slug}`, "layout");
    return { count };
  },
);
