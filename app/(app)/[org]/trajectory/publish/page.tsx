import { getLocale, getTranslations } from "next-intl/server";
import { PageState } from "@/components/transparency/page-state";
import { PublishForm } from "@/components/transparency/publish-form";
import { PageHeader } from "@/components/ui/card";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { managedPage } from "@/lib/transparency/queries";
import { SECTION_KEYS, type TSections } from "@/lib/transparency/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("transparency.manage"))("title") };
}

// Publishing the public transparency page: its state and links for every reader of the trajectory;
// the form and revocation for those who may publish.
export default async function PublishTransparencyPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const organizationId = context.organization.id;
  const canPublish = can(context.role, "transparency.publish");
  const [page, periods, base, locale, t] = await Promise.all([
    managedPage(db(), organizationId),
    db().reportingPeriod.findMany({
      where: { organizationId },
      orderBy: { year: "asc" },
      select: { id: true, label: true },
    }),
    appUrl(),
    getLocale(),
    getTranslations("transparency"),
  ]);
  const latest = periods.at(-1);
  const initial: TSections = page?.sections ?? {
    periodIds: latest ? [latest.id] : [],
    totals: true,
    baseYear: true,
    targets: true,
    actions: true,
    methodology: true,
    contributions: false,
  };
  const state = !page
    ? ({ kind: "none" } as const)
    : {
        kind: page.live ? ("live" as const) : ("revoked" as const),
        date: formatDateTime(page.revokedAt ?? page.publishedAt, locale),
      };
  return (
    <>
      <PageHeader title={t("manage.title")} description={t("manage.description")} />
      <div className="space-y-6">
        <PageState
          orgSlug={org}
          state={state}
          links={
            page?.live
              ? { tokenUrl: `${base}/p/${page.token}`, slugUrl: page.slug ? `${base}/p/${page.slug}` : null }
              : null
          }
          sections={SECTION_KEYS.filter((key) => page?.sections[key]).map((key) => t(`sections.${key}`))}
          canManage={canPublish}
        />
        {canPublish ? (
          <PublishForm
            orgSlug={org}
            periods={periods}
            initial={initial}
            slug={page?.slug ?? null}
            live={page?.live ?? false}
          />
        ) : null}
        <p className="text-xs text-slate-500">{t("manage.privacy")}</p>
      </div>
    </>
  );
}
