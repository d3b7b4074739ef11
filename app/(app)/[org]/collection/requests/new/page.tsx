import { getTranslations } from "next-intl/server";
import { RequestForm } from "@/components/requests/request-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { isoDateOf } from "@/lib/periods/dates";
import { listPeriods } from "@/lib/periods/queries";
import { listAssignableMembers } from "@/lib/requests/queries";
import { listSites } from "@/lib/sites/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("new") };
}

const FOUR_WEEKS_MS = 28 * 24 * 60 * 60 * 1000;

export default async function NewRequestPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "requests.manage");
  const organizationId = context.organization.id;
  const [periods, sites, members] = await Promise.all([
    listPeriods(db(), organizationId),
    listSites(db(), organizationId),
    listAssignableMembers(db(), organizationId),
  ]);
  const open = periods.filter((p) => p.status === "OPEN").sort((a, b) => b.year - a.year);
  const t = await getTranslations("requests");
  return (
    <div>
      <PageHeader title={t("new")} description={t("newDescription")} />
      {open.length === 0 ? (
        <EmptyState title={t("noOpenPeriod")} />
      ) : (
        <RequestForm
          orgSlug={org}
          periods={open.map((p) => ({ id: p.id, name: p.label }))}
          sites={sites.map((s) => ({ id: s.id, name: s.name }))}
          members={members}
          defaultDueDate={isoDateOf(new Date(Date.now() + FOUR_WEEKS_MS))}
        />
      )}
    </div>
  );
}
