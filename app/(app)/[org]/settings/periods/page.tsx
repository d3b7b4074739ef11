import { getTranslations } from "next-intl/server";
import { JobProgress } from "@/components/jobs/job-progress";
import { PeriodManager } from "@/components/periods/period-manager";
import { db } from "@/lib/db";
import { latestJobRun } from "@/lib/jobs/runs";
import { requireOrgPermission } from "@/lib/organizations/context";
import { getFiscalYearStartMonth, listPeriods } from "@/lib/periods/queries";
import { can } from "@/lib/permissions";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function generateMetadata() {
  return { title: (await getTranslations("periods"))("title") };
}

export default async function PeriodsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const canManage = can(context.role, "periods.manage");
  const [periods, fiscalYearStartMonth, run] = await Promise.all([
    listPeriods(db(), context.organization.id),
    getFiscalYearStartMonth(db(), context.organization.id),
    canManage ? latestJobRun(db(), { organizationId: context.organization.id }, "period.recompute") : null,
  ]);
  const t = await getTranslations("periods");
  // A recalculation shows while it runs, for ten minutes once done, and for a day after it failed
  // (with its retry button).
  const age = run ? Date.now() - (run.finishedAt ?? run.createdAt).getTime() : 0;
  const shown = run && (run.status === "DONE" ? age < 10 * 60_000 : run.status !== "FAILED" || age < DAY_MS);
  const period = run ? periods.find((p) => p.id === run.targetKey) : undefined;
  const job =
    run && shown && period ? (
      <JobProgress
        orgSlug={org}
        initial={run}
        title={t("recompute.title", { period: period.label })}
        canRetry={canManage}
      />
    ) : null;
  return (
    <PeriodManager
      job={job}
      orgSlug={org}
      periods={periods}
      fiscalYearStartMonth={fiscalYearStartMonth}
      canManage={canManage}
      canLock={can(context.role, "periods.lock")}
    />
  );
}
