import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { db } from "@/lib/db";
import { isFirstRun } from "@/lib/organizations/bootstrap";

export async function generateMetadata() {
  return { title: (await getTranslations("setup"))("title") };
}

// Only reachable on a fresh install; once anyone has an account, people join by invitation.
export default async function SetupPage() {
  if (!(await isFirstRun(db()))) redirect("/sign-in");
  const t = await getTranslations("setup");
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle")}>
      <SetupForm />
    </AuthCard>
  );
}
