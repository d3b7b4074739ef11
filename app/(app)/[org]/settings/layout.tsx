import { getTranslations } from "next-intl/server";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/card";
import { requireOrgPermission } from "@/lib/organizations/context";

export default async function SettingsLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  await requireOrgPermission(org, "settings.read");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsTabs orgSlug={org} />
      {children}
    </>
  );
}
