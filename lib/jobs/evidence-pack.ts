import "server-only";
import { recordAudit, type TenantScope } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { startJob, type TJobSender } from "@/lib/jobs/enqueue";
import { latestJobRun, type TJobRunView } from "@/lib/jobs/runs";
import { EVIDENCE_PACK_KIND } from "@/lib/exports/evidence-pack";
import { findExportFile, type TExportFileMeta } from "@/lib/exports/file-store";
import type { TExportLocale } from "@/lib/exports/messages";

// Asking for a period's evidence pack: the period must be the organisation's; the request is audited (who
// asked for a copy of every line, factor and the trail, and when) and the build queued as a job. Asking
// again while one is queued or running returns that run.

async function ownPeriod(db: Db, organizationId: string, periodId: string): Promise<{ id: string }> {
  const period = await db.reportingPeriod.findFirst({ where: { id: periodId, organizationId }, select: { id: true } });
  if (!period) throw new AppError("NOT_FOUND");
  return period;
}

/** `sender` is asked for only once the period is known to be the organisation's. */
export async function startEvidencePack(
  db: Db,
  sender: () => Promise<TJobSender>,
  scope: TenantScope,
  input: { periodId: string; locale: TExportLocale },
): Promise<TJobRunView> {
  const period = await ownPeriod(db, scope.organizationId, input.periodId);
  const run = await startJob(db, await sender(), scope, "evidence.pack", input);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      ...scope,
      action: "export.evidencePack",
      entityType: "ReportingPeriod",
      entityId: period.id,
      after: { runId: run.id, locale: input.locale },
    }),
  );
  return (await latestJobRun(db, scope, "evidence.pack", period.id)) as TJobRunView;
}

/** What the dashboard shows after a reload: the period's latest pack run and its finished file. */
export async function evidencePackState(
  db: Db,
  organizationId: string,
  periodId: string,
): Promise<{ run: TJobRunView | null; file: TExportFileMeta | null }> {
  await ownPeriod(db, organizationId, periodId);
  const [run, latest] = await Promise.all([
    latestJobRun(db, { organizationId }, "evidence.pack", periodId),
    db.exportFile.findFirst({
      where: { organizationId, periodId, kind: EVIDENCE_PACK_KIND, complete: true },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    }),
  ]);
  return { run, file: latest ? await findExportFile(db, { organizationId }, latest.id) : null };
}
