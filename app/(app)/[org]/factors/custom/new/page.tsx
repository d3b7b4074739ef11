import { getTranslations } from "next-intl/server";
import { NewCustomFactorForm } from "@/components/factors/custom-factor-forms";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("customFactors.form"))("createTitle") };
}

export default async function NewCustomFactorPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  await requireOrgPermission(org, "factors.manage");
  const t = await getTranslations("customFactors.form");
  return <NewCustomFactorForm orgSlug={org} labels={{ title: t("createTitle"), submitLabel: t("submitCreate") }} />;
}
