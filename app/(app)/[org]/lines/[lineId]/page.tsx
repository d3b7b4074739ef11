import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LineDetail } from "@/components/lines/line-detail";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { linesHref, parseLinesQuery } from "@/lib/dashboard/drill-link";
import { activityEditHref, activityTypeLabel } from "@/lib/dashboard/lines-section";
import { getEmissionLine } from "@/lib/reporting/line-detail";
import { requireOrgPermission } from "@/lib/organizations/context";
import { ZId } from "@/lib/validation";

type Props = {
  params: Promise<{ org: string; lineId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata() {
  return { title: (await getTranslations("lines.detail"))("title") };
}

// A line and its factor, reached from the lines list (whose address it carries back).
export default async function LinePage({ params, searchParams }: Props) {
  const { org, lineId } = await params;
  const context = await requireOrgPermission(org, "dashboard.read");
  const id = ZId.safeParse(decodeURIComponent(lineId));
  if (!id.success) notFound();
  const query = parseLinesQuery(await searchParams);
  const line = await getEmissionLine(db(), context.organization.id, id.data, query.scope2);
  if (!line) notFound();
  const t = await getTranslations("lines");
  const locale = await getLocale();
  const factorHref =
    line.factor.kind === "library" && line.factor.recordId
      ? `/${org}/factors/${encodeURIComponent(line.factor.recordId)}`
      : line.factor.kind === "custom" && line.factor.recordId
        ? `/${org}/factors/custom/${line.factor.recordId}`
        : null;
  const activityName = line.activity.label ?? activityTypeLabel(line.activity.activityTypeId, locale);
  return (
    <>
      <PageHeader
        title={activityName}
        description={t("detail.title")}
        actions={
          <Link
            href={linesHref(org, { ...query, period: query.period ?? line.periodId })}
            className={buttonClass("ghost", "sm")}
          >
            {t("backToList")}
          </Link>
        }
      />
      <LineDetail
        line={line}
        activityName={activityName}
        factorHref={factorHref}
        editHref={activityEditHref(org, { role: context.role, userId: context.user.id }, line.activity)}
      />
    </>
  );
}
