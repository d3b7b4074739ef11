import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { CustomFactorDetail } from "@/components/factors/custom-factor-detail";
import { localName } from "@/components/factors/format";
import { db } from "@/lib/db";
import { getCustomFactorWithHistory } from "@/lib/factors/db/custom-queries";
import { getOrgContext, requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

type Props = { params: Promise<{ org: string; customFactorId: string }> };

export async function generateMetadata({ params }: Props) {
  const { org, customFactorId } = await params;
  const context = await getOrgContext(org);
  const data = await getCustomFactorWithHistory(db(), context.organization.id, customFactorId);
  return { title: data ? localName(data.factor, await getLocale()) : undefined };
}

export default async function CustomFactorPage({ params }: Props) {
  const { org, customFactorId } = await params;
  const context = await requireOrgPermission(org, "factors.read");
  const data = await getCustomFactorWithHistory(db(), context.organization.id, customFactorId);
  if (!data) notFound();
  return <CustomFactorDetail orgSlug={org} data={data} canManage={can(context.role, "factors.manage")} />;
}
