import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { signOutAction } from "@/app/actions/session";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";

// Someone whose last membership was removed still has an account, but nowhere to work.
export default async function NoOrganizationPage() {
  const user = await requireUser();
  const t = await getTranslations("noOrganization");
  return (
    <AuthCard title={t("title")}>
      <p className="text-sm text-slate-600">{t("text", { email: user.email })}</p>
      <form action={signOutAction} className="mt-6">
        <Button type="submit" variant="secondary" className="w-full">
          {t("signOut")}
        </Button>
      </form>
    </AuthCard>
  );
}
