import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { mailConfigured } from "@/lib/mail/transport";

export async function generateMetadata() {
  return { title: (await getTranslations("passwordReset"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  const back = (
    <Link href="/sign-in" className="mt-6 block text-center text-sm font-medium text-brand-700 hover:underline">
      {t("backToSignIn")}
    </Link>
  );
  if (!mailConfigured()) {
    return (
      <AuthCard title={t("noMailTitle")}>
        <div className="space-y-3 text-sm text-slate-600" data-testid="no-mail">
          <p>{t("noMailText")}</p>
          <p>{t("noMailAskManager")}</p>
          <p>{t("noMailAskAdmin")}</p>
        </div>
        {back}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("forgotTitle")}>
      <ForgotPasswordForm />
      {back}
    </AuthCard>
  );
}
