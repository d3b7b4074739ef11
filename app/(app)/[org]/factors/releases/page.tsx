import { getTranslations } from "next-intl/server";
import { AcceptedReleasesTable } from "@/components/factors/releases/accepted-releases-table";
import { releaseRef } from "@/components/factors/releases/format";
import { ReleasePreview } from "@/components/factors/releases/release-preview";
import { ReleaseUpdateCards } from "@/components/factors/releases/update-cards";
import { FormSuccess } from "@/components/forms/form-error";
import { JobProgress } from "@/components/jobs/job-progress";
import { db } from "@/lib/db";
import { RELEASE_ACCEPTANCE_PERMISSION } from "@/lib/factors/acceptance/updates";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { loadAppliedNotice, loadPreview, loadReleaseJob, loadReleasesOverview, releaseRefParam } from "./data";

export async function generateMetadata() {
  return { title: (await getTranslations("factorReleases"))("title") };
}

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FactorReleasesPage({ params, searchParams }: Props) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "factors.read");
  const organizationId = context.organization.id;
  const canManage = can(context.role, RELEASE_ACCEPTANCE_PERMISSION);
  const t = await getTranslations("factorReleases");
  const tf = await getTranslations("factors");
  const query = await searchParams;

  const { accepted, updates } = await loadReleasesOverview(db(), organizationId);
  // The preview is a dry run of the whole organisation: only for those who may apply it.
  const previewRef = canManage ? releaseRefParam(query.preview) : null;
  const preview = previewRef ? await loadPreview(db(), organizationId, previewRef) : null;
  const appliedRef = releaseRefParam(query.applied);
  const applied = appliedRef ? await loadAppliedNotice(db(), organizationId, appliedRef) : null;
  const sourceName = (s: string) => (tf.has(`sources.${s}`) ? tf(`sources.${s}`) : s);
  const job = await loadReleaseJob(db(), organizationId, updates);

  const newestBySource = new Map(updates.map((u) => [u.source, u.available[0]?.version ?? null]));
  const rows = accepted.map((r) => ({ ...r, newestAvailable: newestBySource.get(r.source) ?? null }));

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("description")}</p>
        {applied ? (
          <FormSuccess
            message={[
              t("applied", { source: sourceName(applied.source), version: applied.version }),
              applied.activitiesChanged === null ? null : t("appliedCounts", { count: applied.activitiesChanged }),
            ]
              .filter(Boolean)
              .join(" ")}
          />
        ) : null}
        {job ? (
          <JobProgress
            orgSlug={org}
            initial={job.run}
            title={t("job.title", { source: sourceName(job.ref.source), version: job.ref.version })}
            canRetry={canManage}
            doneHref={`/${org}/factors/releases?applied=${encodeURIComponent(releaseRef(job.ref))}`}
          />
        ) : null}
      </div>

      <section aria-labelledby="accepted-title" className="space-y-3">
        <h3 id="accepted-title" className="text-base font-semibold text-slate-900">
          {t("accepted.title")}
        </h3>
        <AcceptedReleasesTable rows={rows} />
      </section>

      <section aria-labelledby="updates-title" className="space-y-3">
        <h3 id="updates-title" className="text-base font-semibold text-slate-900">
          {t("updates.title")}
        </h3>
        {updates.length === 0 ? (
          <p
            role="status"
            className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
          >
            {t("updates.none")}
          </p>
        ) : (
          <ReleaseUpdateCards
            orgSlug={org}
            updates={updates}
            canManage={canManage}
            previewing={previewRef && preview?.ok ? releaseRef(previewRef) : null}
          />
        )}
      </section>

      {preview ? (
        preview.ok ? (
          <ReleasePreview
            orgSlug={org}
            preview={preview.preview}
            factors={preview.factors}
            failures={preview.failures}
            applying={job !== null && (job.run.status === "QUEUED" || job.run.status === "RUNNING")}
          />
        ) : (
          <p
            id="preview"
            role="alert"
            className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {t("preview.unavailable")}
          </p>
        )
      ) : null}
    </div>
  );
}
