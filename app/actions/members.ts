"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/safe-action";
import { scopeOf } from "@/lib/actions/scope";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestLocale } from "@/i18n/request-locale";
import { createInvitation, inviteeLocale, revokeInvitation } from "@/lib/invitations/mutations";
import { ZInvitationCreate, ZMemberRole } from "@/lib/invitations/schemas";
import { deliverMail } from "@/lib/mail/deliver";
import { configuredMailer } from "@/lib/mail/transport";
import { changeMemberRole, removeMember } from "@/lib/members/mutations";
import { generateMemberReset } from "@/lib/password-reset/generate";
import { ZEntityId } from "@/lib/sites/schemas";
import { z } from "@/lib/validation";

const path = (slug: string) => `/${slug}/settings/members`;

export const inviteMemberAction = orgAction(
  { permission: "members.manage", schema: ZInvitationCreate },
  async (input, ctx) => {
    const days = env().INVITATION_TTL_DAYS;
    const { token } = await createInvitation(db(), scopeOf(ctx), input, days);
    revalidatePath(path(ctx.organization.slug));
    const base = await appUrl();
    const link = `${base}/invite/${token}`;
    // The invitation stands whatever happens to the e-mail; the inviter sees the link either way.
    const mail = await deliverMail(
      configuredMailer(base),
      input.email,
      await inviteeLocale(db(), input.email, await requestLocale()),
      { kind: "invitation", inviter: ctx.user.name, organization: ctx.organization.name, role: input.role, link, days },
    );
    return { link, email: input.email, mail };
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

// With e-mail configured the link goes to the member's own address; it is shown to the owner or manager
// only when it cannot open any other organisation (lib/password-reset/generate.ts).
export const generateResetLinkAction = orgAction(
  { permission: "members.resetPassword", schema: z.object({ id: ZEntityId }) },
  async ({ id }, ctx) => {
    const base = await appUrl();
    const mailer = configuredMailer(base);
    const reset = await generateMemberReset(db(), { ...scopeOf(ctx), role: ctx.role }, id, {
      canEmail: mailer !== null,
    });
    const { recipient } = reset;
    const link = `${base}/reset-password/${reset.token}`;
    const mail = await deliverMail(mailer, recipient.email, recipient.locale, {
      kind: "passwordReset",
      ...recipient,
      link,
    });
    return { name: recipient.name, email: recipient.email, mail, link: reset.mayShowLink ? link : null };
  },
);
