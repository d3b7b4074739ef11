import "server-only";
import { parseReleaseRef } from "@/components/factors/releases/format";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { previewReleaseUpdate, type TReleaseUpdatePreview } from "@/lib/activity/release-update/apply";
import { listReleaseUpdates, type TReleaseUpdate } from "@/lib/factors/acceptance/updates";
import { latestJobRun, type TJobRunView } from "@/lib/jobs/runs";
import { z } from "@/lib/validation";
import { ZReleaseRef, type TReleaseRefInput } from "@/lib/factors/acceptance/release-ref";

// What the releases page reads, always for the organisation of the URL (its id comes from the access
// check, never from the query string). The library itself (releases, factors) is shared by everyone.

export type TAcceptedReleaseRow = {
  source: string;
  version: string;
  title: string;
  publisher: string;
  publishedOn: Date;
  licence: string;
  acceptedAt: Date;
  acceptedBy: string | null; // null: accepted automatically at the first calculation
};

export type TReleasesOverview = { accepted: TAcceptedReleaseRow[]; updates: TReleaseUpdate[] };

export async function loadReleasesOverview(db: Db, organizationId: string): Promise<TReleasesOverview> {
  // First: an organisation that never calculated accepts the latest releases here, as at its first calculation.
  const updates = await listReleaseUpdates(db, organizationId);
  const rows = await db.organizationFactorRelease.findMany({
    where: { organizationId },
    select: {
      source: true,
      version: true,
      acceptedAt: true,
      acceptedById: true,
      release: { select: { title: true, publisher: true, publishedOn: true, licence: true } },
    },
    orderBy: { source: "asc" },
  });
  const actorIds = [...new Set(rows.map((r) => r.acceptedById).filter((id) => id !== null))];
  const actors =
    actorIds.length === 0
      ? []
      : await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(actors.map((u) => [u.id, u.name || u.email]));
  const accepted = rows.map((r) => ({
    source: r.source,
    version: r.version,
    acceptedAt: r.acceptedAt,
    ...r.release,
    // An account deleted since keeps its place in the audit log; here it reads as unknown.
    acceptedBy: r.acceptedById === null ? null : (nameOf.get(r.acceptedById) ?? "—"),
  }));
  return { accepted, updates };
}

/** The ?preview= / ?applied= parameter ("ademe@23.7"), validated; null when absent or malformed. */
export function releaseRefParam(value: string | string[] | undefined): TReleaseRefInput | null {
  const ref = parseReleaseRef(value);
  const parsed = ref ? ZReleaseRef.safeParse(ref) : null;
  return parsed?.success ? parsed.data : null;
}

export type TFactorInfo = { id: string; nameFr: string; nameEn: string | null; unitLabel: string };
export type TFailedActivity = {
  activityId: string;
  label: string | null;
  activityTypeId: string | null;
  message: string;
};

export type TPreviewResult =
  | { ok: true; preview: TReleaseUpdatePreview; factors: Map<string, TFactorInfo>; failures: TFailedActivity[] }
  | { ok: false };

/**
 * The dry run of an update for the organisation. An unknown release, or one that is not newer than the
 * accepted one, is "unavailable" rather than an error page: the parameter may be stale or hand-written.
 */
export async function loadPreview(db: Db, organizationId: string, ref: TReleaseRefInput): Promise<TPreviewResult> {
  let preview: TReleaseUpdatePreview;
  try {
    preview = await previewReleaseUpdate(db, organizationId, ref);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return { ok: false };
    throw error;
  }
  const factorIds = [
    ...new Set(
      preview.changedFactors.flatMap((c) => [c.from?.factorId, c.to?.factorId]).filter((id) => id !== undefined),
    ),
  ];
  const factorRows =
    factorIds.length === 0
      ? []
      : await db.emissionFactor.findMany({
          where: { id: { in: factorIds } },
          select: { id: true, nameFr: true, nameEn: true, unitLabel: true },
        });
  const activityIds = preview.failures.map((f) => f.activityId).filter((id) => id !== undefined);
  const activities =
    activityIds.length === 0
      ? []
      : await db.activityData.findMany({
          where: { organizationId, id: { in: activityIds } },
          select: { id: true, label: true, activityTypeId: true },
        });
  const activityOf = new Map(activities.map((a) => [a.id, a]));
  const failures = preview.failures.map((f) => {
    const activity = f.activityId === undefined ? undefined : activityOf.get(f.activityId);
    return {
      activityId: f.activityId ?? String(f.row),
      label: activity?.label ?? null,
      activityTypeId: activity?.activityTypeId ?? null,
      message: f.message,
    };
  });
  return { ok: true, preview, factors: new Map(factorRows.map((f) => [f.id, f])), failures };
}

const ZAcceptAuditAfter = z.object({ activities: z.object({ changed: z.number() }) });

/**
 * The confirmation after an update was applied (?applied=source@version): shown only if the organisation
 * does use that version now, with the count from the acceptance's own audit row.
 */
export async function loadAppliedNotice(db: Db, organizationId: string, ref: TReleaseRefInput) {
  const accepted = await db.organizationFactorRelease.findFirst({
    where: { organizationId, source: ref.source, version: ref.version },
    select: { releaseId: true },
  });
  if (!accepted) return null;
  const event = await db.auditEvent.findFirst({
    where: { organizationId, action: "factorRelease.accept", entityId: accepted.releaseId },
    orderBy: { createdAt: "desc" },
    select: { after: true },
  });
  const after = ZAcceptAuditAfter.safeParse(event?.after);
  return { ...ref, activitiesChanged: after.success ? after.data.activities.changed : null };
}

/**
 * The organisation's latest release update job, while it matters: queued or running, or failed while
 * its version is still an update to apply (then it offers a retry). Read from the database, so the
 * progress bar survives a reload.
 */
export async function loadReleaseJob(
  db: Db,
  organizationId: string,
  updates: TReleaseUpdate[],
): Promise<{ run: TJobRunView; ref: TReleaseRefInput } | null> {
  const run = await latestJobRun(db, { organizationId }, "release.apply");
  if (!run || run.status === "DONE") return null;
  const ref = ZReleaseRef.safeParse(run.params);
  if (!ref.success) return null;
  const stillAvailable = updates.some(
    (u) => u.source === ref.data.source && u.available.some((r) => r.version === ref.data.version),
  );
  if (run.status === "FAILED" && !stillAvailable) return null;
  return { run, ref: ref.data };
}
