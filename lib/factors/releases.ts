import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ZFactorRecord, ZFactorRelease, ZFactorSource, type TFactorRecord, type TFactorRelease } from "./record";

// Reads the factor releases shipped under emission-factors/ and refuses anything inconsistent: every
// record zod-valid, ids unique and well-formed, and factors.json byte-identical to what release.json and
// the sources.json manifest recorded (a hand-edited release fails here, and in CI).

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const ZManifestEntry = z.object({
  source: ZFactorSource,
  version: z.string().min(1),
  path: z.string().min(1), // relative to the emission-factors folder, e.g. "ademe/23.6"
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().positive(),
  releaseSha256: ZSha256,
  factorsSha256: ZSha256,
  rawFileSha256: ZSha256.nullable(),
});
export const ZSourcesManifest = z.object({ $comment: z.string(), releases: z.array(ZManifestEntry) });
export type TManifestEntry = z.infer<typeof ZManifestEntry>;
export type TSourcesManifest = z.infer<typeof ZSourcesManifest>;

export type TShippedRelease = { release: TFactorRelease; factors: TFactorRecord[] };

export const DEFAULT_FACTORS_DIR = path.resolve(process.cwd(), "emission-factors");
export const MANIFEST_FILE = "sources.json";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export class ReleaseError extends Error {
  override name = "ReleaseError";
}

export function readManifest(dir: string = DEFAULT_FACTORS_DIR): TSourcesManifest {
  return ZSourcesManifest.parse(JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8")));
}

function loadRelease(dir: string, entry: TManifestEntry): TShippedRelease {
  const where = `${entry.source} ${entry.version} (${entry.path})`;
  const fail = (problem: string): never => {
    throw new ReleaseError(`${where}: ${problem}`);
  };
  const releaseBytes = readFileSync(path.join(dir, entry.path, "release.json"));
  if (sha256(releaseBytes) !== entry.releaseSha256) fail("release.json does not match its sha256 in sources.json");
  const release = ZFactorRelease.parse(JSON.parse(releaseBytes.toString("utf8")));
  if (release.source !== entry.source || release.version !== entry.version) fail("release.json names another release");
  if (release.publishedOn !== entry.publishedOn) fail("publishedOn differs between release.json and sources.json");
  if ((release.rawFile?.sha256 ?? null) !== entry.rawFileSha256)
    fail("raw file sha256 differs between release.json and sources.json");

  const factorsBytes = readFileSync(path.join(dir, entry.path, release.factorsFile.name));
  const factorsSha = sha256(factorsBytes);
  if (factorsSha !== release.factorsFile.sha256 || factorsSha !== entry.factorsSha256)
    fail("factors.json does not match its sha256 (a shipped release was edited: publish a new version instead)");
  const factors = z.array(ZFactorRecord).parse(JSON.parse(factorsBytes.toString("utf8")));
  if (factors.length !== release.factorsFile.count || factors.length !== entry.count)
    fail("factor count differs from release.json");

  const ids = new Set<string>();
  for (const f of factors) {
    if (f.source !== release.source || f.version !== release.version) fail(`${f.id} belongs to another release`);
    if (f.id !== `${f.source}:${f.sourceId}@${f.version}`) fail(`${f.id} is not "\${source}:\${sourceId}@\${version}"`);
    if (ids.has(f.id)) fail(`duplicate factor id ${f.id}`);
    ids.add(f.id);
  }
  return { release, factors };
}

/** Every shipped release listed in sources.json, validated; throws on the first inconsistency. */
export function loadShippedReleases(dir: string = DEFAULT_FACTORS_DIR): TShippedRelease[] {
  const manifest = readManifest(dir);
  const keys = new Set<string>();
  for (const e of manifest.releases) {
    const key = `${e.source}@${e.version}`;
    if (keys.has(key)) throw new ReleaseError(`sources.json lists ${key} twice`);
    keys.add(key);
    if (e.path !== `${e.source}/${e.version}`)
      throw new ReleaseError(`sources.json: ${key} should live in ${e.source}/${e.version}`);
  }
  return manifest.releases.map((e) => loadRelease(dir, e));
}
