"use server";

import { revalidatePath } from "next/cache";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { rejectActivity, submitActivities, validateActivities, type TStatusScope } from "@/lib/activity/status";
import { ZActivityIds, ZActivityReject } from "@/lib/activity/status-schemas";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";

// Status changes of activity lines: the only way `status` moves (never through the create/update forms).
const statusScope = (ctx: OrgActionContext): TStatusScope => ({ ...scopeOf(ctx), actorName: ctx.user.name });
const refresh = (ctx: OrgActionContext) => revalidatePath(`/${ctx.organization.slug}`, "layout");

// Contributors (who cannot manage requests) submit only their own lines or their requests' lines.
export const submitActivitiesAction = orgAction(
  { permission: "activity.submit", schema: ZActivityIds },
  async ({ ids }, ctx) => {
    const result = await submitActivities(db(), statusScope(ctx), ids, {
      limitToOwnWork: !can(ctx.role, "requests.manage"),
    });
    refresh(ctx);
    return result;
  },
);

export const validateActivitiesAction = orgAction(
  { permission: "activity.validate", schema: ZActivityIds },
  async ({ ids }, ctx) => {
    const result = await validateActivities(db(), statusScope(ctx), ids);
    refresh(ctx);
    return result;
  },
);

export const rejectActivityAction = orgAction(
  { permission: "activity.validate", schema: ZActivityReject },
  async ({ id, comment }, ctx) => {
    const result = await rejectActivity(db(), statusScope(ctx), id, comment);
    refresh(ctx);
    return result;
  },
);
