import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/members/invite-form";
import { MemberTable } from "@/components/members/member-table";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listMembersAndInvitations } from "@/lib/members/queries";
import { requireOrgPermission } from "@/lib/organizations/context";
import { mayResetPasswordOf } from "@/lib/password-reset/roles";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "members.read");
  const { members, invitations } = await listMembersAndInvitations(db(), context.organization.id);
  const canManage = can(context.role, "members.manage");
  const resettable = can(context.role, "members.resetPassword")
    ? members.filter((m) => mayResetPasswordOf(context.role, m.role) && m.user.id !== context.user.id).map((m) => m.id)
    : [];
  return (
    <>
      {canManage ? <InviteForm orgSlug={org} ttlDays={env().INVITATION_TTL_DAYS} /> : null}
      <MemberTable
        orgSlug={org}
        members={members}
        invitations={invitations}
        canManage={canManage}
        resettable={resettable}
        currentUserId={context.user.id}
      />
    </>
  );
}
