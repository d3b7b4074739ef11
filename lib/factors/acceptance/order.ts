import { compareNatural } from "@/lib/calc/natural-sort";

// Which of two releases of one source is the newer: the later publication date, then the version in
// natural order ("23.10" after "23.6"), then the later installation. The date comes first because
// version strings are free text across publishers ("2025", "23.6", "2024-co2js-0.19.0") and only the
// publisher's data date orders them reliably.

export type TReleaseOrderKey = { version: string; publishedOn: Date; installedAt: Date };

export function compareReleases(a: TReleaseOrderKey, b: TReleaseOrderKey): number {
  const byDate = a.publishedOn.getTime() - b.publishedOn.getTime();
  if (byDate !== 0) return Math.sign(byDate);
  const byVersion = compareNatural(a.version, b.version);
  if (byVersion !== 0) return Math.sign(byVersion);
  return Math.sign(a.installedAt.getTime() - b.installedAt.getTime());
}

/** The newest release of each source. */
export function latestBySource<T extends TReleaseOrderKey & { source: string }>(releases: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const release of releases) {
    const current = latest.get(release.source);
    if (!current || compareReleases(release, current) > 0) latest.set(release.source, release);
  }
  return [...latest.values()].sort((a, b) => a.source.localeCompare(b.source));
}
