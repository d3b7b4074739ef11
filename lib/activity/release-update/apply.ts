// Moving an organisation to a newer release of one source. The preview recomputes, in memory, every
// activity of the organisation's OPEN periods with the candidate set of releases and compares with the
// stored lines; applying (a background job, lib/jobs "release.apply") does the same in one transaction,
// chunk by chunk, records the acceptance and replaces the lines that change. Locked periods keep their
// lines, and with them the old factor ids and values.
import type { TenantScope } from "@/lib/audit";
import { recordAudit } from "@/lib/audit";
import { recomputeInChunks, type TChunkOptions } from "@/lib/activity/chunked";
import { calcContextOf, loadOrgRefs, lockOrganization } from "@/lib/activity/context";
import { ActivityRowsError, type TRowError } from "@/lib/activity/errors";
import { loadOpenActivities, planRecompute, type TRecomputePlan } from "@/lib/activity/recompute";
import { summarise, type TReleaseDiffSummary } from "@/lib/activity/release-update/diff";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveReleaseUpdate, type TReleaseRef } from "@/lib/factors/acceptance/updates";
import { buildIndexForReleases, type DbClient } from "@/lib/factors/org-index";

export type TReleaseUpdatePreview = TReleaseDiffSummary & {
  source: string;
  from: { version: string; releaseId: string } | null;
  to: { version: string; releaseId: string; title: string; publishedOn: Date };
  failures: TRowError[]; // activities the candidate release cannot compute: applying is refused while any remain
};

/** Everything a preview or an application reads: the candidate, the open activities and their stored lines. */
async function loadReleaseUpdate(db: DbClient, organizationId: string, ref: TReleaseRef, country: string) {
  const { candidate, current, releaseIds } = await resolveReleaseUpdate(db, organizationId, ref);
  const [refs, activities, built, storedLines] = await Promise.all([
    loadOrgRefs(db, organizationId, country),
    loadOpenActivities(db, organizationId),
    buildIndexForReleases(db, organizationId, releaseIds),
    db.emissionLine.findMany({
      where: { organizationId, period: { organizationId, status: "OPEN" } },
      select: {
        activityId: true,
        periodId: true,
        position: true,
        scope: true,
        ghgCategory: true,
        kgCO2e: true,
        marketKgCO2e: true,
        factorId: true,
        factorValue: true,
      },
      orderBy: [{ activityId: "asc" }, { position: "asc" }],
    }),
  ]);
  // The activities' own lines: those amortised equipment carries into later periods follow them.
  const ownPeriod = new Map(activities.map((a) => [a.id, a.periodId]));
  const ownLines = storedLines.filter((l) => ownPeriod.get(l.activityId) === l.periodId);
  return { candidate, current, activities, storedLines: ownLines, ctx: calcContextOf(refs, built) };
}

type TLoaded = Awaited<ReturnType<typeof loadReleaseUpdate>>;

function previewOf(ref: TReleaseRef, loaded: TLoaded, plan: TRecomputePlan): TReleaseUpdatePreview {
  const { candidate, current } = loaded;
  return {
    source: ref.source,
    from: current && { version: current.version, releaseId: current.releaseId },
    to: {
      version: candidate.version,
      releaseId: candidate.id,
      title: candidate.title,
      publishedOn: candidate.publishedOn,
    },
    ...summarise(plan, loaded.storedLines),
    failures: [...plan.failures],
  };
}

async function countryOf(db: DbClient, organizationId: string): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { country: true } });
  if (!org) throw new AppError("NOT_FOUND");
  return org.country;
}

/** What accepting `ref` would change for the organisation's open periods. Writes nothing (except the lazy first acceptance). */
export async function previewReleaseUpdate(
  db: DbClient,
  organizationId: string,
  ref: TReleaseRef,
): Promise<TReleaseUpdatePreview> {
  const loaded = await loadReleaseUpdate(db, organizationId, ref, await countryOf(db, organizationId));
  return previewOf(ref, loaded, planRecompute(loaded.activities, loaded.ctx));
}

/** Whether the organisation already uses exactly this release (a retried job that had in fact committed). */
export async function isReleaseAccepted(db: DbClient, organizationId: string, ref: TReleaseRef): Promise<boolean> {
  const row = await db.organizationFactorRelease.findFirst({
    where: { organizationId, source: ref.source, version: ref.version },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Accepts `ref` for the organisation: in one transaction, records the acceptance, replaces the lines of the
 * open periods' activities that change, and writes a `factorRelease.accept` audit row carrying the preview
 * (old factor values included). Refuses, writing nothing, while an activity cannot be computed with it.
 */
export async function applyReleaseUpdate(
  db: Db,
  scope: TenantScope,
  ref: TReleaseRef,
  chunks: TChunkOptions = {},
): Promise<TReleaseUpdatePreview> {
  const { organizationId, actor } = scope;
  return db.$transaction(
    async (tx) => {
      const { country } = await lockOrganization(tx, organizationId, "exclusive");
      const loaded = await loadReleaseUpdate(tx, organizationId, ref, country);
      const now = new Date();
      const { plan } = await recomputeInChunks(tx, organizationId, loaded.activities, loaded.ctx, now, chunks);
      if (plan.failures.length > 0) throw new ActivityRowsError(plan.failures);
      const preview = previewOf(ref, loaded, plan);
      const { candidate } = loaded;
      const acceptance = {
        releaseId: candidate.id,
        version: candidate.version,
        acceptedAt: now,
        acceptedById: actor.id,
      };
      await tx.organizationFactorRelease.upsert({
        where: { organizationId_source: { organizationId, source: candidate.source } },
        update: acceptance,
        create: { ...acceptance, organizationId, source: candidate.source },
      });
      const { failures: _none, ...summary } = preview;
      await recordAudit(tx, {
        ...scope,
        action: "factorRelease.accept",
        entityType: "FactorRelease",
        entityId: candidate.id,
        before: { source: candidate.source, ...preview.from },
        after: summary,
      });
      return preview;
    },
    // Off the request path (a background job): long is fine, it is one transaction all the same.
    { maxWait: 15_000, timeout: 60 * 60_000 },
  );
}
