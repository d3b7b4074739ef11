import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BoaviztaSummary } from "@/components/imports/boavizta-summary";
import { ConfirmImport } from "@/components/imports/confirm-import";
import { ImportErrorsTable } from "@/components/imports/import-errors";
import { ImportPreviewTable } from "@/components/imports/import-preview";
import { RollbackImportButton } from "@/components/imports/rollback-button";
import { ImportStatusBadge } from "@/components/imports/status-badge";
import { JobProgress } from "@/components/jobs/job-progress";
import { Card, PageHeader } from "@/components/ui/card";
import { activityTypeLabel } from "@/lib/dashboard/lines-section";
import { db } from "@/lib/db";
import { boaviztaResourcesOfImport } from "@/lib/imports/boavizta/queries";
import { importWithRun } from "@/lib/jobs/imports";
import { PREVIEW_ROWS } from "@/lib/imports/preview";
import { formatDateTime, formatEmission, formatNumber } from "@/lib/numbers/format";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";

type Props = { params: Promise<{ org: string; importId: string }> };

export default async function ImportPage({ params }: Props) {
  const { org, importId } = await params;
  const context = await requireOrgPermission(org, "imports.read");
  const imp = await importWithRun(db(), context.organization.id, importId);
  if (!imp) notFound();
  const t = await getTranslations("imports.detail");
  const locale = await getLocale();
  const canManage = can(context.role, "imports.manage");
  const boavizta =
    imp.format === "boavizta" && imp.errorCount === 0
      ? await boaviztaResourcesOfImport(db(), context.organization.id, imp.id)
      : null;
  const typeLabel = Object.fromEntries(
    imp.preview.map((r) => [r.activityTypeId, activityTypeLabel(r.activityTypeId, locale)]),
  );
  const base = `/${org}/imports/${imp.id}`;
  const figures: [string, string][] = [
    [
      t("summary"),
      `${imp.periodLabel} · ${t("rows", { count: imp.rows })} · ${t("errorCount", { count: imp.errorCount })}`,
    ],
    ...(imp.kgCO2e === null
      ? []
      : [[t("total"), `${formatEmission(imp.kgCO2e, "t", locale)} tCO2e`] as [string, string]]),
    ...(imp.lines === null ? [] : [[t("lines"), formatNumber(Number(imp.lines), locale)] as [string, string]]),
  ];
  return (
    <div className="space-y-6">
      <Link href={`/${org}/imports`} className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={imp.fileName} actions={<ImportStatusBadge status={imp.status} />} />
      <Card className="space-y-3 p-4 sm:p-5">
        <dl className="grid gap-2 text-sm sm:grid-cols-3">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500">{label}</dt>
              <dd className="font-medium text-slate-900" data-testid={`import-${label}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-slate-500">
          {[imp.createdBy, formatDateTime(imp.createdAt, locale)].filter(Boolean).join(" · ")}
          {imp.committedAt ? ` · ${t("committedAt", { date: formatDateTime(imp.committedAt, locale) })}` : null}
          {imp.rolledBackAt ? ` · ${t("rolledBackAt", { date: formatDateTime(imp.rolledBackAt, locale) })}` : null}
        </p>
        {imp.replacesImportId && imp.status !== "COMMITTED" ? (
          <p className="text-sm text-amber-800">{t("replaces")}</p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          {canManage && imp.status === "PREVIEWED" ? (
            <ConfirmImport orgSlug={org} importId={imp.id} rows={imp.rows} />
          ) : null}
          {canManage && imp.status === "COMMITTED" && !imp.periodLocked ? (
            <RollbackImportButton orgSlug={org} importId={imp.id} />
          ) : null}
          {imp.status === "COMMITTED" ? (
            // Imported lines are drafts until reviewed: data collection shows them, the reports do not yet.
            <Link
              href={`/${org}/collection/completeness?period=${imp.periodId}`}
              className="text-sm text-brand-700 hover:underline"
            >
              {t("viewInCollection")}
            </Link>
          ) : null}
          {canManage ? (
            <a href={`${base}/file`} className="text-sm text-brand-700 hover:underline">
              {t("downloadFile")}
            </a>
          ) : null}
        </div>
      </Card>
      {imp.run ? <JobProgress orgSlug={org} initial={imp.run} title={t("jobTitle")} canRetry={canManage} /> : null}
      {imp.errorCount > 0 ? (
        <section className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">{t("errorsTitle")}</h2>
            <a href={`${base}/errors`} className="text-sm text-brand-700 hover:underline">
              {t("downloadErrors")}
            </a>
          </div>
          <p className="text-sm text-slate-600">{t("errorsHint")}</p>
          <ImportErrorsTable errors={imp.errors} total={imp.errorCount} />
        </section>
      ) : null}
      {boavizta ? <BoaviztaSummary totals={imp.totals} resources={boavizta} /> : null}
      {imp.preview.length > 0 ? (
        <section className="space-y-3">
          <h2 className="text-base font-semibold text-slate-900">{t("previewTitle")}</h2>
          <p className="text-sm text-slate-600">
            {t("previewHintPlural", { count: Math.min(PREVIEW_ROWS, imp.preview.length) })}
          </p>
          <ImportPreviewTable rows={imp.preview} typeLabel={typeLabel} />
        </section>
      ) : null}
    </div>
  );
}
