import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/lib/factors/ingest/ademe/__fixtures__/fixture";
import { DEFAULT_FACTORS_DIR, loadShippedReleases, readManifest } from "@/lib/factors/releases";
import { RAW_DIR } from "./release-writer";
import { reproduceAll, reproductionPlan } from "./reproduce";
import { FILE_SOURCES } from "./run";

// Re-runs every shipped ingestion from the repository alone (the publishers' files under
// emission-factors/<source>/<version>/raw/, the installed packages for the others) and checks the
// output is byte-identical to what is shipped: the releases are reproducible, and nobody edited them.
// Never skipped: a missing raw file fails here. Re-reading the 3 MB Base Carbone xlsx takes a few
// seconds, hence the budget.

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("shipped releases are reproducible from the repository", { timeout: 180_000 }, () => {
  it("keeps each publisher's file beside its release, with the sha256 that release.json and sources.json record", () => {
    const manifest = readManifest();
    const fileBased = loadShippedReleases().filter(({ release }) => FILE_SOURCES.includes(release.source));
    expect(fileBased.map(({ release }) => release.source).sort()).toEqual([...FILE_SOURCES].sort());
    for (const { release } of fileBased) {
      const rel = `${release.source}/${release.version}`;
      const kept = path.join(DEFAULT_FACTORS_DIR, rel, RAW_DIR, release.rawFile!.name);
      expect(sha256(kept), kept).toBe(release.rawFile!.sha256);
      expect(manifest.releases.find((e) => e.path === rel)?.rawFileSha256).toBe(release.rawFile!.sha256);
    }
    expect(reproductionPlan().map((s) => s.path)).toEqual(manifest.releases.map((e) => e.path));
  });

  it("re-ingesting gives byte-identical factors.json, release.json, raw files and manifest entries", async () => {
    const out = tempDir();
    const shipped = readManifest();
    const done = await reproduceAll(DEFAULT_FACTORS_DIR, out);
    expect(done.map((d) => d.status)).toEqual(shipped.releases.map(() => "written"));
    for (const { path: rel } of shipped.releases) {
      for (const f of ["factors.json", "release.json"])
        expect(readFileSync(path.join(out, rel, f), "utf8"), `${rel}/${f}`).toBe(
          readFileSync(path.join(DEFAULT_FACTORS_DIR, rel, f), "utf8"),
        );
    }
    for (const { release } of loadShippedReleases(out).filter((r) => FILE_SOURCES.includes(r.release.source))) {
      const rel = `${release.source}/${release.version}/${RAW_DIR}/${release.rawFile!.name}`;
      expect(sha256(path.join(out, rel)), rel).toBe(sha256(path.join(DEFAULT_FACTORS_DIR, rel)));
    }
    expect(readManifest(out).releases).toEqual(shipped.releases);
  });
});
