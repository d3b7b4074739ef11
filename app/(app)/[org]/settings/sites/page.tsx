import { getLocale, getTranslations } from "next-intl/server";
import { SiteManager } from "@/components/sites/site-manager";
import { db } from "@/lib/db";
import { formatForInput } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listSites } from "@/lib/sites/queries";
import { listNetworks } from "@/lib/sites/networks";
import { ZMarketInstrumentInput } from "@/lib/activity/market-instrument";

export async function generateMetadata() {
  return { title: (await getTranslations("sites"))("title") };
}

export default async function SitesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const [sites, networks] = await Promise.all([
    listSites(db(), context.organization.id),
    listNetworks(db(), context.organization.id),
  ]);
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
    energy: {
      heatNetwork: s.heatNetwork,
      coolingNetwork: s.coolingNetwork,
      marketInstrument: instrumentForForm(s.marketInstrument, locale),
    },
  }));
  return <SiteManager orgSlug={org} sites={rows} networks={networks} canManage={can(context.role, "sites.manage")} />;
}

// The stored instrument as the form edits it: its factor written the user's way ("0,052" in French).
function instrumentForForm(stored: unknown, locale: string) {
  const parsed = ZMarketInstrumentInput.safeParse(stored);
  if (!parsed.success) return null;
  const { kind, supplier } = parsed.data;
  const base = { kind, ...(supplier ? { supplier } : {}) };
  if (parsed.data.kind === "guarantee_of_origin") return { ...base, certificateRef: parsed.data.certificateRef };
  return { ...base, kgCO2ePerKWh: formatForInput(parsed.data.kgCO2ePerKWh, locale) };
}
