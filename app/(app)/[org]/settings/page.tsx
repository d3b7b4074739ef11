import { getLocale, getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/profile/profile-form";
import { ProfileView } from "@/components/profile/profile-view";
import { db } from "@/lib/db";
import { formatForInput } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { getOrganizationProfile } from "@/lib/organizations/profile";
import { listPeriodYears } from "@/lib/periods/queries";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const [profile, periodYears] = await Promise.all([
    getOrganizationProfile(db(), context.organization.id),
    listPeriodYears(db(), context.organization.id),
  ]);
  if (!can(context.role, "organization.update")) return <ProfileView profile={profile} />;
  // Numbers go into the fields as the user writes them ("9 500 000" in French), and are read back the same way.
  const locale = await getLocale();
  const initial = {
    name: profile.name,
    country: profile.country,
    naceCode: profile.naceCode ?? "",
    headcount: formatForInput(profile.headcount, locale),
    annualRevenueEur: formatForInput(profile.annualRevenueEur, locale),
    fiscalYearStartMonth: String(profile.fiscalYearStartMonth),
    baseYear: profile.baseYear === null ? "" : String(profile.baseYear),
    currency: profile.currency,
  };
  // Keyed by locale: after a language switch the fields are filled and read the new way.
  return <ProfileForm key={locale} orgSlug={org} initial={initial} periodYears={periodYears} />;
}
