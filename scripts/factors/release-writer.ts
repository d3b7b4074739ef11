import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZFactorRecord, ZFactorRelease, type TFactorRecord, type TFactorRelease } from "@/lib/factors/record";
import { compareNatural } from "@/lib/calc/natural-sort";
import { MANIFEST_FILE, ZSourcesManifest, type TManifestEntry, type TSourcesManifest } from "@/lib/factors/releases";

// Writes one release folder (factors.json + release.json + raw/<the publisher's file>) and its
// sources.json entry. Output is a pure function of the input, so re-ingesting the same file gives the
// same bytes; a release that already exists is never rewritten: identical output is a no-op, different
// output is refused. The publisher's file is kept beside the release (both licences allow it) so that
// every release can be rebuilt from the repository alone (scripts/factors/reproduce.ts).

/** Folder, inside a release, holding the official file it was built from. */
export const RAW_DIR = "raw";

const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");
const MANIFEST_COMMENT =
  "Every shipped factor release, with the hashes CI checks (lib/factors/releases.ts). Written by `npm run factors:ingest`; never edit by hand.";

/** One factor per line: diffs between releases stay reviewable. */
export function serializeFactors(factors: TFactorRecord[]): string {
  return `[\n${factors.map((f) => JSON.stringify(f)).join(",\n")}\n]\n`;
}

export class ReleaseConflictError extends Error {
  override name = "ReleaseConflictError";
}

function checkFactors(release: Pick<TFactorRelease, "source" | "version">, factors: TFactorRecord[]): void {
  const parsed = z.array(ZFactorRecord).safeParse(factors);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = typeof issue.path[0] === "number" ? factors[issue.path[0]]?.id : "";
    throw new Error(`invalid factor ${at}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const ids = new Set<string>();
  factors.forEach((f, i) => {
    if (f.source !== release.source || f.version !== release.version)
      throw new Error(`${f.id} belongs to another release`);
    if (ids.has(f.id)) throw new Error(`duplicate factor id ${f.id}`);
    ids.add(f.id);
    if (i > 0 && compareNatural(factors[i - 1]!.sourceId, f.sourceId) >= 0)
      throw new Error(`factors not sorted by sourceId at ${f.id}`);
  });
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function updateManifest(outDir: string, entry: TManifestEntry): void {
  const file = path.join(outDir, MANIFEST_FILE);
  const current: TSourcesManifest = existsSync(file)
    ? ZSourcesManifest.parse(JSON.parse(readFileSync(file, "utf8")))
    : { $comment: MANIFEST_COMMENT, releases: [] };
  const releases = current.releases.filter((r) => !(r.source === entry.source && r.version === entry.version));
  releases.push(entry);
  releases.sort((a, b) =>
    a.source === b.source ? compareNatural(a.version, b.version) : a.source < b.source ? -1 : 1,
  );
  writeAtomically(file, `${JSON.stringify({ $comment: MANIFEST_COMMENT, releases }, null, 2)}\n`);
}

export type WriteResult = { status: "written" | "unchanged"; dir: string; release: TFactorRelease; bytes: number };

/** Copies the publisher's file into the release's raw/ folder, or checks the copy already there. */
function keepRawFile(dir: string, relPath: string, rawSource: string, rawName: string): void {
  const kept = path.join(dir, RAW_DIR, rawName);
  if (existsSync(kept)) {
    if (sha256(readFileSync(kept)) !== sha256(readFileSync(rawSource)))
      throw new ReleaseConflictError(`${relPath}/${RAW_DIR}/${rawName} differs from the file being ingested.`);
    return;
  }
  mkdirSync(path.dirname(kept), { recursive: true });
  copyFileSync(rawSource, kept);
}

/** `rawSource`: path of the publisher's file, for sources ingested from a file (not from an npm package). */
export function writeRelease(
  outDir: string,
  meta: Omit<TFactorRelease, "factorsFile">,
  factors: TFactorRecord[],
  rawSource?: string,
): WriteResult {
  checkFactors(meta, factors);
  const factorsText = serializeFactors(factors);
  const release = ZFactorRelease.parse({
    ...meta,
    factorsFile: { name: "factors.json", sha256: sha256(factorsText), count: factors.length },
  });
  const releaseText = `${JSON.stringify(release, null, 2)}\n`;
  const relPath = `${release.source}/${release.version}`;
  const dir = path.join(outDir, relPath);
  const entry: TManifestEntry = {
    source: release.source,
    version: release.version,
    path: relPath,
    publishedOn: release.publishedOn,
    count: factors.length,
    releaseSha256: sha256(releaseText),
    factorsSha256: release.factorsFile.sha256,
    rawFileSha256: release.rawFile?.sha256 ?? null,
  };
  const result = { dir, release, bytes: Buffer.byteLength(factorsText) };

  if (existsSync(dir)) {
    const same = (name: string, text: string) =>
      existsSync(path.join(dir, name)) && readFileSync(path.join(dir, name), "utf8") === text;
    if (!same("factors.json", factorsText) || !same("release.json", releaseText))
      throw new ReleaseConflictError(
        `${relPath} is already shipped and this ingestion produces different content. Shipped releases are never edited: publish the new data as a new version (new folder).`,
      );
    if (rawSource && meta.rawFile) keepRawFile(dir, relPath, rawSource, meta.rawFile.name);
    updateManifest(outDir, entry);
    return { status: "unchanged", ...result };
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(path.join(tmp, "factors.json"), factorsText);
  writeFileSync(path.join(tmp, "release.json"), releaseText);
  if (rawSource && meta.rawFile) keepRawFile(tmp, relPath, rawSource, meta.rawFile.name);
  renameSync(tmp, dir);
  updateManifest(outDir, entry);
  return { status: "written", ...result };
}
