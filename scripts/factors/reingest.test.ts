import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "@/lib/factors/ingest/ademe/__fixtures__/fixture";
import { DEFAULT_FACTORS_DIR, readManifest } from "@/lib/factors/releases";
import { runIngestion, type IngestOptions } from "./run";

// Re-runs every shipped ingestion from the official files (../shared/data/factors, present in CI) and
// the installed packages, and checks the output is byte-identical to what is shipped: the releases are
// reproducible, and nobody edited them by hand.

const OFFICIAL = path.resolve(DEFAULT_FACTORS_DIR, "../../shared/data/factors");
const haveOfficial = existsSync(path.join(OFFICIAL, "Base_Carbone_V23.6.xlsx"));

const RUNS: Record<string, Omit<IngestOptions, "outDir">> = {
  "ademe/23.6": {
    source: "ademe",
    file: path.join(OFFICIAL, "Base_Carbone_V23.6.xlsx"),
    version: "23.6",
    publishedOn: "2025-07-03",
  },
  "desnz/2025": {
    source: "desnz",
    file: path.join(OFFICIAL, "DESNZ_conversion_factors_2025_flat_file.xlsx"),
    version: "2025",
    publishedOn: "2025-06-10",
  },
  "ember/2024-co2js-0.19.0": { source: "ember" },
  "ademe-arcep/2022-acv-numerique-2.1.0": { source: "ademe-arcep" },
};

describe.skipIf(!haveOfficial)("shipped releases are reproducible from the official files", () => {
  it(
    "re-ingesting gives byte-identical factors.json, release.json and manifest entries",
    { timeout: 60_000 },
    async () => {
      const out = tempDir();
      const shipped = readManifest();
      expect(shipped.releases.map((r) => r.path).sort()).toEqual(Object.keys(RUNS).sort());
      for (const [rel, opts] of Object.entries(RUNS)) {
        await runIngestion({ ...opts, outDir: out });
        for (const f of ["factors.json", "release.json"])
          expect(readFileSync(path.join(out, rel, f), "utf8"), `${rel}/${f}`).toBe(
            readFileSync(path.join(DEFAULT_FACTORS_DIR, rel, f), "utf8"),
          );
      }
      expect(readManifest(out).releases).toEqual(shipped.releases);
    },
  );
});
