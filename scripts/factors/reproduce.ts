import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ZFactorRelease } from "@/lib/factors/record";
import { DEFAULT_FACTORS_DIR, readManifest } from "@/lib/factors/releases";
import { RAW_DIR } from "./release-writer";
import { FILE_SOURCES, runIngestion, UsageError, type IngestOptions, type IngestSummary } from "./run";

// Rebuilds every shipped release from what the repository holds: the publisher's file kept in each
// release's raw/ folder, or the installed npm package for sources published as packages (Ember via
// @tgwf/co2, ADEME-Arcep via @incubateur-ademe/publicodes-acv-numerique; package-lock.json pins them).
// Into the shipped folder it is a check (every release "unchanged", or a ReleaseConflictError); into
// another folder it writes a fresh copy to compare.

export type Reproduction = { path: string; options: IngestOptions };

export function reproductionPlan(factorsDir: string = DEFAULT_FACTORS_DIR): Reproduction[] {
  return readManifest(factorsDir).releases.map((entry) => {
    if (!FILE_SOURCES.includes(entry.source)) return { path: entry.path, options: { source: entry.source } };
    const release = ZFactorRelease.parse(
      JSON.parse(readFileSync(path.join(factorsDir, entry.path, "release.json"), "utf8")),
    );
    if (!release.rawFile) throw new UsageError(`${entry.path}: release.json names no raw file`);
    const file = path.join(factorsDir, entry.path, RAW_DIR, release.rawFile.name);
    if (!existsSync(file))
      throw new UsageError(`${entry.path}: the publisher's file is missing: ${path.relative(process.cwd(), file)}`);
    return {
      path: entry.path,
      options: { source: entry.source, file, version: entry.version, publishedOn: entry.publishedOn },
    };
  });
}

export async function reproduceAll(
  factorsDir: string = DEFAULT_FACTORS_DIR,
  outDir: string = factorsDir,
): Promise<(IngestSummary & { path: string })[]> {
  const done: (IngestSummary & { path: string })[] = [];
  for (const step of reproductionPlan(factorsDir)) {
    const summary = await runIngestion({ ...step.options, outDir });
    const built = `${summary.release.source}/${summary.release.version}`;
    if (built !== step.path)
      throw new UsageError(
        `re-ingesting ${step.path} built ${built}: the installed package is not the one the release was built from (see package-lock.json)`,
      );
    done.push({ ...summary, path: step.path });
  }
  return done;
}
