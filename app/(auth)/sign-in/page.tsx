import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; reset?: string | string[] }>;
}) {
  if (await getSessionUser()) redirect("/");
  const { next, reset } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("signInTitle")} subtitle={t("signInSubtitle")}>
      {reset === "1" ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900"
        >
          {t("resetDone")}
        </p>
      ) : null}
      <SignInForm next={safeRedirectPath(typeof next === "string" ? next : null)} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="mt-6 text-xs text-slate-500">{t("noSignUp")}</p>
    </AuthCard>
  );
}
