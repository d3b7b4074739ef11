"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { ZInvitationCreate, ZMemberRole } from "@/lib/invitations/schemas";
import { changeMemberRole, removeMember } from "@/lib/members/mutations";
import { ZEntityId } from "@/lib/sites/schemas";
import { z } from "@/lib/validation";

const path = (slug: string) => `/${slug}/settings/members`;

export const inviteMemberAction = orgAction(
  { permission: "members.manage", schema: ZInvitationCreate },
  async (input, ctx) => {
    const { token } = await createInvitation(db(), scopeOf(ctx), input, env().INVITATION_TTL_DAYS);
    revalidatePath(path(ctx.organization.slug));
    return { link: `${await appUrl()}/invite/${token}` };
  },
);

export const revokeInvitationAction = orgAction(
  { permission: "members.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await revokeInvitation(db(), scopeOf(ctx), id);
    revalidatePath(path(ctx.organization.slug));
    return { id };
  },
);

export const changeRoleAction = orgAction(
  { permission: "members.manage", schema: z.object({ id: ZEntityId, role: ZMemberRole }) },
  async ({ id, role }, ctx) => {
    await changeMemberRole(db(), scopeOf(ctx), id, role);
    revalidatePath(path(ctx.organization.slug));
    return { id };
  },
);

export const removeMemberAction = orgAction(
  { permission: "members.manage", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    await removeMember(db(), scopeOf(ctx), id);
    revalidatePath(path(ctx.organization.slug));
    return { id };
  },
);
