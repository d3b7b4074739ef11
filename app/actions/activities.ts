"use server";

import { revalidatePath } from "next/cache";
import { orgAction, type OrgActionContext } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { db } from "@/lib/db";
import { searchAirports } from "@/lib/activity/airports/search";
import { duplicateActivity } from "@/lib/activity/duplicate";
import { assertMayEditActivity } from "@/lib/activity/edit-rights";
import { createActivity, deleteActivity, updateActivity } from "@/lib/activity/mutations";
import { previewWithFactors } from "@/lib/activity/preview";
import { ZActivityCreate, ZActivityId, ZActivityUpdate } from "@/lib/activity/schemas";
import { can } from "@/lib/permissions";
import { z } from "@/lib/validation";

// Data entry (app/(app)/[org]/collection). Writes need activity.create; contributors change only their own
// lines (lib/activity/edit-rights.ts). Preview and airport search only read.

// Who cannot manage requests (contributors) enters lines only within an open request assigned to them.
const requestLimit = (ctx: OrgActionContext) => ({ limitToAssignedRequests: !can(ctx.role, "requests.manage") });

const refresh = (slug: string) => revalidatePath(`/${slug}/collection`, "layout");
const editorOf = (ctx: OrgActionContext) => ({
  organizationId: ctx.organization.id,
  role: ctx.role,
  userId: ctx.user.id,
});

export const createActivityAction = orgAction(
  { permission: "activity.create", schema: ZActivityCreate },
  async (input, ctx) => {
    const created = await createActivity(db(), scopeOf(ctx), input, { sourceKind: "FORM", ...requestLimit(ctx) });
    refresh(ctx.organization.slug);
    return { id: created.id };
  },
);

export const updateActivityAction = orgAction(
  { permission: "activity.create", schema: z.object({ id: ZActivityId, values: ZActivityUpdate }) },
  async ({ id, values }, ctx) => {
    await assertMayEditActivity(db(), editorOf(ctx), id);
    await updateActivity(db(), scopeOf(ctx), id, values);
    refresh(ctx.organization.slug);
    return { id };
  },
);

export const deleteActivityAction = orgAction(
  { permission: "activity.create", schema: z.object({ id: ZActivityId }) },
  async ({ id }, ctx) => {
    await assertMayEditActivity(db(), editorOf(ctx), id);
    await deleteActivity(db(), scopeOf(ctx), id);
    refresh(ctx.organization.slug);
    return { id };
  },
);

export const duplicateActivityAction = orgAction(
  { permission: "activity.create", schema: z.object({ id: ZActivityId, periodId: ZActivityId }) },
  async ({ id, periodId }, ctx) => {
    const created = await duplicateActivity(db(), scopeOf(ctx), id, { periodId }, requestLimit(ctx));
    refresh(ctx.organization.slug);
    return { id: created.id };
  },
);

export const previewActivityAction = orgAction(
  { permission: "activity.read", schema: ZActivityCreate },
  async (input, ctx) => previewWithFactors(db(), ctx.organization.id, input),
);

export const searchAirportsAction = orgAction(
  {
    permission: "activity.read",
    schema: z.object({ query: z.string().max(80), locale: z.enum(["fr", "en"]).default("fr") }),
  },
  async ({ query, locale }) =>
    searchAirports(query, { locale, limit: 8 }).map((hit) => ({ iata: hit.iata, label: hit.label })),
);
