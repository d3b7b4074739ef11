// Small curated releases for tests: every record goes through the shared schema, so fixtures cannot
// drift from what the real ingestion produces.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_FILE, type TShippedRelease } from "@/lib/factors/releases";
import { ZFactorRecord, ZFactorRelease, type TFactorRecord, type TFactorSource } from "@/lib/factors/record";

type RecordInput = Partial<TFactorRecord> & { sourceId: string; nameFr: string };

export function fixtureRelease({
  source = "ademe",
  version,
  records,
}: {
  source?: TFactorSource;
  version: string;
  records: RecordInput[];
}): TShippedRelease {
  const factors = records.map((r) =>
    ZFactorRecord.parse({
      categoryPath: ["Catégorie de test"],
      unit: "kWh",
      unitLabel: "kgCO2e/kWh",
      value: "0.1",
      gases: null,
      stages: [],
      uncertaintyPct: null,
      region: "FR",
      regionLabel: null,
      referenceYear: 2023,
      validity: null,
      status: "valid",
      reviewNote: null,
      gwpSet: "AR5",
      contributor: null,
      sourceText: null,
      tags: [],
      nameEn: null,
      ...r,
      id: `${source}:${r.sourceId}@${version}`,
      source,
      version,
    }),
  );
  const sha256 = sha(JSON.stringify(factors));
  const release = ZFactorRelease.parse({
    source,
    version,
    publisher: "Test publisher",
    title: `Test release ${version}`,
    publishedOn: "2024-06-30",
    licence: "Licence Ouverte v2.0",
    attribution: `Test attribution ${version}`,
    rawFile: null,
    factorsFile: { name: "factors.json", sha256, count: factors.length },
    ingestedWith: "tests",
  });
  return { release, factors };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** Writes releases as an emission-factors/ folder (sources.json + <source>/<version>/*.json). */
export function writeReleasesDir(dir: string, releases: TShippedRelease[]): void {
  const entries = releases.map(({ release, factors }) => {
    const folder = path.join(dir, release.source, release.version);
    mkdirSync(folder, { recursive: true });
    const factorsText = JSON.stringify(factors);
    const releaseText = JSON.stringify({
      ...release,
      factorsFile: { ...release.factorsFile, sha256: sha(factorsText) },
    });
    writeFileSync(path.join(folder, "factors.json"), factorsText);
    writeFileSync(path.join(folder, "release.json"), releaseText);
    return {
      source: release.source,
      version: release.version,
      path: `${release.source}/${release.version}`,
      publishedOn: release.publishedOn,
      count: factors.length,
      releaseSha256: sha(releaseText),
      factorsSha256: sha(factorsText),
      rawFileSha256: null,
    };
  });
  writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify({ $comment: "test fixture", releases: entries }));
}
