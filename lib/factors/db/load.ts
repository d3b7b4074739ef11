// The startup hook: installs the releases shipped in emission-factors/ into PostgreSQL, at every start.
// When sources.json lists only releases already installed with the same hashes, nothing else is read
// (~0 s); otherwise every release is read and validated (lib/factors/releases.ts) and the missing ones
// are installed. A release changed under an installed version is refused.
import type { Db } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/client";
import { installFactorReleases, installedReleases, unchanged, type TInstallOutcome } from "@/lib/factors/db/install";
import { DEFAULT_FACTORS_DIR, loadShippedReleases, readManifest } from "@/lib/factors/releases";

export async function loadShippedFactorReleases(db: Db, dir: string = DEFAULT_FACTORS_DIR): Promise<TInstallOutcome[]> {
  const manifest = readManifest(dir);
  const installed = await installedReleases(db);
  // Manifest entries carry each release's factors.json hash and count: enough to compare.
  const outcomes = manifest.releases.map((entry) => {
    const row = installed.get(`${entry.source}@${entry.version}`);
    return row ? unchanged(row, entry) : null;
  });
  if (outcomes.every((o) => o !== null)) return outcomes;
  return installFactorReleases(db, loadShippedReleases(dir));
}

/** For scripts and the test harness: connects to `databaseUrl`, loads, disconnects. */
export async function loadFactorLibrary(databaseUrl: string, dir?: string): Promise<TInstallOutcome[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    return await loadShippedFactorReleases(db, dir);
  } finally {
    await db.$disconnect();
  }
}
