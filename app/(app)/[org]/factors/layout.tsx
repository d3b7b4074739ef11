import { getTranslations } from "next-intl/server";
import { FactorsTabs } from "@/components/factors/factors-tabs";
import { FactorReleasesLink } from "@/components/factors/releases/releases-link";
import { PageHeader } from "@/components/ui/card";
import { requireOrgPermission } from "@/lib/organizations/context";

export default async function FactorsLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  await requireOrgPermission(org, "factors.read");
  const t = await getTranslations("factors");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<FactorReleasesLink orgSlug={org} />} />
      <FactorsTabs orgSlug={org} />
      {children}
    </>
  );
}
