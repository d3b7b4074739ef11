import { BookOpen, Calculator, Download, Server } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportsList } from "@/components/imports/imports-list";
import { ImportUploadForm } from "@/components/imports/upload-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { db } from "@/lib/db";
import { listImportsWithRuns } from "@/lib/jobs/imports";
import { IMPORT_MAX_BYTES } from "@/lib/imports/upload";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

export async function generateMetadata() {
  return { title: (await getTranslations("imports.page"))("title") };
}

export default async function ImportsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "imports.read");
  const t = await getTranslations("imports");
  const tApi = await getTranslations("boaviztaApi.page");
  const organizationId = context.organization.id;
  const canManage = can(context.role, "imports.manage");
  const [imports, periods] = await Promise.all([
    listImportsWithRuns(db(), organizationId),
    db().reportingPeriod.findMany({
      where: { organizationId, status: "OPEN" },
      orderBy: { startDate: "desc" },
      select: { id: true, label: true },
    }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("page.title")}
        description={t("page.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/${org}/imports/hosting`} className={buttonClass("secondary", "sm")}>
              <Server aria-hidden className="size-4" />
              {t("page.hostingLink")}
            </Link>
            {canManage ? (
              <>
                <Link href={`/${org}/imports/templates`} className={buttonClass("secondary", "sm")}>
                  <Download aria-hidden className="size-4" />
                  {t("page.templatesLink")}
                </Link>
                <Link href={`/${org}/imports/fec`} className={buttonClass("secondary", "sm")}>
                  <BookOpen aria-hidden className="size-4" />
                  {t("page.fecLink")}
                </Link>
                <Link href={`/${org}/imports/boavizta-api`} className={buttonClass("secondary", "sm")}>
                  <Calculator aria-hidden className="size-4" />
                  {tApi("link")}
                </Link>
              </>
            ) : null}
          </div>
        }
      />
      {canManage ? (
        <Card className="p-4 sm:p-5">
          <h2 className="mb-3 text-base font-semibold text-slate-900">{t("upload.title")}</h2>
          <ImportUploadForm orgSlug={org} periods={periods} maxMb={IMPORT_MAX_BYTES / 1024 / 1024} />
        </Card>
      ) : null}
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">{t("page.listTitle")}</h2>
        <ImportsList orgSlug={org} imports={imports} canManage={canManage} />
      </section>
    </div>
  );
}
