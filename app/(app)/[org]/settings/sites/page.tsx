import { getLocale, getTranslations } from "next-intl/server";
import { SiteManager } from "@/components/sites/site-manager";
import { db } from "@/lib/db";
import { formatForInput } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listSites } from "@/lib/sites/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("sites"))("title") };
}

export default async function SitesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const sites = await listSites(db(), context.organization.id);
  const locale = await getLocale();
  const rows = sites.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    address: s.address ?? "",
    city: s.city ?? "",
    country: s.country,
    // As the user writes numbers: shown in the list and read back by the form the same way.
    surfaceM2: formatForInput(s.surfaceM2, locale),
    headcount: formatForInput(s.headcount, locale),
  }));
  return <SiteManager orgSlug={org} sites={rows} canManage={can(context.role, "sites.manage")} />;
}
