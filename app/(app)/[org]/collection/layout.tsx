import { CollectionTabs } from "@/components/activity/collection-tabs";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export default async function CollectionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "activity.read");
  const tabs = [
    "categories" as const,
    "completeness" as const,
    ...(can(context.role, "activity.create") ? ["requests" as const] : []),
    ...(can(context.role, "activity.validate") ? ["review" as const] : []),
    ...(can(context.role, "surveys.manage") ? ["surveys" as const] : []),
  ];
  return (
    <>
      <CollectionTabs orgSlug={org} tabs={tabs} />
      {children}
    </>
  );
}
