import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RequestList } from "@/components/requests/request-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { listRequestEvidence } from "@/lib/evidence/queries";
import { requireOrgPermission } from "@/lib/organizations/context";
import { isoDateOf } from "@/lib/periods/dates";
import { can } from "@/lib/permissions";
import { listLinesToHandIn, listRequests } from "@/lib/requests/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("title") };
}

// Managers see every request; people who cannot manage requests see "My requests", those assigned to them.
export default async function RequestsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "activity.create");
  const canManage = can(context.role, "requests.manage");
  const organizationId = context.organization.id;
  const today = isoDateOf(new Date());
  const requests = await listRequests(db(), organizationId, {
    today,
    ...(canManage ? {} : { assigneeId: context.user.id }),
  });
  const mine = requests.filter((r) => r.assigneeId === context.user.id).map((r) => r.id);
  // Every request listed here is one this person sees (lib/requests/visibility.ts), so its files are too.
  const [toHandIn, files] = await Promise.all([
    listLinesToHandIn(db(), organizationId, mine),
    listRequestEvidence(
      db(),
      organizationId,
      requests.map((r) => r.id),
    ),
  ]);
  const t = await getTranslations("requests");
  return (
    <div>
      <PageHeader
        title={canManage ? t("title") : t("mine")}
        description={canManage ? t("description") : t("mineDescription")}
        actions={
          canManage ? (
            <Link href={`/${org}/collection/requests/new`} className={buttonClass()}>
              {t("new")}
            </Link>
          ) : null
        }
      />
      <RequestList
        orgSlug={org}
        requests={requests}
        toHandIn={toHandIn}
        files={Object.fromEntries(files)}
        canManage={canManage}
        userId={context.user.id}
      />
    </div>
  );
}
