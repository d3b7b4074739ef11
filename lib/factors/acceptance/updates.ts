// Which installed library releases an organisation could move to. A newer release is never used until a
// manager accepts it (applyReleaseUpdate); a new organisation accepts the latest ones when it is created.
import { AppError } from "@/lib/errors";
import { compareReleases } from "@/lib/factors/acceptance/order";
import { listAcceptedReleases, type DbClient, type TAcceptedRelease } from "@/lib/factors/org-index";

/** Whoever accepts a release needs this permission (the server action checks it: managers and owners). */
export const RELEASE_ACCEPTANCE_PERMISSION = "factors.manage" as const;

export type TReleaseRef = { source: string; version: string };

const RELEASE_SELECT = {
  id: true,
  source: true,
  version: true,
  title: true,
  publisher: true,
  publishedOn: true,
  installedAt: true,
  factorCount: true,
  licence: true,
} as const;

export type TInstalledRelease = {
  id: string;
  source: string;
  version: string;
  title: string;
  publisher: string;
  publishedOn: Date;
  installedAt: Date;
  factorCount: number;
  licence: string;
};

export type TReleaseUpdate = {
  source: string;
  accepted: (TAcceptedRelease & { publishedOn: Date }) | null;
  available: TInstalledRelease[]; // newer than the accepted one, newest first
};

export async function listReleaseUpdates(db: DbClient, organizationId: string): Promise<TReleaseUpdate[]> {
  const accepted = await listAcceptedReleases(db, organizationId);
  const installed: TInstalledRelease[] = await db.factorRelease.findMany({ select: RELEASE_SELECT });
  const byId = new Map(installed.map((r) => [r.id, r]));
  const sources = [...new Set(installed.map((r) => r.source))].sort();
  const updates: TReleaseUpdate[] = [];
  for (const source of sources) {
    const current = accepted.find((a) => a.source === source) ?? null;
    const currentRelease = current ? byId.get(current.releaseId) : undefined;
    const available = installed
      .filter((r) => r.source === source && (!currentRelease || compareReleases(r, currentRelease) > 0))
      .sort((a, b) => compareReleases(b, a));
    if (available.length === 0) continue;
    updates.push({
      source,
      accepted: current && currentRelease ? { ...current, publishedOn: currentRelease.publishedOn } : null,
      available,
    });
  }
  return updates;
}

/**
 * The release to move to and the set of releases the organisation would then use. Refuses (CONFLICT) a
 * release that is not newer than the accepted one: going back is not an update.
 */
export async function resolveReleaseUpdate(db: DbClient, organizationId: string, ref: TReleaseRef) {
  const candidate = await db.factorRelease.findUnique({
    where: { source_version: { source: ref.source, version: ref.version } },
    select: RELEASE_SELECT,
  });
  if (!candidate) throw new AppError("NOT_FOUND");
  const accepted = await listAcceptedReleases(db, organizationId);
  const current = accepted.find((a) => a.source === ref.source) ?? null;
  if (current) {
    const currentRelease = await db.factorRelease.findUniqueOrThrow({
      where: { id: current.releaseId },
      select: RELEASE_SELECT,
    });
    if (compareReleases(candidate, currentRelease) <= 0)
      throw new AppError("CONFLICT", { version: "factors.validation.releaseNotNewer" });
  }
  const releaseIds = [...accepted.filter((a) => a.source !== ref.source).map((a) => a.releaseId), candidate.id];
  return { candidate, current, releaseIds };
}
