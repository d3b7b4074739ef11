import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ExistingUserInvitationForm, NewUserInvitationForm } from "@/components/auth/accept-invitation-form";
import { buttonClass } from "@/components/ui/button";
import { db } from "@/lib/db";
import { findInvitationByToken } from "@/lib/invitations/accept";

export async function generateMetadata() {
  return { title: (await getTranslations("invite"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tr = await getTranslations("roles");
  const invitation = token.length >= 20 && token.length <= 200 ? await findInvitationByToken(db(), token) : null;
  if (!invitation || invitation.state !== "valid") {
    const reason = !invitation || invitation.state === "revoked" ? "invalid" : invitation.state;
    return (
      <AuthCard title={t(`problem.${reason}.title`)}>
        <p className="text-sm text-slate-600" data-testid="invitation-problem">
          {t(`problem.${reason}.text`)}
        </p>
        <Link href="/sign-in" className={`${buttonClass("secondary")} mt-6 w-full`}>
          {t("toSignIn")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle", { organization: invitation.organization.name, role: tr(invitation.role) })}
    >
      {invitation.accountExists ? (
        <ExistingUserInvitationForm token={token} email={invitation.email} />
      ) : (
        <NewUserInvitationForm token={token} email={invitation.email} />
      )}
    </AuthCard>
  );
}
