// Installs curated factor releases into PostgreSQL. Idempotent by (source, version): a release already
// installed with the same factors.json hash is skipped (one query for all of them), and a changed release
// under an existing version is refused, because shipped releases are immutable: a correction must ship
// as a new version.
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { emissionFactorRow, factorReleaseRow } from "@/lib/factors/db/rows";
import type { TFactorRelease } from "@/lib/factors/record";
import type { TShippedRelease } from "@/lib/factors/releases";

export type TInstallOutcome = {
  source: string;
  version: string;
  factorCount: number;
  outcome: "installed" | "unchanged";
};
type InstalledRelease = { source: string; version: string; factorsSha256: string; factorCount: number };

export class FactorReleaseConflictError extends Error {
  override name = "FactorReleaseConflictError";
}

const CHUNK_SIZE = 1000; // rows per INSERT: well under PostgreSQL's 65,535 bind parameters

type ReleaseIdentity = { source: string; version: string; factorsSha256: string; count: number };
const identityOf = (release: TFactorRelease): ReleaseIdentity => ({
  source: release.source,
  version: release.version,
  factorsSha256: release.factorsFile.sha256,
  count: release.factorsFile.count,
});

/** Checks an installed release against the shipped one: same content, or a conflict error. */
export function unchanged(installed: InstalledRelease, shipped: ReleaseIdentity | TFactorRelease): TInstallOutcome {
  const release = "factorsFile" in shipped ? identityOf(shipped) : shipped;
  const { source, version } = release;
  if (installed.factorsSha256 !== release.factorsSha256 || installed.factorCount !== release.count) {
    throw new FactorReleaseConflictError(
      `Factor release ${source} ${version} is already installed with different content ` +
        `(sha256 ${installed.factorsSha256.slice(0, 12)}…, now ${release.factorsSha256.slice(0, 12)}…). ` +
        "Shipped releases are immutable: publish the change as a new version instead of editing this one.",
    );
  }
  return { source, version, factorCount: installed.factorCount, outcome: "unchanged" };
}

function assertConsistent({ release, factors }: TShippedRelease): void {
  const where = `${release.source} ${release.version}`;
  if (factors.length !== release.factorsFile.count) {
    throw new Error(
      `Factor release ${where}: release.json announces ${release.factorsFile.count} factors, factors.json has ${factors.length}.`,
    );
  }
  const stray = factors.find((f) => f.source !== release.source || f.version !== release.version);
  if (stray) throw new Error(`Factor release ${where}: ${stray.id} belongs to another release.`);
}

/** Installs one release in one transaction (all its factors or none), or checks it is already there. */
export async function installFactorRelease(db: Db, shipped: TShippedRelease): Promise<TInstallOutcome> {
  const { release, factors } = shipped;
  const key = { source_version: { source: release.source, version: release.version } };
  const existing = await db.factorRelease.findUnique({ where: key });
  if (existing) return unchanged(existing, release);
  assertConsistent(shipped);
  try {
    await db.$transaction(
      async (tx) => {
        const row = await tx.factorRelease.create({ data: factorReleaseRow(release) });
        for (let i = 0; i < factors.length; i += CHUNK_SIZE) {
          await tx.emissionFactor.createMany({
            data: factors.slice(i, i + CHUNK_SIZE).map((f) => emissionFactorRow(f, row.id)),
          });
        }
      },
      { maxWait: 30_000, timeout: 5 * 60_000 },
    );
  } catch (error) {
    // Another instance starting at the same moment may have installed it first: then compare with that.
    const winner = isUniqueViolation(error) ? await db.factorRelease.findUnique({ where: key }) : null;
    if (winner) return unchanged(winner, release);
    throw error;
  }
  return { source: release.source, version: release.version, factorCount: factors.length, outcome: "installed" };
}

/** Installs every given release that is not installed yet; refuses changed ones. */
export async function installFactorReleases(db: Db, releases: TShippedRelease[]): Promise<TInstallOutcome[]> {
  const installed = await installedReleases(db);
  const outcomes: TInstallOutcome[] = [];
  for (const item of releases) {
    const known = installed.get(`${item.release.source}@${item.release.version}`);
    outcomes.push(known ? unchanged(known, item.release) : await installFactorRelease(db, item));
  }
  return outcomes;
}

/** Installed releases by "source@version", in one query. */
export async function installedReleases(db: Db): Promise<Map<string, InstalledRelease>> {
  const rows = await db.factorRelease.findMany({
    select: { source: true, version: true, factorsSha256: true, factorCount: true },
  });
  return new Map(rows.map((r) => [`${r.source}@${r.version}`, r]));
}

export function describeOutcomes(outcomes: TInstallOutcome[]): string {
  if (outcomes.length === 0) return "Factor library: no shipped release found.";
  const parts = outcomes.map(
    (o) =>
      `${o.source} ${o.version} (${o.factorCount} factors, ${o.outcome === "installed" ? "installed" : "already installed"})`,
  );
  return `Factor library: ${parts.join("; ")}.`;
}
