import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { buttonClass } from "@/components/ui/button";
import { db } from "@/lib/db";
import { findReset } from "@/lib/password-reset/consume";

export async function generateMetadata() {
  return { title: (await getTranslations("passwordReset"))("resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwordReset");
  const reset = await findReset(db(), token);
  if (!reset || reset.state !== "valid") {
    const reason = reset?.state ?? "invalid";
    return (
      <AuthCard title={t(`problem.${reason}.title`)}>
        <p className="text-sm text-slate-600" data-testid="reset-problem">
          {t(`problem.${reason}.text`)}
        </p>
        <div className="mt-6 grid gap-3">
          <Link href="/forgot-password" className={buttonClass("primary")}>
            {t("askNew")}
          </Link>
          <Link href="/sign-in" className={buttonClass("secondary")}>
            {t("backToSignIn")}
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("resetTitle")} subtitle={t("resetSubtitle", { email: reset.email })}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
