import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "@/lib/factors/ingest/ingest-error";
import {
  column,
  elementRow,
  sampleRows,
  SAMPLE_CSV,
  tempDir,
  writeCsv,
} from "@/lib/factors/ingest/ademe/__fixtures__/fixture";
import { loadShippedReleases, readManifest } from "@/lib/factors/releases";
import { ReleaseConflictError } from "./release-writer";
import { runIngestion } from "./run";

// End-to-end ingestion into temp folders: determinism, immutability of shipped releases, and
// all-or-nothing writes.

const sample = { source: "ademe", version: "23.6-sample", publishedOn: "2025-07-03" } as const;
const snapshot = (dir: string) =>
  Object.fromEntries(
    ["sources.json", "ademe/23.6-sample/factors.json", "ademe/23.6-sample/release.json"].map((f) => [
      f,
      readFileSync(path.join(dir, f), "utf8"),
    ]),
  );

describe("runIngestion", { timeout: 30_000 }, () => {
  it("writes a loadable release, and re-ingesting the same file is byte-identical", async () => {
    const [a, b] = [tempDir(), tempDir()];
    const first = await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: a });
    expect(first.status).toBe("written");
    expect(first.release.ingestedWith).toBe(
      "npm run factors:ingest -- ademe base-carbone-sample.csv --version 23.6-sample --published-on 2025-07-03",
    );
    const before = snapshot(a);

    const again = await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: a });
    expect(again.status).toBe("unchanged");
    expect(snapshot(a)).toEqual(before);

    await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: b }); // another folder, another run: same bytes
    expect(snapshot(b)).toEqual(before);

    const [shipped] = loadShippedReleases(a);
    expect(shipped!.factors).toHaveLength(first.release.factorsFile.count);
    expect(readManifest(a).releases).toHaveLength(1);
  });

  it("keeps the publisher's file in the release's raw/ folder, and checks it on re-ingestion", async () => {
    const dir = tempDir();
    await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: dir });
    const kept = path.join(dir, "ademe/23.6-sample/raw/base-carbone-sample.csv");
    expect(readFileSync(kept).equals(readFileSync(SAMPLE_CSV))).toBe(true);

    rmSync(path.dirname(kept), { recursive: true }); // a release shipped before raw files were kept gets its copy
    expect((await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: dir })).status).toBe("unchanged");
    expect(readFileSync(kept).equals(readFileSync(SAMPLE_CSV))).toBe(true);

    writeFileSync(kept, "not the publisher's file");
    await expect(runIngestion({ ...sample, file: SAMPLE_CSV, outDir: dir })).rejects.toThrow(
      "ademe/23.6-sample/raw/base-carbone-sample.csv differs from the file being ingested.",
    );
  });

  it("never edits a shipped release: different content for the same version is refused", async () => {
    const dir = tempDir();
    await runIngestion({ ...sample, file: SAMPLE_CSV, outDir: dir });
    const before = snapshot(dir);
    const rows = await sampleRows();
    rows[elementRow(rows, "43642") - 1]![column(rows, "Total poste non décomposé")] = "0,052";
    const changed = writeCsv(tempDir(), "changed.csv", rows);
    await expect(runIngestion({ ...sample, file: changed, outDir: dir })).rejects.toThrow(ReleaseConflictError);
    expect(snapshot(dir)).toEqual(before);
    // …while a new version is a new folder next to it
    await runIngestion({ ...sample, version: "23.6-sample2", file: changed, outDir: dir });
    expect(readManifest(dir).releases.map((r) => r.version)).toEqual(["23.6-sample", "23.6-sample2"]);
  });

  it("writes nothing when the input is rejected", async () => {
    const rows = await sampleRows();
    rows[elementRow(rows, "43642") - 1]![column(rows, "Unité français")] = "kgCO2e/furlong";
    const bad = writeCsv(tempDir(), "bad.csv", rows);
    const out = tempDir();
    await expect(runIngestion({ ...sample, file: bad, outDir: out })).rejects.toThrow(IngestError);
    expect(readdirSync(out)).toEqual([]);
  });

  it("requires the file, version and publication date for publisher files", async () => {
    await expect(runIngestion({ source: "ademe", file: SAMPLE_CSV, version: "x", outDir: tempDir() })).rejects.toThrow(
      /published-on/,
    );
    await expect(
      runIngestion({ ...sample, file: SAMPLE_CSV, publishedOn: "03/07/2025", outDir: tempDir() }),
    ).rejects.toThrow(/YYYY-MM-DD/);
  });

  it("ingests the package-bundled sources with versions named after their data", async () => {
    const dir = tempDir();
    const ember = await runIngestion({ source: "ember", outDir: dir });
    expect(ember.release).toMatchObject({
      version: "2024-co2js-0.19.0",
      publisher: "Ember",
      ingestedWith: "npm run factors:ingest -- ember",
    });
    const arcep = await runIngestion({ source: "ademe-arcep", outDir: dir });
    expect(arcep.release.version).toBe("2022-acv-numerique-2.1.0");
    expect(loadShippedReleases(dir).map((r) => r.release.source)).toEqual(["ademe-arcep", "ember"]);
    expect(existsSync(path.join(dir, "ember/2024-co2js-0.19.0/factors.json"))).toBe(true);
    expect(existsSync(path.join(dir, "ember/2024-co2js-0.19.0/raw"))).toBe(false); // the package is the raw source
  });
});
