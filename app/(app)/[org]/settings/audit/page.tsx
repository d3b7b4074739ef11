import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonClass } from "@/components/ui/button";
import { auditSearchQuery, parseAuditSearch } from "@/lib/audit-log/filters";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit-log/queries";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "audit.read");
  const t = await getTranslations("audit");
  const search = parseAuditSearch(await searchParams);
  const organizationId = context.organization.id;
  const [{ events, nextCursor }, options] = await Promise.all([
    listAuditEvents(db(), organizationId, search),
    listAuditFilterOptions(db(), organizationId),
  ]);
  // Entity types are model names; unknown ones (added later by other features) show as they are.
  const entityLabel = (type: string) => (t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
  const base = `/${org}/settings/audit`;
  return (
    <div>
      <h2 className="mb-1 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("description")}</p>
      <AuditFilterForm
        action={base}
        filter={search.filter}
        actors={options.actors}
        entityTypes={options.entityTypes}
        entityLabel={entityLabel}
      />
      <AuditTable events={events} entityLabel={entityLabel} />
      <nav aria-label={t("pagination")} className="mt-4 flex justify-between">
        {search.cursor ? (
          <Link
            href={`${base}${auditSearchQuery({ filter: search.filter })}`}
            className={buttonClass("secondary", "sm")}
          >
            {t("newest")}
          </Link>
        ) : (
          <span />
        )}
        {nextCursor ? (
          <Link
            href={`${base}${auditSearchQuery({ filter: search.filter, cursor: nextCursor })}`}
            className={buttonClass("secondary", "sm")}
          >
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
