import { getTranslations } from "next-intl/server";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireOrgPermission } from "@/lib/organizations/context";

export default async function TrajectoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  await requireOrgPermission(org, "dashboard.read");
  const [t, tp] = await Promise.all([getTranslations("trajectory.tabs"), getTranslations("transparency")]);
  const base = `/${org}/trajectory`;
  return (
    <>
      <SectionTabs
        label={t("label")}
        tabs={[
          { href: base, label: t("targets") },
          { href: `${base}/actions`, label: t("actions") },
          { href: `${base}/contributions`, label: t("contributions") },
          { href: `${base}/publish`, label: tp("tab") },
        ]}
      />
      {children}
    </>
  );
}
